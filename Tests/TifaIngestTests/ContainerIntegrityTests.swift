import Foundation
import Testing
import TifaCore
import ZIPFoundation
@testable import TifaIngest

/// Containers and markup are read whole or refused: CRC-checked .docx members, no partial text from a cut
/// document.xml, big valid documents read; HTML charset declarations that contradict the bytes, `<` in text.
struct ContainerIntegrityTests {
    func read(_ path: String, configure: (inout ReaderOptions) -> Void = { _ in }) throws -> (docs: [IngestedDocument], skipped: [Diagnostic]) {
        var o = ReaderOptions()
        o.rules = try Make.rules()
        configure(&o)
        let reader = try CorpusReader(inputs: [path], options: o)
        var sequence = try reader.documents()
        var docs: [IngestedDocument] = []
        while let d = sequence.next() { docs.append(d) }
        return (docs, sequence.skipped)
    }

    func documentXML(_ paragraphs: [String]) -> Data {
        let body = paragraphs.map { "<w:p><w:r><w:t>\($0)</w:t></w:r></w:p>" }.joined()
        return Data(("<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n"
            + "<w:document xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\"><w:body>\(body)</w:body></w:document>").utf8)
    }

    @Test func truncatedDocumentXMLIsASkipNotHalfTheText() throws {
        let f = FixtureFolder()
        defer { f.remove() }
        let xml = documentXML((1...2000).map { "第\($0)段正文。" })
        let path = try f.writeDocx("cut.docx", rawXML: xml.prefix(xml.count / 2))
        let r = try read(path)
        #expect(r.docs.count == 0)
        #expect(r.skipped.map(\.code) == ["ingest.bad-docx"])
        #expect(r.skipped.first?.message.contains("truncated") == true)
    }

    @Test func corruptDeflateDataFailsTheCRC() throws {
        let f = FixtureFolder()
        defer { f.remove() }
        let path = try f.writeDocx("ok.docx", rawXML: documentXML((1...2000).map { "第\($0)段正文，讲创先争优。" }))
        var bytes = [UInt8](try Data(contentsOf: URL(fileURLWithPath: path)))
        // Flip bytes in the middle of the compressed data (the local header is 30 bytes + the name).
        let middle = 30 + "word/document.xml".utf8.count + 400
        for k in 0..<8 { bytes[middle + k] ^= 0x5A }
        let bad = try f.write("bad.docx", bytes)
        let r = try read(bad)
        #expect(r.docs.count == 0)
        #expect(r.skipped.map(\.code) == ["ingest.bad-docx"])
    }

    @Test func aValidDocumentXMLOverTenMegabytesIsRead() throws {
        let f = FixtureFolder()
        defer { f.remove() }
        let paragraph = String(repeating: "坚持以人民为中心的发展思想，推动高质量发展。", count: 8)
        let xml = documentXML(Array(repeating: paragraph, count: 20_000))
        #expect(xml.count > 10_000_000)
        let bytes = [UInt8](try Data(contentsOf: URL(fileURLWithPath: try f.writeDocx("big.docx", rawXML: xml))))
        let text = try DocxText.extract(bytes, file: "big.docx", maxUncompressed: 128 << 20)
        #expect(text.split(separator: "\n").count == 20_000)
    }

    @Test func aCharsetDeclarationThatContradictsUTF8IsIgnored() throws {
        let f = FixtureFolder()
        defer { f.remove() }
        let body = "<p>各级党组织要深入开展创先争优活动，做到五个好。</p><p>党员要做到五带头。</p>"
        for declared in ["utf-16", "gb2312", "big5"] {
            let path = try f.write("page-\(declared).html", "<html><head><meta charset=\"\(declared)\"></head><body>\(body)</body></html>")
            let r = try read(path)
            let doc = try #require(r.docs.first, "\(declared)")
            #expect(doc.document.text.string == "各级党组织要深入开展创先争优活动,做到五个好。\n党员要做到五带头。\n", "\(declared)")
            #expect(doc.diagnostics.contains { $0.code == "ingest.charset-ignored" && $0.message.contains(declared) })
        }
        // A true declaration is still followed.
        let gb = try f.write("gb.html", Array("<meta charset=\"gb2312\"><p>五个好</p>".encoded("GB18030")))
        #expect(try read(gb).docs.first?.document.text.string == "五个好\n")
    }

