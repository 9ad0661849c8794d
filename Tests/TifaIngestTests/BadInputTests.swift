import Foundation
import Testing
import TifaCore
@testable import TifaIngest

/// Every kind of bad input gives a diagnostic naming the file and the reason, and the run goes on.
struct BadInputTests {
    func reader(_ inputs: [String], configure: (inout ReaderOptions) -> Void = { _ in }) throws -> CorpusReader {
        var o = ReaderOptions()
        o.rules = try Make.rules()
        configure(&o)
        return try CorpusReader(inputs: inputs, options: o)
    }

    /// Reads one file and returns the diagnostics it was skipped with.
    func skipped(_ path: String, configure: (inout ReaderOptions) -> Void = { _ in }) throws -> [Diagnostic] {
        let r = try reader([path], configure: configure)
        var seq = try r.documents()
        while seq.next() != nil {}
        return r.diagnostics.filter { $0.severity != .error } + seq.skipped
    }

    @Test func binaryFile() throws {
        let f = FixtureFolder()
        defer { f.remove() }
        let path = try f.write("image.txt", [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0x00, 0x00, 0x00, 0x0D] + Array(repeating: 0, count: 100))
        let d = try skipped(path)
        #expect(d.map(\.code) == ["ingest.binary"] && d[0].file == path && d[0].message.contains("binary"))
    }

    @Test func emptyFiles() throws {
        let f = FixtureFolder()
        defer { f.remove() }
        #expect(try skipped(try f.write("empty.txt", [])).map(\.code) == ["ingest.empty"])
        #expect(try skipped(try f.write("blank.txt", " \n\u{3000}\r\n")).map(\.code) == ["ingest.empty"])
    }

    @Test func undecodableBytes() throws {
        let f = FixtureFolder()
        defer { f.remove() }
        // Deterministic noise in the upper half, which no charset reads as text.
        var state: UInt32 = 12345
        let noise = (0..<4000).map { _ -> UInt8 in
            state = state &* 1_103_515_245 &+ 12345
            return UInt8(0x80 + (state >> 16) % 0x7F)
        }
        let path = try f.write("noise.txt", noise)
        let d = try skipped(path)
        #expect(d.map(\.code) == ["ingest.undecodable"] && d[0].file == path)
        // A forced charset that does not fit is refused too, naming the first bad byte.
        let gb = try f.write("gb.txt", String(repeating: "创先争优活动。", count: 20).encoded("GB18030"))
        let forced = try skipped(gb) { $0.encoding = "UTF-8" }
        #expect(forced.map(\.code) == ["ingest.undecodable"] && forced[0].offset == 0)
    }

    @Test func truncatedAndOversizedDocx() throws {
        let f = FixtureFolder()
        defer { f.remove() }
        let good = try f.writeDocx("good.docx", paragraphs: ["正文。"])
        let bytes = [UInt8](try Data(contentsOf: URL(fileURLWithPath: good)))
        let truncated = try f.write("truncated.docx", Array(bytes.prefix(bytes.count / 2)))
        let t = try skipped(truncated)
        #expect(t.map(\.code) == ["ingest.bad-docx"] && t[0].file == truncated)
        // A zip bomb: 20 MB of one character compresses to a few kB.
        let bomb = Data(repeating: 0x41, count: 20 * 1024 * 1024)
        let bombPath = try f.writeDocx("bomb.docx", rawXML: bomb)
        #expect(try FileManager.default.attributesOfItem(atPath: bombPath)[.size] as? Int ?? 0 < 200_000)
        let b = try skipped(bombPath) { $0.maxDocxUncompressed = 1024 * 1024 }
        #expect(b.map(\.code) == ["ingest.docx-too-large"] && b[0].message.contains("cap"))
        let notWord = try f.writeDocx("notword.docx", paragraphs: ["正文。"], entry: "content.xml")
        let n = try skipped(notWord)
        #expect(n.map(\.code) == ["ingest.bad-docx"] && n[0].message.contains("word/document.xml"))
    }

