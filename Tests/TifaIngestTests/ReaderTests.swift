import Foundation
import Testing
import TifaCore
@testable import TifaIngest

struct ReaderTests {
    func options() throws -> ReaderOptions {
        var o = ReaderOptions()
        o.rules = try Make.rules()
        return o
    }

    func read(_ inputs: [String], _ options: ReaderOptions) throws -> (docs: [IngestedDocument], skipped: [Diagnostic], reader: CorpusReader) {
        let reader = try CorpusReader(inputs: inputs, options: options)
        var sequence = try reader.documents()
        var docs: [IngestedDocument] = []
        while let d = sequence.next() { docs.append(d) }
        return (docs, sequence.skipped, reader)
    }

    @Test func foldersAreWalkedWithGlobsInStableOrder() throws {
        let f = FixtureFolder()
        defer { f.remove() }
        try f.write("b/2.txt", "第二")
        try f.write("a/1.txt", "第一")
        try f.write("a/skip.txt", "跳过")
        try f.write("a/notes.csv", "x,y")
        try f.write(".hidden/3.txt", "隐藏")
        try f.write("c/4.md", "第四")
        var o = try options()
        let all = try read([f.url.path], o)
        #expect(all.docs.map { CorpusReader.stem($0.document.path) } == ["1", "skip", "2", "4"])
        o.include = ["*.txt"]
        o.exclude = ["skip.*", "b/**"]
        let some = try read([f.url.path], o)
        #expect(some.docs.map { CorpusReader.stem($0.document.path) } == ["1"])
        #expect(Glob("**/*.txt").matches(relativePath: "x/y/z.txt") && Glob("**/*.txt").matches(relativePath: "z.txt"))
        #expect(Glob("*.{txt,md}").matches(relativePath: "a/b.md") && !Glob("a/*.txt").matches(relativePath: "a/b/c.txt"))
    }

    @Test func encodingsAreDecodedPerFile() throws {
        let f = FixtureFolder()
        defer { f.remove() }
        let text = "在党的基层组织和党员中深入开展创先争优活动，是巩固和拓展学习实践活动成果的重要举措。"
        let trad = "在黨的基層組織和黨員中深入開展創先爭優活動，是鞏固和拓展學習實踐活動成果的重要舉措。"
        try f.write("gb.txt", text.encoded("GB18030"))
        try f.write("big5.txt", trad.encoded("Big5"))
        let r = try read([f.path("big5.txt"), f.path("gb.txt")], try options())
        #expect(r.docs.map(\.quality.encoding) == ["Big5", "GB18030"])
        let expected = "在党的基层组织和党员中深入开展创先争优活动,是巩固和拓展学习实践活动成果的重要举措。"
        #expect(r.docs.allSatisfy { $0.document.text.string == expected })
        #expect(r.docs[0].quality.script == .traditional && r.docs[1].quality.script == .simplified)
        var forced = try options()
        forced.encoding = "GBK"
        #expect(try read([f.path("gb.txt")], forced).docs.first?.quality.encodingMethod == "override")
    }

    @Test func htmlGivesVisibleTextOnly() throws {
        let f = FixtureFolder()
        defer { f.remove() }
        let html = """
        <html><head><meta charset="gb2312"><title>动员讲话</title><style>p{color:red}</style>
        <script>var x = "<p>不是正文</p>";</script></head>
        <body><nav>首页 | 新闻</nav><div class="c"><p>同志们：</p><p>今天召开&ldquo;动员&rdquo;大会&nbsp;。<br>下面讲三点。</p>
        <!-- 注释 --><footer>版权所有</footer></div></body></html>
        """
        try f.write("page.html", html.encoded("GB18030"))
        let r = try read([f.path("page.html")], try options())
        let doc = try #require(r.docs.first)
        #expect(doc.quality.encoding == "GB18030")
        #expect(doc.document.text.string == "动员讲话\n同志们:\n今天召开“动员”大会 。\n下面讲三点。\n")
    }

    @Test func docxParagraphsInOrder() throws {
        let f = FixtureFolder()
        defer { f.remove() }
        try f.writeDocx("speech.docx", paragraphs: ["一、总体要求", "开展创先争优活动。", "二、工作措施"])
        let r = try read([f.path("speech.docx")], try options())
        let doc = try #require(r.docs.first)
        #expect(doc.document.text.string == "一、总体要求\n开展创先争优活动。\n二、工作措施\n")
        #expect(doc.document.sections.map(\.title) == ["总体要求", "工作措施"])
    }

    @Test func jsonLinesGiveOneDocumentPerLine() throws {
        let f = FixtureFolder()
        defer { f.remove() }
        try f.write("export.jsonl", """
        {"id": "r1", "text": "第一篇报告。", "region": "海南", "date": "2010年5月20日", "metadata": {"unit": "定安县"}}
        not json
        {"id": 2, "body": "没有 text 字段"}

        {"text": "第三篇。", "year": 2011, "official": true}
        """)
        let r = try read([f.path("export.jsonl")], try options())
        #expect(r.docs.map(\.document.id) == ["r1", f.path("export.jsonl") + "#5"])
        #expect(r.docs[0].document.metadata == ["region": "海南", "date": "2010-05-20", "date_raw": "2010年5月20日", "unit": "定安县", "year": "2010"])
        #expect(r.docs[1].document.metadata == ["year": "2011", "official": "true"])
        #expect(r.skipped.map(\.line) == [2, 3])
        #expect(r.skipped.allSatisfy { $0.file == f.path("export.jsonl") && $0.code == "ingest.bad-jsonl" })
    }

    @Test(.enabled(if: Paths.hasShared)) func yearComesFromABareYearFileName() throws {
        let r = try read([Paths.shared.appendingPathComponent("corpora/gov-work-reports/1954.txt").path], try options())
        #expect(r.docs.first?.document.metadata["year"] == "1954")
    }