    @Test func lessThanSignsInTextSurvive() {
        #expect(HTMLText.extract(Array("<p>a < b 和 c > d</p>".unicodeScalars)) == "a < b 和 c > d\n")
        #expect(HTMLText.extract(Array("<p>1<2，3 <= 4</p><b>粗</b>".unicodeScalars)) == "1<2,3 <= 4\n粗\n"
                || HTMLText.extract(Array("<p>1<2，3 <= 4</p><b>粗</b>".unicodeScalars)) == "1<2，3 <= 4\n粗\n")
        #expect(HTMLText.extract(Array("<div>甲</div><!-- x --><p>乙</p>".unicodeScalars)) == "甲\n乙\n")
    }

    @Test func jsonLinesRecordsOverTheCapAreSkippedWithTheirLine() throws {
        let f = FixtureFolder()
        defer { f.remove() }
        let big = "{\"id\":\"b\",\"text\":\"" + String(repeating: "长", count: 5000) + "\"}"
        let path = try f.write("x.jsonl", "{\"id\":\"a\",\"text\":\"第一条。\"}\n\(big)\nnot json\n{\"id\":\"c\",\"text\":\"第三条。\"}\n")
        let r = try read(path) { $0.maxRecordSize = 1000 }
        #expect(r.docs.map(\.document.id) == ["a", "c"])
        #expect(r.skipped.map(\.code) == ["ingest.jsonl-record-too-large", "ingest.bad-jsonl"])
        #expect(r.skipped.map(\.line) == [2, 3])
    }

    @Test func externalToolsAreCappedAndTimedOut() throws {
        let devNull = open("/dev/null", O_RDONLY)
        defer { close(devNull) }
        var limits = ToolLimits()
        limits.outputCap = 1 << 20
        limits.timeout = 30
        let runaway = ExternalTool(executable: "/usr/bin/yes", limits: limits)
        #expect { try runaway.run([], input: devNull, file: "x.pdf", code: "ingest.pdftotext-failed") } throws: { error in
            "\(error)".contains("cap") && "\(error)".contains("x.pdf")
        }
        // A tool that never ends is stopped, with the children it started (its process group).
        limits.timeout = 0.5
        let marker = "tifa-test-\(UUID().uuidString.prefix(8))"
        let hung = ExternalTool(executable: "/bin/sh", limits: limits)
        let start = Date()
        #expect { try hung.run(["-c", "sleep 300 & echo $! > /tmp/\(marker); wait"], input: devNull, file: "y.pdf", code: "ingest.pdftotext-failed") }
            throws: { "\($0)".contains("did not finish") }
        #expect(Date().timeIntervalSince(start) < 10)
        let child = pid_t(String(decoding: FileManager.default.contents(atPath: "/tmp/\(marker)") ?? Data(), as: UTF8.self)
            .trimmingCharacters(in: .whitespacesAndNewlines)) ?? 0
        try? FileManager.default.removeItem(atPath: "/tmp/\(marker)")
        #expect(child > 0)
        var gone = false
        for _ in 0..<40 where !gone {
            gone = kill(child, 0) != 0 || (try? String(contentsOfFile: "/proc/\(child)/stat", encoding: .utf8))?.contains(") Z") == true
            if !gone { Thread.sleep(forTimeInterval: 0.05) }
        }
        #expect(gone, "the tool's child \(child) is still running")
    }

    @Test(.enabled(if: LegacyWordText.tool() != nil)) func aBrokenDocIsSkippedWithTheToolsMessage() throws {
        let f = FixtureFolder()
        defer { f.remove() }
        let r = try read(try f.write("old.doc", "这不是 Word 文件。"))
        #expect(r.docs.count == 0)
        #expect(r.skipped.map(\.code) == ["ingest.bad-doc"])
    }
}
