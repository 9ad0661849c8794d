import Foundation
import Testing
import TifaCore
@testable import TifaSegment

@Suite struct SegmenterTests {
    /// Longest-leftmost occurrences of terms in text, found naively (the reference the segmenter must match),
    /// where a term yields to a longer one that starts inside it and ends after it.
    func forcedSpans(_ scalars: [Unicode.Scalar], terms: Set<String>, lengths: [Int]) -> [Range<Int>] {
        func longest(at i: Int) -> Int? {
            lengths.first { i + $0 <= scalars.count && terms.contains(String(String.UnicodeScalarView(scalars[i..<(i + $0)]))) }
        }
        var spans: [Range<Int>] = []
        var i = 0
        while i < scalars.count {
            if let best = longest(at: i),
               !(i + 1..<(i + best)).contains(where: { k in longest(at: k).map { k + $0 > i + best && $0 > best } ?? false }) {
                spans.append(i..<(i + best))
                i += best
            } else {
                i += 1
            }
        }
        return spans
    }

    @Test func domainTermsComeOutWholeInSeedSentences() throws {
        let seeds = packageRoot.appendingPathComponent("Corpus/seeds")
        let files = try FileManager.default.contentsOfDirectory(atPath: seeds.path).filter { $0.hasSuffix(".txt") }.sorted()
        try #require(!files.isEmpty)
        let terms = Set(Shipped.domainTerms)
        let lengths = Set(terms.map(\.unicodeScalars.count)).sorted(by: >)
        let tokenizer = try Shipped.segmenter.makeTokenizer()
        var checked = 0
        for file in files {
            let text = try String(contentsOf: seeds.appendingPathComponent(file), encoding: .utf8)
            for line in text.split(whereSeparator: \.isNewline) {
                let scalars = Array(line.unicodeScalars)
                let tokens = Set(tokenizer.segment(scalars).map(\.range))
                for span in forcedSpans(scalars, terms: terms, lengths: lengths) {
                    #expect(tokens.contains(span), "\(file): \(String(String.UnicodeScalarView(scalars[span]))) split in \(line)")
                    checked += 1
                }
            }
        }
        #expect(checked > 50)
    }

