import Foundation
import Testing
import ZIPFoundation

/// Every command reads through the one corpus reader: on one mixed folder (GB18030 and Big5 text, .docx, HTML,
/// PDF when pdftotext is installed, JSON Lines, an unsupported file) each sees the same documents and text.
@Suite struct CorpusEntryTests {
    struct Output {
        let status: Int32
        let stdout: String
        let stderr: String
    }

    func tifa(_ args: [String]) throws -> Output {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("tifa-entry-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: dir) }
        let out = dir.appendingPathComponent("out"), err = dir.appendingPathComponent("err")
        FileManager.default.createFile(atPath: out.path, contents: nil)
        FileManager.default.createFile(atPath: err.path, contents: nil)
        let process = Process()
        process.executableURL = SegmentCommandTests.binary
        process.arguments = args
        process.standardInput = FileHandle.nullDevice
        process.standardOutput = try FileHandle(forWritingTo: out)
        process.standardError = try FileHandle(forWritingTo: err)
        try process.run()
        process.waitUntilExit()
        return Output(status: process.terminationStatus, stdout: String(decoding: try Data(contentsOf: out), as: UTF8.self),
                      stderr: String(decoding: try Data(contentsOf: err), as: UTF8.self))
    }

    static let hasPdftotext = ["/usr/bin/pdftotext", "/usr/local/bin/pdftotext"].contains { FileManager.default.isExecutableFile(atPath: $0) }

    /// The mixed folder and the documents (file names, `#line` for JSON Lines records) it holds.
    func mixedFolder() throws -> (folder: URL, documents: Set<String>) {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("tifa-mixed-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        func write(_ name: String, _ bytes: [UInt8]) throws { try Data(bytes).write(to: dir.appendingPathComponent(name)) }
        try write("gb.txt", encoded("各级党组织要深入开展创先争优活动，坚决反对形式主义。\n", cf: 0x0632))
        try write("big5.txt", encoded("各級黨組織要深入開展創先爭優活動，堅決反對形式主義。\n", cf: 0x0A03))
        try write("page.html", Array("""
            <html><head><meta charset="utf-8"><title>讲话</title><script>var s = "形式主义形式主义";</script></head>
            <body><nav>首页</nav><p>整治形式主义和官僚主义。</p></body></html>
            """.utf8))
        try write("records.jsonl", Array("{\"id\":\"r1\",\"text\":\"形式主义要不得。\"}\n".utf8))
        try write("data.json", Array("{}".utf8))
        let xml = Data(("<?xml version=\"1.0\" encoding=\"UTF-8\"?><w:document xmlns:w=\"http://schemas.openxmlformats.org/"
            + "wordprocessingml/2006/main\"><w:body><w:p><w:r><w:t>党员要做到五带头，克服形式主义。</w:t></w:r></w:p></w:body></w:document>").utf8)
        let archive = try Archive(data: Data(), accessMode: .create)
        try archive.addEntry(with: "word/document.xml", type: .file, uncompressedSize: Int64(xml.count), compressionMethod: .deflate) {
            xml.subdata(in: Int($0)..<(Int($0) + $1))
        }
        try write("report.docx", [UInt8](archive.data ?? Data()))
        var documents: Set<String> = ["gb.txt", "big5.txt", "page.html", "records.jsonl#1", "report.docx"]
        if Self.hasPdftotext {
            try write("scan.pdf", Self.pdf("Tifa reads PDF files too"))
            documents.insert("scan.pdf")
        }
        return (dir, documents)
    }

    func encoded(_ text: String, cf: UInt) -> [UInt8] {
        [UInt8](text.data(using: String.Encoding(rawValue: UInt(0x8000_0000) | cf)) ?? Data())
    }

    /// A one-page PDF showing `text` (ASCII) in Helvetica.
    static func pdf(_ text: String) -> [UInt8] {
        let stream = "BT /F1 12 Tf 72 720 Td (\(text)) Tj ET"
        let objects = ["<< /Type /Catalog /Pages 2 0 R >>", "<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
                       "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Contents 4 0 R /Resources << /Font << /F1 5 0 R >> >> >>",
                       "<< /Length \(stream.utf8.count) >>\nstream\n\(stream)\nendstream",
                       "<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>"]
        var out = "%PDF-1.4\n"
        var offsets: [Int] = []
        for (i, o) in objects.enumerated() {
            offsets.append(out.utf8.count)
            out += "\(i + 1) 0 obj\n\(o)\nendobj\n"
        }
        let xref = out.utf8.count
        out += "xref\n0 \(objects.count + 1)\n0000000000 65535 f \n"
        for o in offsets { out += String(repeating: "0", count: 10 - String(o).count) + "\(o) 00000 n \n" }
        out += "trailer\n<< /Size \(objects.count + 1) /Root 1 0 R >>\nstartxref\n\(xref)\n%%EOF\n"
        return Array(out.utf8)
    }

    func names(_ paths: [String]) -> Set<String> { Set(paths.map { ($0 as NSString).lastPathComponent }) }

    func jsonLines(_ text: String) -> [[String: Any]] {
        text.split(separator: "\n").compactMap { try? JSONSerialization.jsonObject(with: Data($0.utf8)) as? [String: Any] }
    }

    @Test func everyCommandSeesTheSameDocumentsAndText() throws {
        let (folder, documents) = try mixedFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let expectedTexts = ["各级党组织要深入开展创先争优活动,坚决反对形式主义。", "整治形式主义和官僚主义。", "形式主义要不得。",
                             "党员要做到五带头,克服形式主义。"]

        // normalize: the reader's documents and their normalised text.
        let report = try tifa(["normalize", "--report", folder.path])
        #expect(report.status == 0, "\(report.stderr)")
        let reported = (try JSONSerialization.jsonObject(with: Data(report.stdout.utf8)) as? [String: Any])?["documents"] as? [[String: Any]] ?? []
        #expect(names(reported.compactMap { ($0["quality"] as? [String: Any])?["path"] as? String }) == documents)
        let normalized = try tifa(["normalize", folder.path]).stdout
        for t in expectedTexts { #expect(normalized.contains(t), "normalize lacks \(t)") }
        #expect(!normalized.contains("var s") && !normalized.contains("首页"))
        #expect(report.stderr.contains("1 ingest.unsupported"))

        // segment: the same documents, their text as read (decoded or extracted, not normalised).
        let segmented = try tifa(["segment", "--format", "jsonl", folder.path])
        #expect(segmented.status == 0, "\(segmented.stderr)")
        let tokens = jsonLines(segmented.stdout)
        #expect(names(tokens.compactMap { $0["file"] as? String }) == documents)
        let plain = try tifa(["segment", folder.path]).stdout.replacingOccurrences(of: " ", with: "")
        for t in ["各级党组织要深入开展创先争优活动，坚决反对形式主义。", "各級黨組織要深入開展創先爭優活動，堅決反對形式主義。",
                  "整治形式主义和官僚主义。", "形式主义要不得。", "党员要做到五带头，克服形式主义。"] {
            #expect(plain.contains(t), "segment lacks \(t)")
        }
        #expect(!plain.contains("vars"))

        // extract: .docx and HTML read like everywhere else; offsets point into the extracted text, not the markup.
        let extracted = try tifa(["extract", folder.path])
        #expect(extracted.status == 0, "\(extracted.stderr)")
        let records = jsonLines(extracted.stdout)
        #expect(names(records.compactMap { $0["document"] as? String }) == documents)
        let page = try #require(records.first { ($0["document"] as? String)?.hasSuffix("page.html") == true })
        let problems = page["problems"] as? [[String: Any]] ?? []
        #expect(problems.filter { $0["text"] as? String == "形式主义" }.count == 1)
        #expect(problems.allSatisfy { ($0["start"] as? Int ?? 999) < 20 })

        // kwic: one hit per document that says 形式主义 (the script's two are not text).
        let kwic = try tifa(["kwic", "形式主义", folder.path, "--quiet"])
        #expect(kwic.status == 0, "\(kwic.stderr)")
        let hits = kwic.stdout.split(separator: "\n").dropFirst().map { String($0.split(separator: "\t").first ?? "") }
        #expect(hits.count == 5)
        #expect(names(hits) == documents.subtracting(["scan.pdf"]))

        // freq and coverage: the same number of documents.
        let freq = try tifa(["freq", folder.path, "--jobs", "1"])
        #expect(freq.status == 0 && freq.stderr.contains("\(documents.count) documents"), "\(freq.stderr)")
        let coverage = try tifa(["coverage", folder.path, "--quiet"])
        #expect(coverage.status == 0)
        let rows = coverage.stdout.split(separator: "\n").dropFirst(2).dropLast().map { String($0.split(separator: " ").first ?? "") }
        #expect(names(rows) == documents)

        // analyze: the same inputs, and every path accounted for in summary.json.
        let out = folder.deletingLastPathComponent().appendingPathComponent("tifa-mixed-out-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: out) }
        let analyzed = try tifa(["analyze", folder.path, "--out", out.path, "--quiet", "--no-dashboard"])
        #expect(analyzed.status == 0, "\(analyzed.stderr)")
        let summary = try JSONSerialization.jsonObject(with: Data(contentsOf: out.appendingPathComponent("summary.json"))) as? [String: Any] ?? [:]
        let inputs = (summary["inputs"] as? [[String: Any]] ?? []).compactMap { $0["document"] as? String }
        #expect(names(inputs) == documents)
        let skipped = (summary["skipped"] as? [[String: Any]] ?? []).compactMap { $0["file"] as? String }
        #expect(names(skipped) == ["data.json"])
        let corpus = summary["corpus"] as? [String: Any] ?? [:]
        #expect((corpus["skipped_by_reason"] as? [String: Int]) == ["ingest.unsupported": 1])
    }

    @Test func badJSONLinesRecordsKeepTheirLineInSummary() throws {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("tifa-jsonl-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: dir) }
        try Data("{\"text\":\"第一条正文。\"}\n{broken\n{\"text\":\"第三条正文。\"}\n".utf8).write(to: dir.appendingPathComponent("x.jsonl"))
        let out = dir.appendingPathComponent("report")
        let r = try tifa(["analyze", dir.appendingPathComponent("x.jsonl").path, "--out", out.path, "--quiet", "--no-dashboard"])
        #expect(r.status == 0, "\(r.stderr)")
        let summary = try JSONSerialization.jsonObject(with: Data(contentsOf: out.appendingPathComponent("summary.json"))) as? [String: Any] ?? [:]
        let skipped = summary["skipped"] as? [[String: Any]] ?? []
        #expect(skipped.count == 1 && skipped.first?["line"] as? Int == 2 && skipped.first?["code"] as? String == "ingest.bad-jsonl")
    }
}
