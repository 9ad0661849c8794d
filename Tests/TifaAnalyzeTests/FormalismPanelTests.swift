import Foundation
import Testing
import TifaCore
import TifaDashboard
import TifaFormalism
@testable import TifaAnalyze

/// The dashboard's formalism panel data, from a real `tifa analyze` run on documents with planted shared passages.
@Suite struct FormalismPanelTests {
    /// Shared by 甲 and 乙; in 乙 it follows a character outside the Basic Multilingual Plane (𠮷, two UTF-16 units).
    static let first = "全县共排查整治农村危房三百二十六户，完成改造任务的百分之九十八，群众满意度明显提升"
    /// Shared by 丙 and 丁.
    static let second = "围绕乡村振兴战略建设高标准农田一万二千亩并新修机耕道路十八公里"

    static let documents: [(name: String, text: String)] = [
        ("甲.txt", "春季植树活动在东山脚下举行，志愿者们挖坑浇水。\(first)。会后大家合影留念并乘车返回城区。\n"),
        ("乙.txt", "秋收时节稻谷金黄𠮷\(first)！冬天到来以后河面结冰鱼儿潜入深处。\n"),
        ("丙.txt", "图书馆新添置了一批少儿读物和科普杂志。\(second)。下一步将于6月底前完成验收。\n"),
        ("丁.txt", "社区医院开展义诊，老人排队测量血压。\(second)，工程质量经检测全部合格。\n"),
    ]

    /// The JSON payload embedded in the page.
    static func payload(_ html: String) throws -> [String: Any] {
        let open = #"<script type="application/json" id="tifa-data">"#
        let start = try #require(html.range(of: open)).upperBound
        let end = try #require(html.range(of: "</script>", range: start..<html.endIndex)).lowerBound
        return try #require(try JSONSerialization.jsonObject(with: Data(html[start..<end].utf8)) as? [String: Any])
    }

    /// The original characters [start, end) of a document from its embedded segments (scalar offsets).
    static func slice(_ text: [String: Any], _ start: Int, _ end: Int) -> String? {
        for case let segment as [String: Any] in text["segments"] as? [Any] ?? [] {
            guard let s = segment["start"] as? Int, let t = segment["text"] as? String else { continue }
            let scalars = Array(t.unicodeScalars)
            if start >= s && end <= s + scalars.count {
                var out = String.UnicodeScalarView()
                out.append(contentsOf: scalars[(start - s)..<(end - s)])
                return String(out)
            }
        }
        return nil
    }

