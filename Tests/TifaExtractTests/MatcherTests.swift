import Foundation
import Testing
import TifaCore
@testable import TifaExtract

/// The one-pass matcher: Aho–Corasick correctness, leftmost-longest, variants, exclusions, offsets.
struct MatcherTests {
    func scalars(_ s: String) -> [Unicode.Scalar] { Array(s.unicodeScalars) }

    @Test func automatonFindsEveryOccurrenceLikeANaiveSearch() {
        var rng = SystemRandomNumberGenerator()
        // A small alphabet (patterns overlap a lot) and a large one with a non-BMP character (most positions start
        // no pattern, so the scan's root filters decide; one-scalar patterns must still be found there).
        for alphabet in [scalars("形式主义走过场"), scalars("形式主义走过场官僚作风不正之腐败享乐奢靡问题整改落实到位𠀀ab")] {
            for _ in 0..<100 {
                let patterns = (0..<20).map { _ in (0..<Int.random(in: 1...4, using: &rng)).map { _ in alphabet.randomElement(using: &rng)! } }
                let text = (0..<200).map { _ in alphabet.randomElement(using: &rng)! }
                let automaton = AhoCorasick(patterns: patterns)
                let lo = Int.random(in: 0...100, using: &rng), hi = Int.random(in: lo...200, using: &rng)
                func naive(_ range: Range<Int>) -> Set<String> {
                    var expected: Set<String> = []
                    for p in patterns where p.count <= range.count {
                        for i in range.lowerBound...(range.upperBound - p.count) where Array(text[i..<(i + p.count)]) == p {
                            expected.insert("\(i)-\(i + p.count)-\(p.map(String.init).joined())")
                        }
                    }
                    return expected
                }
                let found = Set(automaton.allHits(in: text).map { "\($0.start)-\($0.end)-\(patterns[$0.pattern].map(String.init).joined())" })
                #expect(found == naive(text.indices))
                var inside: Set<String> = []
                automaton.forEachHit(in: text, within: lo..<hi) { p, start, end in
                    inside.insert("\(start)-\(end)-\(patterns[p].map(String.init).joined())")
                }
                #expect(inside == naive(lo..<hi))
            }
        }
    }

    @Test func leftmostLongestSelection() {
        let patterns = [scalars("形式"), scalars("形式主义"), scalars("主义者"), scalars("义")]
        let automaton = AhoCorasick(patterns: patterns)
        let picked = AhoCorasick.leftmostLongest(automaton.allHits(in: scalars("反对形式主义者")))
        #expect(picked.map { patterns[$0.pattern].count } == [4])
        #expect(picked.first?.start == 2)
    }

    @Test func partsAllowPunctuationAndConjunctions() throws {
        for text in ["一些单位重承诺,轻践诺。", "一些单位重承诺、轻践诺。", "一些单位重承诺轻践诺。", "表现出松劲和懈怠。", "出现松劲与懈怠。"] {
            let ex = try Fixture.extract(text)
            #expect(ex.problems.count == 1, "\(text): \(ex.problems)")
            #expect(["重承诺轻践诺", "松劲懈怠"].contains(ex.problems.first?.category ?? ""))
        }
    }

    @Test func contextExclusionsDropMatches() throws {
        let named = try Fixture.extract("基层党组织要做到五个好。")
        #expect(named.criteria.first?.set == "五个好")
        for text in ["他有五个好朋友。", "这样做有五个好处。"] {
            let ex = try Fixture.extract(text)
            #expect(!ex.criteria.contains { $0.set == "五个好" }, "\(text)")
            #expect(!ex.terms.contains { $0.canonical == "五个好" }, "\(text)")
        }
    }

    @Test func regexVariantsMatchAroundTheirAnchor() throws {
        let ex = try Fixture.extract("一些单位没有对各阶段活动进行认真总结。")
        #expect(ex.problems.map(\.category) == ["缺乏总结"])
        #expect(ex.problems.first?.text == "没有对各阶段活动进行认真总结")
    }

    @Test func offsetsPointIntoTheOriginalText() throws {
        // Traditional characters with converter pinyin: the match must map back to the original span.
        let original = "要做到“五帶(dài)頭(tóu)”的要求。"
        let ex = try Fixture.extract(original)
        let term = try #require(ex.terms.first { $0.canonical == "五带头" })
        let scalars = Array(original.unicodeScalars)
        let span = String(String.UnicodeScalarView(scalars[term.start..<term.end]))
        #expect(span == "五帶(dài)頭(tóu)")
    }

    @Test func userCodebooksTakePartLikeShippedOnes() throws {
        let path = Fixture.temporaryFile("""
            codebook: my-terms
            version: "0.1"
            entries:
              - {name: 放管服改革深化, category: policy}
              - name: 形式主义
                extends: true
                variants: [留痕主义]
            criteria:
              - name: 三个一批
                names: [三个一批]
                items: [提拔一批, 交流一批, 调整一批]
            """)
        let books = try BuiltinCodebooks.load(userPaths: [path])
        let extractor = try Extractor(codebooks: books)
        let ex = extractor.extract(try Fixture.document("有的单位存在留痕主义。要提拔一批、交流一批干部。放管服改革深化。"))
        #expect(ex.problems.map(\.category) == ["形式主义"])
        #expect(ex.criteria.map(\.set) == ["三个一批"])
        #expect(ex.criteria.first?.items == ["提拔一批", "交流一批"])
        #expect(ex.slogans.contains { $0.kind == .codebook && $0.text == "放管服改革深化" })
        #expect(ex.codebooks.contains { $0.name == "my-terms" && $0.version == "0.1" && $0.sha256.count == 64 })
    }

