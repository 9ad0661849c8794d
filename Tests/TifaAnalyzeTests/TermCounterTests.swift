import Testing
@testable import TifaAnalyze

@Suite struct TermCounterTests {
    @Test func countsDistinctTokensInScalarOrder() {
        // Tokens: 发展 | , | 发展 | 𠀀 | ab | " " | 发 | ab
        let text: [UInt32] = Array("发展,发展𠀀ab 发ab".unicodeScalars.map(\.value))
        let tokens = [(0, 2), (2, 3), (3, 5), (5, 6), (6, 8), (8, 9), (9, 10), (10, 12)]
        var counter = TermCounter(expected: 2)
        text.withUnsafeBufferPointer { buffer in
            for (i, (s, e)) in tokens.enumerated() { counter.add(buffer, start: s, end: e, kinds: UInt8(1 << (i % 2))) }
            let terms = counter.sortedTerms(buffer)
            #expect(terms.map(\.term) == [",", "ab", "发", "发展", "𠀀"])
            #expect(terms.map(\.count) == [1, 2, 1, 2, 1])
            #expect(terms.first { $0.term == "发展" }?.kinds == 1)
            #expect(terms.first { $0.term == "ab" }?.kinds == 3)
            // The same order as UTF-8 byte order.
            #expect(terms.map(\.term) == terms.map(\.term).sorted { $0.utf8.lexicographicallyPrecedes($1.utf8) })
        }
    }

    @Test func longTermsSharingTheirFirstScalarsSortByTheRest() {
        // Random terms of 1-6 scalars over three letters (so many share three or more first scalars), one a
        // supplementary character.
        let letters: [UInt32] = [0x4E00, 0x4E8C, 0x2000B]
        var state: UInt64 = 9
        var text: [UInt32] = []
        var tokens: [(Int, Int)] = []
        for _ in 0..<400 {
            state = state &* 6364136223846793005 &+ 1442695040888963407
            let n = Int(state >> 60) % 6 + 1
            let start = text.count
            for k in 0..<n { text.append(letters[Int((state >> (UInt64(k) * 5 + 3)) % 3)]) }
            tokens.append((start, text.count))
        }
        var counter = TermCounter(expected: 16)
        text.withUnsafeBufferPointer { buffer in
            for (s, e) in tokens { counter.add(buffer, start: s, end: e, kinds: 1) }
            let terms = counter.sortedTerms(buffer).map(\.term)
            #expect(terms.count > 100)
            #expect(terms == terms.sorted { $0.utf8.lexicographicallyPrecedes($1.utf8) })
            #expect(Set(terms).count == terms.count)
        }
    }
}