    @Test func panelHoldsPairsTextsAndIndicators() throws {
        let dir = temporaryFolder()
        defer { try? FileManager.default.removeItem(at: dir) }
        let corpus = dir.appendingPathComponent("corpus"), out = dir.appendingPathComponent("out")
        try FileManager.default.createDirectory(at: corpus, withIntermediateDirectories: true)
        for d in Self.documents { try Data(d.text.utf8).write(to: corpus.appendingPathComponent(d.name)) }
        let setup = try AnalysisSetup.make(inputs: [corpus.path])
        let components = setup.components
        let input = DashboardInput()
        try Analysis.run(items: setup.items, skipped: setup.skipped, info: setup.info, stopwords: setup.stopwords,
                         output: OutputOptions(folder: out), jobs: 2, progress: nil,
                         makeWorker: { try AnalysisWorker(components: components) }, dashboard: input)

        let page = try Dashboard.html(analysisDirectory: out)
        // The run's own page (built from its tables in memory) is the page rebuilt from the folder.
        #expect(try Dashboard.html(input) == page)
        let data = try Self.payload(page)
        let reuse = try #require(data["reuse"] as? [String: Any])
        let pairs = try #require(reuse["pairs"] as? [[String: Any]])
        #expect(pairs.count == 2)
        let texts = Dictionary(((reuse["texts"] as? [String: Any])?["lines"] as? [[String: Any]] ?? []).map {
            (($0["document"] as? String ?? ""), $0)
        }, uniquingKeysWith: { a, _ in a })
        func side(_ pair: [String: Any], _ name: String) -> String? {
            ["a", "b"].first { (pair[$0] as? String)?.hasSuffix("/" + name) == true }
        }
        for (names, passage) in [(["甲.txt", "乙.txt"], Self.first), (["丙.txt", "丁.txt"], Self.second)] {
            let pair = try #require(pairs.first { p in names.allSatisfy { side(p, $0) != nil } })
            #expect(pair["kind"] as? String == "copy")
            #expect(pair["chars"] as? Int == passage.unicodeScalars.count)
            let spans = try #require(pair["spans"] as? [[String: Any]])
            #expect(spans.count == 1)
            let span = try #require(spans.first)
            for s in ["a", "b"] {
                let text = try #require(texts[pair[s] as? String ?? ""])
                #expect(text["complete"] as? Bool == true)
                #expect(Self.slice(text, span[s + "_start"] as? Int ?? -1, span[s + "_end"] as? Int ?? -1) == passage)
            }
            // In 乙 the passage starts after 秋收时节稻谷金黄𠮷: 9 scalars (10 UTF-16 units).
            if let yi = side(pair, "乙.txt") { #expect(span[yi + "_start"] as? Int == 9) }
        }

        // The indicator columns the panel shows are documents.csv's, value for value.
        let table = try #require(data["documents"] as? [String: Any])
        let header = try #require(table["header"] as? [String]), rows = try #require(table["rows"] as? [[String]])
        let csv = parseCSV(readText(out, "documents.csv"))
        #expect([header] + rows == csv)
        for column in ["reuse_share", "reuse_partners", "commitments", "commitments_concrete_rate", "numbers_per_1k",
                       "stock_phrases_per_1k", "problems_admitted_specific"] {
            #expect(header.contains(column), "documents.csv lacks \(column)")
        }
        let partners = try #require(header.firstIndex(of: "reuse_partners")), share = try #require(header.firstIndex(of: "reuse_share"))
        for row in rows {
            #expect(row[partners] == "1")
            #expect((Double(row[share]) ?? 0) > 0.4)
        }
    }

    @Test func corpusWithoutReuseSaysSo() throws {
        let dir = temporaryFolder()
        defer { try? FileManager.default.removeItem(at: dir) }
        let corpus = dir.appendingPathComponent("corpus"), out = dir.appendingPathComponent("out")
        try FileManager.default.createDirectory(at: corpus, withIntermediateDirectories: true)
        for d in Self.documents.prefix(3) where d.name != "乙.txt" {
            try Data(d.text.utf8).write(to: corpus.appendingPathComponent(d.name))
        }
        let setup = try AnalysisSetup.make(inputs: [corpus.path])
        let components = setup.components
        try Analysis.run(items: setup.items, skipped: setup.skipped, info: setup.info, stopwords: setup.stopwords,
                         output: OutputOptions(folder: out), jobs: 1, progress: nil,
                         makeWorker: { try AnalysisWorker(components: components) })
        let data = try Self.payload(try Dashboard.html(analysisDirectory: out))
        let reuse = try #require(data["reuse"] as? [String: Any])
        #expect((reuse["pairs"] as? [Any])?.isEmpty == true)
        #expect(reuse["total_passages"] as? Int == 0)
    }
}

/// The bounds of `reuse-texts.jsonl`: the documents of the top pairs only, whole texts within the character budget,
/// excerpts around the passages beyond it.
@Suite struct ReuseTextsFileTests {
    /// A copy passage, made as `tifa reuse` records it (JSON).
    static func passage(_ a: String, _ b: String, _ ra: Range<Int>, _ rb: Range<Int>) throws -> ReusePassage {
        let json = """
            {"a":"\(a)","b":"\(b)","a_start":\(ra.lowerBound),"a_end":\(ra.upperBound),"b_start":\(rb.lowerBound),\
            "b_end":\(rb.upperBound),"chars":\(max(ra.count, rb.count)),"similarity":1,"kind":"copy","earlier":""}
            """
        return try JSONDecoder().decode(ReusePassage.self, from: Data(json.utf8))
    }

    @Test func wholeTextsWithinTheBudgetExcerptsBeyondTopPairsOnly() throws {
        let texts: [String: String] = [
            "x": "一二三四五六七八",
            "y": "子丑寅卯辰巳午未申酉戌亥甲乙丙丁戊己𠮷庚辛壬癸天地玄黄宇宙洪",
            "z": "春夏秋冬东南西北",
        ]
        // x–y shares 8 characters (ranked first), y–z 4.
        let passages = [try Self.passage("x", "y", 0..<8, 19..<27), try Self.passage("y", "z", 0..<4, 4..<8)]
        let dir = temporaryFolder()
        defer { try? FileManager.default.removeItem(at: dir) }
        let path = dir.appendingPathComponent("reuse-texts.jsonl").path
        try ReuseTextsFile(pairs: 1, characters: 10, context: 2).write(passages: passages, to: path) { texts[$0].map { Array($0.unicodeScalars) } }
        let lines = readText(dir, "reuse-texts.jsonl").split(separator: "\n").map {
            (try? JSONSerialization.jsonObject(with: Data($0.utf8))) as? [String: Any] ?? [:]
        }
        #expect(lines.map { $0["document"] as? String } == ["x", "y"])
        #expect(lines[0]["complete"] as? Bool == true)
        #expect(lines[1]["complete"] as? Bool == false)
        #expect(lines[1]["characters"] as? Int == 30)
        let segments = try #require(lines[1]["segments"] as? [[String: Any]])
        // Only the top pair's passage (19..<27) with 2 characters either side; y–z's passage is not a shown pair.
        #expect(segments.count == 1)
        #expect(segments.first?["start"] as? Int == 17)
        #expect(segments.first?["text"] as? String == "己𠮷庚辛壬癸天地玄黄宇宙")
    }

    @Test func excerptsMergeWhereTheyTouch() {
        let file = ReuseTextsFile(pairs: 1, characters: 0, context: 3)
        #expect(file.excerpts([10..<12, 2..<4, 15..<20], count: 21) == [0..<21])
        #expect(file.excerpts([12..<14, 2..<4], count: 30) == [0..<7, 9..<17])
        #expect(file.excerpts([0..<1], count: 2) == [0..<2])
    }
}
