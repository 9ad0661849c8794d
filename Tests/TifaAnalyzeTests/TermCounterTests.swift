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
}
