import Testing
import TifaICU
@testable import TifaFormalism

/// The literal prefilter of the cue regexes: what it reads from a pattern, and that it never skips a text the
/// regex matches in (random texts against the plain regex, for the shipped cues and patterns of our own).
@Suite struct CuePrefilterTests {
    typealias Atom = CueRequirement.Atom

    func lit(_ s: String) -> Atom { .literal(Array(s.unicodeScalars)) }

    @Test func readsRequiredLiteralsFromPatterns() {
        #expect(CueRequirement(pattern: "存在.{0,12}(不足|问题)").clauses == [[lit("存在")], [lit("不足"), lit("问题")]])
        #expect(CueRequirement(pattern: #"\d{4}年"#).clauses == [[.digit], [lit("年")]])
        #expect(CueRequirement(pattern: "(?<![即已])将(?=继续|进一步)").clauses == [[lit("将")]])
        #expect(CueRequirement(pattern: "^[^,;]{0,20}(?:委员会|党组)$").clauses == [[lit("委员会"), lit("党组")]])
        #expect(CueRequirement(pattern: "省市?县").clauses == [[lit("省")], [lit("县")]])
        #expect(CueRequirement(pattern: "[甲乙]+丙").clauses == [[lit("甲"), lit("乙")], [lit("丙")]])
        #expect(CueRequirement(pattern: #"a\.b"#).clauses == [[lit("a.b")]])
        // Alternatives: one clause per pair of clauses.
        #expect(CueRequirement(pattern: "甲乙|丙.丁").clauses == [[lit("甲乙"), lit("丙")], [lit("甲乙"), lit("丁")]])
    }

    @Test func requiresNothingWhenAPartIsNotUnderstoodOrOptional() {
        for pattern in ["(?i)abc", "甲|.", "甲?", "(?<name>甲)", #"\w乙"#, "[[:alpha:]]", "甲{,3}", "甲)", #"\p{Han}"#] {
            let r = CueRequirement(pattern: pattern)
            #expect(r.clauses.isEmpty, "\(pattern): \(r.clauses)")
        }
        #expect(CueRequirement(pattern: "[a-c]乙").clauses == [[lit("乙")]])
        #expect(CueRequirement(pattern: "[::]乙").clauses == [[lit("乙")]])
    }