    @Test func namePatternAndManifestGiveMetadata() throws {
        let f = FixtureFolder()
        defer { f.remove() }
        try f.write("docs/2010_海南_定安县委.txt", "报告一。")
        try f.write("docs/2011_内蒙古_国土分局.txt", "报告二。")
        try f.write("docs/odd-name.txt", "报告三。")
        try f.write("manifest.csv", """
        path,id,level,date,note
        docs/2010_海南_定安县委.txt,D1,county,2010/5/6,"quoted, with comma"
        docs/odd-name.txt,D3,bureau,2012.3,
        docs/missing.txt,D4,county,2010-01-01,
        """)
        var o = try options()
        o.namePattern = "{year}_{region}_{unit}"
        o.manifest = f.path("manifest.csv")
        let r = try read([f.path("docs")], o)
        #expect(r.docs.map(\.document.id) == ["D1", f.path("docs") + "/2011_内蒙古_国土分局.txt", "D3"])
        #expect(r.docs[0].document.metadata == ["year": "2010", "region": "海南", "unit": "定安县委", "level": "county",
                                                "date": "2010-05-06", "date_raw": "2010/5/6", "note": "quoted, with comma"])
        #expect(r.docs[1].document.metadata == ["year": "2011", "region": "内蒙古", "unit": "国土分局"])
        #expect(r.docs[2].document.metadata == ["level": "bureau", "date": "2012-03", "date_raw": "2012.3", "year": "2012"])
        #expect(r.docs[2].diagnostics.contains { $0.code == "metadata.name-mismatch" })
        let missing = try #require(r.reader.diagnostics.first { $0.code == "manifest.missing-file" })
        #expect(missing.file == f.path("manifest.csv") && missing.line == 4)
    }

    @Test func datesBecomeSortable() {
        #expect(DateValue.sortable("2010年5月20日") == "2010-05-20")
        #expect(DateValue.sortable("20100520") == "2010-05-20")
        #expect(DateValue.sortable("2010-11") == "2010-11")
        #expect(DateValue.sortable("２０１０年") == "2010")
        #expect(DateValue.sortable("2010-13-01") == nil && DateValue.sortable("五月") == nil)
    }

    @Test func exactDuplicatesPointAtTheFirstFile() throws {
        let f = FixtureFolder()
        defer { f.remove() }
        try f.write("a.txt", "同一篇报告。")
        try f.write("b.txt", "另一篇报告。")
        try f.write("c.txt", "同一篇报告。")
        let r = try read([f.url.path], try options())
        #expect(r.docs.map(\.quality.duplicateOf) == [nil, nil, f.url.path + "/a.txt"])
        let finder = DuplicateFinder()
        for (k, d) in r.docs.enumerated().reversed() { finder.record(hash: d.quality.contentHash, path: d.document.path, order: [k]) }
        #expect(finder.duplicates() == [f.url.path + "/c.txt": f.url.path + "/a.txt"])
    }

    @Test func workersReadItemsIndependently() throws {
        let f = FixtureFolder()
        defer { f.remove() }
        for k in 0..<8 { try f.write("\(k).txt", "第\(k)篇報告。") }
        let reader = try CorpusReader(inputs: [f.url.path], options: try options())
        let results = ResultBox()
        DispatchQueue.concurrentPerform(iterations: 2) { w in
            guard let worker = try? reader.makeWorker() else { return }
            for item in reader.items where item.index % 2 == w {
                for case .document(let d) in worker.read(item) { results.add(item.index, d.document.text.string) }
            }
        }
        #expect(results.sorted == (0..<8).map { "第\($0)篇报告。" })
    }
}

/// Collects results from several threads.
final class ResultBox: @unchecked Sendable {
    private let lock = NSLock()
    private var values: [Int: String] = [:]
    func add(_ k: Int, _ v: String) { lock.lock(); values[k] = v; lock.unlock() }
    var sorted: [String] { values.sorted { $0.key < $1.key }.map(\.value) }
}

struct MetadataByIDTests {
    @Test func manifestRowsMatchJSONLinesIDs() throws {
        let f = FixtureFolder()
        defer { f.remove() }
        try f.write("export.jsonl", "{\"id\": \"A\", \"text\": \"甲。\"}\n{\"id\": \"B\", \"text\": \"乙。\", \"region\": \"云南\"}\n")
        try f.write("ids.csv", "id,region,date\nA,海南,2010-5-1\nB,内蒙古,\n")
        var o = ReaderOptions()
        o.rules = try Make.rules()
        o.manifest = f.path("ids.csv")
        let reader = try CorpusReader(inputs: [f.path("export.jsonl")], options: o)
        var seq = try reader.documents()
        var docs: [IngestedDocument] = []
        while let d = seq.next() { docs.append(d) }
        #expect(docs.map(\.document.id) == ["A", "B"])
        #expect(docs[0].document.metadata == ["region": "海南", "date": "2010-05-01", "date_raw": "2010-5-1", "year": "2010"])
        // The manifest wins over the record's own field.
        #expect(docs[1].document.metadata["region"] == "内蒙古")
    }

    @Test func offsetRunsCoverTheMap() throws {
        let r = try Make.normalizer().normalize("監(jiān)管局\r\n好")
        let runs = OffsetRun.runs(r.offsets)
        #expect(runs == [OffsetRun(normalizedStart: 0, originalStart: 0, length: 1),
                         OffsetRun(normalizedStart: 1, originalStart: 7, length: 3),
                         OffsetRun(normalizedStart: 4, originalStart: 11, length: 1)])
        #expect(runs.reduce(0) { $0 + $1.length } == r.text.count)
    }
}