    @Test func aRunawayCodebookRegexStopsAtItsTimeLimitAndIsReported() throws {
        // Nested quantifiers backtrack exponentially on a long run without the final character.
        let path = Fixture.temporaryFile("""
            codebook: hostile
            version: "1"
            entries:
              - name: 党建空转
                category: problem
                variants: [{regex: '(党+)+建', anchor: 党}]
              - name: 搞花架子
                category: problem
                variants: [{regex: '搞[^,。]{0,4}花架子', anchor: 花架子}]
            """)
        let extractor = try Extractor(codebooks: try BuiltinCodebooks.load(userPaths: [path]))
        let text = String(repeating: "党", count: 60) + "。有的部门搞了些花架子。" + String(repeating: "党", count: 60) + "。"
        let ex = extractor.extract(try Fixture.document(text))
        #expect(ex.terms.contains { $0.canonical == "搞花架子" && $0.text == "搞了些花架子" })
        #expect(!ex.terms.contains { $0.canonical == "党建空转" })
        let warnings = try #require(ex.warnings)
        #expect(warnings.map(\.code) == ["extract.regex-timeout"])
        #expect(warnings.first?.message.contains("(党+)+建") == true)
        #expect(extractor.extract(try Fixture.document("有的部门搞了些花架子。")).warnings == nil)
    }

    @Test func lexiconTermsListEveryLiteralForm() {
        let terms = Set(Fixture.extractor.index.lexiconTerms)
        #expect(terms.isSuperset(of: ["五个好", "带头遵纪守法", "重承诺,轻践诺", "松劲和懈怠", "不忘初心、牢记使命"]))
        #expect(!terms.contains("如果"))
    }

    @Test func hundredThousandTermUserListMatchesInOnePass() throws {
        // A generated list of 100,000 distinct four-character terms plus one real term.
        let base = Array("的一是在不了有和人这中大为上个国我以要他时来用们生到作地于出就分对成会可主发年动同工也能下过子说产种面而方后多定行学法所民得经十三之进着等部度家电力里如水化高自二理起小物现实加量都两体制机当使点从业本去把性好应开它合还因由其些然前外天政四日那社义事平形相全表间样与关各重新线内数正心反你明看原又么利比或但质气第向道命此变条只没结解问意建月公无系军很情者最立代想已通并提直题党程展五果料象员革位入常文总次品式活设及管特件长求老头基资边流路级少图山统接知较将组见计别她手角期根论运农指几九区强放决西被干做必战先回则任取据处队南给色光门即保治北造百规热领七海口东导器压志世金增争济阶油思术极交受联什认六共权收证改清己美再采转更单风切打白教速花带安场身车例真务具万每目至达走积示议声报斗完类八离华名确才科张信马节话米整空元况今集温传土许步群广石记需段研界拉林律叫且究观越织装影算低持音众书布复容儿须际商非验连断深难近矿千周委素技备半办青省列习响约支般史感劳便团往酸历市克何除消构府称太准精值号率族维划选标写存候毛亲快效斯院查江型眼王按格养易置派层片始却专状育厂京识适属圆包火住调满县局照参红细引听该铁价严")
        var terms: [String] = []
        terms.reserveCapacity(100_001)
        var i = 0
        while terms.count < 100_000 {
            let a = base[i % base.count], b = base[(i / base.count) % base.count]
            let c = base[(i / (base.count * base.count)) % base.count]
            terms.append(String([a, b, c, "词"]))
            i += 1
        }
        let path = Fixture.temporaryFile("# version: 1\n" + terms.joined(separator: "\n") + "\n", name: "big.txt")
        let books = try CodebookLoader.load(files: [path])
        #expect(books[0].entries.count == 100_000 && books[0].version == "1")
        let extractor = try Extractor(codebooks: books)
        let probe = terms[54_321]
        let ex = extractor.extract(try Fixture.document("今年我们把\(probe)写进报告。"))
        #expect(ex.terms.map(\.canonical) == [probe])
        #expect(!ex.slogans.contains { $0.text == probe }, "term-list entries are counted, not reported as slogans")
    }
}

extension MatcherTests {
    @Test func termListsReportBadLines() {
        let path = Fixture.temporaryFile("# version: 2\n放管服\n\t\n一网通办\t一网通办\t\n甲\t乙\t丙\t丁\n", name: "list.txt")
        do {
            _ = try CodebookLoader.load(files: [path])
            Issue.record("a broken term list must not load")
        } catch {
            #expect(error.diagnostics.map(\.code) == ["codebook.empty-category", "codebook.bad-line"])
            #expect(error.diagnostics.map(\.line) == [4, 5])
        }
    }
}
