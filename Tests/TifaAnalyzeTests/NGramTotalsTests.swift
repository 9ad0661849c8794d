import Foundation
import Testing
@testable import TifaAnalyze

/// The interning table and the id-keyed n-gram totals: one entry per n-gram text, whatever terms made it, and the
/// same totals added in one table, merged from several, or read back from JSON.
@Suite struct NGramTotalsTests {
    /// An n-gram of a document over its distinct terms.
    func gram(_ indices: [Int32], count: Int) -> NGramCount {
        NGramCount(key: NGramKey(indices[...]), n: indices.count, count: count)
    }

    func byText(_ t: NGramTotals) -> [String: [Int]] {
        t.byText.mapValues { [$0.n, $0.frequency, $0.documents] }
    }

    @Test func internedIDsAreDenseInFirstSeenOrderAndCompareBytes() {
        var table = InternedStrings()
        #expect(table.id("经济") == 0)
        #expect(table.id("发展") == 1)
        #expect(table.id("经济") == 0)
        // Canonically equivalent but different bytes: two strings (terms are compared as bytes, like TermKey).
        let composed = "caf\u{E9}", decomposed = "cafe\u{301}"
        let a = table.id(composed), b = table.id(decomposed)
        #expect(a == 2 && b == 3)
        #expect(table.count == 4)
        #expect(table[1] == "发展")
        #expect(Array(table[3].utf8) == Array(decomposed.utf8))
        #expect(table.strings == ["经济", "发展", composed, decomposed])
    }

    @Test func documentsAddUpByText() {
        var t = NGramTotals()
        t.add([gram([0, 1], count: 2), gram([0, 1, 2], count: 1)], terms: ["经济", "发展", "很快"])
        // Another document with other term indices for the same text.
        t.add([gram([1, 0], count: 3), gram([0, 1], count: 1)], terms: ["发展", "经济"])
        #expect(byText(t) == ["经济 发展": [2, 5, 2], "经济 发展 很快": [3, 1, 1], "发展 经济": [2, 1, 1]])
        #expect(t.count == 3)
        let frequent = t.rows { $0.frequency >= 2 }.map(\.text)
        #expect(frequent == ["经济 发展"])
    }

    @Test func termsWithSpacesMeetTheSameTextFromOtherTerms() {
        var t = NGramTotals()
        // "a b"+"c", "a"+"b c" and "a"+"b"+"c" all read "a b c": one entry (n of the first added).
        t.add([gram([0, 1], count: 1), gram([2, 3], count: 2)], terms: ["a b", "c", "a", "b c"])
        t.add([gram([0, 1, 2], count: 4)], terms: ["a", "b", "c"])
        #expect(byText(t) == ["a b c": [2, 7, 3]])
        // More than five pieces: kept by text.
        t.add([gram([0, 1], count: 1)], terms: ["p q r", "s t u"])
        t.add([gram([0, 1, 2], count: 1)], terms: ["p q", "r s", "t u"])
        #expect(byText(t)["p q r s t u"] == [2, 2, 2])
        #expect(t.count == 2)
    }

    @Test func mergeAndJSONGiveTheTotalsOfOneTable() throws {
        let docs: [([NGramCount], [String])] = [
            ([gram([0, 1], count: 2), gram([1, 2], count: 1)], ["改革", "开放", "以来"]),
            ([gram([0, 1], count: 1), gram([2, 0], count: 5)], ["改革", "开放", "深化"]),
            ([gram([0, 1], count: 1), gram([0, 1, 2], count: 1)], ["x y z w", "v u", "t"]),
            ([gram([1, 0], count: 3)], ["开放", "深化"]),
        ]
        var one = NGramTotals()
        for (g, terms) in docs { one.add(g, terms: terms) }
        var left = NGramTotals(), right = NGramTotals()
        for (g, terms) in docs.prefix(1) { left.add(g, terms: terms) }
        for (g, terms) in docs.dropFirst() { right.add(g, terms: terms) }
        var merged = NGramTotals()
        merged.merge(right)
        merged.merge(left)
        #expect(byText(merged) == byText(one))
        #expect(merged == one)
        #expect(byText(one)["深化 开放"] == [2, 3, 1])
        #expect(byText(one)["改革 开放"] == [2, 3, 2])

        var s = SequenceTotals()
        s.ngrams = one
        let data = try JSONEncoder().encode(s)
        let back = try JSONDecoder().decode(SequenceTotals.self, from: data)
        #expect(back == s)
        #expect(byText(back.ngrams) == byText(one))
    }

    @Test func tableNumbersKeysInOrderAddedThroughGrowth() {
        var table = NGramTable()
        var reference: [NGramKey: Int] = [:]
        var state: UInt64 = 42
        for _ in 0..<5000 {
            state = state &* 6364136223846793005 &+ 1442695040888963407
            // Few distinct ids, so keys repeat; up to five of them.
            let n = Int(state >> 61) % 5 + 1
            let ids = (0..<n).map { Int32((state >> (10 * UInt64($0) + 3)) & 31) }
            let key = NGramKey(ids[...])
            let (entry, added) = table.entry(key)
            if let known = reference[key] {
                #expect(!added && entry == known)
            } else {
                #expect(added && entry == reference.count)
                reference[key] = entry
            }
        }
        #expect(table.count == reference.count)
        #expect(reference.count > 1000)
        for (key, entry) in reference { #expect(table.keys[entry] == key) }
    }

    @Test func termKeysCompareAndHashBytes() {
        let long = String(repeating: "形式主义", count: 10)
        let cut = String(long.dropFirst(4))
        #expect(TermKey(cut) == TermKey(String(repeating: "形式主义", count: 9)))
        #expect(TermKey(cut).hashValue == TermKey(String(repeating: "形式主义", count: 9)).hashValue)
        #expect(TermKey("caf\u{E9}") != TermKey("cafe\u{301}"))
        #expect(TermKey("形式") != TermKey("形式主义"))
        #expect(TermKey("形式") != TermKey("形势"))
        let keys: Set<TermKey> = [TermKey("a"), TermKey("形式"), TermKey(String("x形式".dropFirst())), TermKey("")]
        #expect(keys.count == 3)
    }
}