    @Test func readsWhereMatchesCanStart() {
        typealias Window = CueRequirement.Window
        #expect(CueRequirement(pattern: "[[\\p{Han}]--[的]]{2,5}(?:省|市)|[A-Z]\\d+线").window
                == Window(atoms: [lit("省"), lit("市"), .digit], offset: 5))
        #expect(CueRequirement(pattern: "(?<!不)将(?=继续)").window == Window(atoms: [lit("将")], offset: 0))
        #expect(CueRequirement(pattern: "由.{1,15}?牵头").window == Window(atoms: [lit("由")], offset: 0))
        #expect(CueRequirement(pattern: ".{1,3}?牵头").window == Window(atoms: [lit("牵头")], offset: 3))
        #expect(CueRequirement(pattern: "^(?:[一二]+是)?要").window == nil)  // unbounded before the atom
        #expect(CueRequirement(pattern: "甲|.乙*").window == nil)  // a branch without an atom
    }

    @Test func windowedSearchFindsThePlainMatches() throws {
        let rules = try FormalismRules.shipped()
        let patterns = FormalismRules.CueClass.allCases.compactMap { rules.patterns[$0] } + Self.ownPatterns
        var random = SplitMix(seed: 99)
        var windowed = 0, matched = 0
        for pattern in patterns {
            guard let window = CueRequirement(pattern: pattern).window else { continue }
            windowed += 1
            let regex = try ICURegex(pattern)
            let fragments = Self.literalRuns(pattern)
            for _ in 0..<800 {
                let utf16 = Array(String(String.UnicodeScalarView(randomText(fragments, &random))).utf16)
                let plain = try regex.matches(in: utf16).map(\.range)
                var starts = CueWindow(window).starts(in: utf16)
                let found = try regex.matches(in: utf16, startingAt: { starts.next($0) })
                #expect(found == plain || (found == nil && plain.contains(where: \.isEmpty)), "\(pattern)")
                var again = CueWindow(window).starts(in: utf16)
                #expect(try regex.matches(in: utf16, limit: 1, startingAt: { again.next($0) }) == Array(plain.prefix(1)))
                if !plain.isEmpty { matched += 1 }
            }
        }
        #expect(windowed >= 8 && matched > windowed * 40, "\(windowed) patterns, \(matched) texts with matches")
    }

    /// Our own patterns in the syntax the cue files use, next to the shipped ones.
    static let ownPatterns = [
        "省市?县", "(?:甲|乙丙)+丁{2,3}", #"第\d+(?:章|节)"#, "[甲乙]丙|丁.{0,3}戊", "^(?:若|如)[^,]{1,5}则",
        "(?<!不)要(?!求)", #"\d{1,2}月\d{1,2}日前"#, "(?:[一二三]|一[十百])[一二三十百]*(?:个|项)", "牵头.{1,4}?负责$",
        "(?<=甲)乙{1,2}丙", "[甲乙]{1,3}(?:丙|\u{20000})", ".{0,2}年(?:底|末)", "[一二三]{1,4}个?人", "个?",
    ]

    static let fillers = Array("的了和在是有不这为上个一二三十年月日前底项人市县区我们工作推进0123456789１２٣ ,;:()!?。\n□abcXYZ甲乙丙".unicodeScalars)
        + ["\u{20000}", "\u{1F600}"]

    /// Up to eight pieces: parts of the pattern's literal runs or a few filler characters.
    func randomText(_ fragments: [[Unicode.Scalar]], _ random: inout SplitMix) -> [Unicode.Scalar] {
        var text: [Unicode.Scalar] = []
        for _ in 0..<random.next(8) {
            if random.next(3) == 0, !fragments.isEmpty {
                let f = fragments[random.next(fragments.count)]
                let a = random.next(f.count), b = a + 1 + random.next(f.count - a)
                text += f[a..<b]
            } else {
                for _ in 0...random.next(3) { text.append(Self.fillers[random.next(Self.fillers.count)]) }
            }
        }
        return text
    }

    @Test func neverSkipsATextTheRegexMatchesIn() throws {
        let rules = try FormalismRules.shipped()
        var patterns = FormalismRules.CueClass.allCases.compactMap { rules.patterns[$0] }
        patterns += Self.ownPatterns
        var random = SplitMix(seed: 20261129)
        var matched = 0, skipped = 0
        for pattern in patterns {
            let regex = try ICURegex(pattern)
            let requirement = CueRequirement(pattern: pattern)
            let prefilter = CuePrefilter([.place: requirement])
            let fragments = Self.literalRuns(pattern)
            var scratch: [Bool] = []
            for _ in 0..<1500 {
                let text = randomText(fragments, &random)
                var utf16: [UInt16] = []
                for s in text { utf16 += Array(String(s).utf16) }
                let hit = try regex.firstMatch(in: utf16)
                let possible = prefilter.possible(in: text[...], scratch: &scratch) & (1 << FormalismRules.CueClass.place.index) != 0
                #expect(hit == nil || possible, "\(pattern) matches in \(String(String.UnicodeScalarView(text))) but was skipped")
                if hit != nil { matched += 1 }
                if !possible { skipped += 1 }
            }
        }
        // The check is not vacuous: many texts match, and many others are skipped.
        #expect(matched > patterns.count * 100)
        #expect(skipped > patterns.count * 100)
    }

    @Test func matcherGivesThePlainRegexResults() throws {
        let rules = try FormalismRules.shipped()
        let cues = try CueMatcher(rules)
        var random = SplitMix(seed: 7)
        let pieces = ["将继续", "要", "要求", "2024年3月5日前", "由市局牵头", "某某县人民医院", "存在", "不足:", "《方案》", "出台",
                      "三个", "一项", "例如", "年底前", "办公室", "1.5万元", "十二项", "\u{20000}", "工作", ",", "。", "B12线"]
        for _ in 0..<400 {
            var scalars: [Unicode.Scalar] = []
            for _ in 0..<random.next(7) { scalars += pieces[random.next(pieces.count)].unicodeScalars }
            let utf16 = Array(String(String.UnicodeScalarView(scalars)).utf16)
            var text = cues.text(scalars[...])
            for cls in FormalismRules.CueClass.allCases {
                let regex = try ICURegex(try #require(rules.patterns[cls]))
                let expected = try regex.matches(in: utf16).map { String(decoding: utf16[$0.range], as: UTF16.self) }
                #expect(cues.matches(cls, in: &text) == expected)
                #expect(cues.first(cls, in: &text) == expected.first)
            }
        }
    }

    /// Runs of characters outside the pattern syntax, to build texts that often match.
    static func literalRuns(_ pattern: String) -> [[Unicode.Scalar]] {
        var runs: [[Unicode.Scalar]] = [], run: [Unicode.Scalar] = []
        for s in pattern.unicodeScalars {
            if "\\[](){}|?*+.^$!=<:,-".unicodeScalars.contains(s) || s.isASCII && s.properties.isAlphabetic {
                if !run.isEmpty { runs.append(run) }
                run = []
            } else {
                run.append(s)
            }
        }
        if !run.isEmpty { runs.append(run) }
        return runs
    }
}

/// A small deterministic random source for the tests.
struct SplitMix {
    var state: UInt64
    init(seed: UInt64) { state = seed }
    mutating func next(_ bound: Int) -> Int {
        guard bound > 0 else { return 0 }
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return Int((z ^ (z >> 31)) % UInt64(bound))
    }
}