    @Test func unreadablePaths() throws {
        let f = FixtureFolder()
        defer { f.remove() }
        let missing = f.path("nowhere.txt")
        let d = try skipped(missing)
        #expect(d.map(\.code) == ["ingest.not-found"] && d[0].file == missing)
        let dangling = f.path("link.txt")
        try FileManager.default.createSymbolicLink(atPath: dangling, withDestinationPath: f.path("gone.txt"))
        #expect(try skipped(dangling).map(\.code) == ["ingest.dangling-link"])
    }

    @Test(.enabled(if: getuid() != 0)) func permissionDenied() throws {
        let f = FixtureFolder()
        defer { f.remove() }
        let path = try f.write("secret.txt", "机密")
        try FileManager.default.setAttributes([.posixPermissions: 0], ofItemAtPath: path)
        #expect(try skipped(path).map(\.code) == ["ingest.unreadable"])
    }

    @Test func fileOverTheSizeLimit() throws {
        let f = FixtureFolder()
        defer { f.remove() }
        let path = try f.write("big.txt", String(repeating: "大", count: 1000))
        let d = try skipped(path) { $0.maxFileSize = 1000 }
        #expect(d.map(\.code) == ["ingest.too-large"] && d[0].message.contains("1000"))
    }

    @Test func manifestProblems() throws {
        let f = FixtureFolder()
        defer { f.remove() }
        try f.write("a.txt", "报告。")
        try f.write("rows.csv", "path,region\na.txt,海南\nghost.txt,云南\na.txt\n")
        let rows = try reader([f.path("a.txt")]) { $0.manifest = f.path("rows.csv") }
        #expect(rows.diagnostics.map(\.code) == ["manifest.missing-file", "manifest.bad-row"])
        #expect(rows.diagnostics.map(\.line) == [3, 4] && rows.diagnostics.allSatisfy { $0.file == f.path("rows.csv") })
        for (name, text, line) in [("open.csv", "path,region\n\"a.txt,海南\n", 2), ("nokey.csv", "name,region\na.txt,海南\n", 1)] {
            try f.write(name, text)
            let r = try reader([f.path("a.txt")]) { $0.manifest = f.path(name) }
            #expect(r.diagnostics.map(\.code) == ["manifest.malformed"] && r.diagnostics[0].line == line, "\(name)")
            // The run goes on without the manifest.
            var seq = try r.documents()
            #expect(seq.next()?.document.text.string == "报告。")
        }
        let absent = try reader([f.path("a.txt")]) { $0.manifest = f.path("none.csv") }
        #expect(absent.diagnostics.map(\.code) == ["manifest.unreadable"])
    }

    @Test func aCorpusRunListsWhatItSkippedAndKeepsTheRest() throws {
        let f = FixtureFolder()
        defer { f.remove() }
        try f.write("1_good.txt", "第一篇。")
        try f.write("2_binary.txt", [0, 1, 2, 3, 0, 0])
        try f.write("3_empty.txt", [])
        try f.write("4_good.txt", "第二篇。".encoded("GB18030"))
        try f.write("5_bad.docx", [0x50, 0x4B, 0x03, 0x04, 1, 2, 3])
        try f.write("6_good.md", "第三篇。")
        let r = try reader([f.url.path, f.path("missing.txt")])
        var seq = try r.documents()
        var texts: [String] = []
        while let d = seq.next() { texts.append(d.document.text.string) }
        #expect(texts == ["第一篇。", "第二篇。", "第三篇。"])
        #expect(seq.skipped.map(\.code) == ["ingest.not-found", "ingest.binary", "ingest.empty", "ingest.bad-docx"])
    }

    @Test(.enabled(if: PDFText.tool() == nil)) func pdfWithoutPdftotextSaysWhatIsMissing() throws {
        let f = FixtureFolder()
        defer { f.remove() }
        let path = try f.write("report.pdf", "%PDF-1.4\n%%EOF\n")
        let d = try skipped(path)
        #expect(d.map(\.code) == ["ingest.pdftotext-missing"] && d[0].message.contains("poppler"))
    }

    @Test func badNamePatternIsAUsageError() throws {
        #expect(throws: TifaError.self) { try reader(["x"]) { $0.namePattern = "{year}{region}" } }
        #expect(throws: TifaError.self) { try reader(["x"]) { $0.namePattern = "no-fields" } }
    }
}