    @Test func primerTermsAreWhole() throws {
        let cases: [(String, [String])] = [
            ("深入开展创先争优活动，做到五个好、五带头", ["创先争优活动", "五个好", "五带头"]),
            ("基层党组织要领导班子好、党员队伍好", ["基层党组织", "领导班子好", "党员队伍好"]),
            ("存在重承诺轻践诺和松劲懈怠情绪", ["重承诺轻践诺", "松劲懈怠情绪"]),
            ("反对四风，践行三严三实", ["四风", "三严三实"]),
        ]
        for (text, expected) in cases {
            let got = try words(text)
            for term in expected { #expect(got.contains(term), "\(term) not whole in \(got)") }
        }
    }

    @Test func userLexiconTermsWinLongestMatch() throws {
        let user = Lexicon(name: "user", terms: ["瓦西里斯", "瓦西里斯船王", "云计算"])
        let segmenter = Segmenter(lexicons: Shipped.lexicons + [user])
        #expect(try words("瓦西里斯船王说云计算", segmenter) == ["瓦西里斯船王", "说", "云计算"])
        #expect(try words("瓦西里斯说", segmenter) == ["瓦西里斯", "说"])
        // Without the user lexicon the name is not one token.
        #expect(try !words("瓦西里斯说").contains("瓦西里斯"))
    }

    @Test func latinTermsDoNotMatchInsideWords() throws {
        let segmenter = Segmenter(lexicons: Shipped.lexicons + [Lexicon(name: "u", terms: ["AI"])])
        #expect(try words("MAIL和AI", segmenter) == ["MAIL", "和", "AI"])
    }

    @Test func offsetsMapBackToTheSourceText() throws {
        let text = "2001年新年钟声即将敲响。 WTO、ＡＰＥＣ和e-mail；“书记抓、抓书记”\t𠀀𠀁字（附图片1张）　完"
        let scalars = Array(text.unicodeScalars)
        let tokens = try Shipped.segmenter.makeTokenizer().segment(scalars)
        var previousEnd = 0
        var rebuilt = String.UnicodeScalarView()
        for token in tokens {
            #expect(token.start >= previousEnd && token.end > token.start && token.end <= scalars.count)
            previousEnd = token.end
            rebuilt.append(contentsOf: scalars[token.range])
        }
        let expected = String(String.UnicodeScalarView(scalars.filter { !$0.properties.isWhitespace }))
        #expect(String(rebuilt) == expected)
    }

    @Test func numberConvention() throws {
        #expect(try words("（二○○○年十二月三十一日）") == ["（", "二○○○年", "十二月", "三十一日", "）"])
        #expect(try words("2001年12月31日增长10.3%") == ["2001年", "12月", "31日", "增长", "10.3%"])
        #expect(try words("１９９８年增长１０．３％，达1万亿元") == ["１９９８年", "增长", "１０．３％", "，", "达", "1万亿", "元"])
        #expect(try words("北京晴－9℃／0℃，增长+3.5%，1-2月") == ["北京", "晴", "－9", "℃", "／", "0", "℃", "，", "增长", "+3.5%", "，", "1", "-", "2月"])
        let tokens = try Shipped.segmenter.segment("二○○一年10.3%")
        #expect(tokens.map(\.kind) == [.number, .number])
    }

    @Test func kindsOfMixedScriptText() throws {
        let text = "WTO和ＡＰＥＣ的3G网络——好……“是”℃こんにちは"
        let scalars = Array(text.unicodeScalars)
        let tokens = try Shipped.segmenter.makeTokenizer().segment(scalars)
        let pairs = tokens.map { (String(String.UnicodeScalarView(scalars[$0.range])), $0.kind) }
        let kinds = Dictionary(pairs, uniquingKeysWith: { a, _ in a })
        #expect(kinds["WTO"] == .latin)
        #expect(kinds["ＡＰＥＣ"] == .latin)
        #expect(kinds["3G"] == .latin)
        #expect(kinds["——"] == .punctuation)
        #expect(kinds["……"] == .punctuation)
        #expect(try words("好---好") == ["好", "-", "-", "-", "好"])
        #expect(kinds["“"] == .punctuation)
        #expect(kinds["℃"] == .symbol)
        #expect(kinds["和"] == .word)
        #expect(pairs.map(\.0).joined() == text)
    }

    @Test func whitespaceNeverBecomesAToken() throws {
        let text = " \t创先争优\r\n\u{3000}五个好 \u{00A0}\u{200B}x  \n"
        let scalars = Array(text.unicodeScalars)
        let tokens = try Shipped.segmenter.makeTokenizer().segment(scalars)
        #expect(tokens.map { String(String.UnicodeScalarView(scalars[$0.range])) } == ["创先争优", "五个好", "x"])
    }

    @Test func emptyInput() throws {
        #expect(try Shipped.segmenter.segment("").isEmpty)
        #expect(try Shipped.segmenter.makeTokenizer().segment([Unicode.Scalar]()).isEmpty)
        #expect(try Shipped.segmenter.segment(" \r\n\t").isEmpty)
    }

    @Test func withoutLexiconsICUSegmentsHanText() throws {
        let bare = Segmenter(lexicons: [])
        let got = try words("我们在北京工作", bare)
        #expect(got.joined() == "我们在北京工作")
        #expect(got.count > 1 && got.count < 7)
    }

    @Test func workersShareOneSegmenter() async throws {
        let lines = ["创先争优活动中要做到五个好", "（二○○○年十二月三十一日）", "WTO、APEC和e-mail", "重承诺轻践诺"]
        let serial = try lines.map { try Shipped.segmenter.segment($0) }
        let segmenter = Shipped.segmenter
        let parallel = try await withThrowingTaskGroup(of: (Int, [[Token]]).self) { group in
            for worker in 0..<4 {
                group.addTask {
                    let tokenizer = try segmenter.makeTokenizer()
                    var results: [[Token]] = []
                    for _ in 0..<50 { results = lines.map { tokenizer.segment($0) } }
                    return (worker, results)
                }
            }
            var all: [[[Token]]] = []
            for try await (_, results) in group { all.append(results) }
            return all
        }
        #expect(parallel.count == 4)
        for results in parallel { #expect(results == serial) }
    }
}
