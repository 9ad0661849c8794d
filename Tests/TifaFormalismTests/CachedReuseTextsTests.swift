import Foundation
import Testing
import TifaFormalism

/// The partner-text cache of the reuse search: same texts as its source, fewer reads, bounded by its budget.
@Suite struct CachedReuseTextsTests {
    /// A source that counts how often each text is read.
    final class CountingSource: ReuseTextSource, @unchecked Sendable {
        let lengths: [Int]
        private let lock = NSLock()
        private(set) var reads: [Int: Int] = [:]
        init(lengths: [Int]) { self.lengths = lengths }
        var count: Int { lengths.count }
        func text(_ i: Int) throws -> ReuseText {
            lock.withLock { reads[i, default: 0] += 1 }
            let n = lengths[i]
            return ReuseText(document: "d\(i)", date: nil, scalars: (0..<n).map { UInt32(0x4E00 + ($0 + i) % 500) },
                             starts: (0..<n).map(Int32.init), ends: (0..<n).map { Int32($0 + 1) }, originalCount: n)
        }
    }

    @Test func givesTheSourcesTextsAndReadsEachOnceWhileTheyFit() throws {
        let source = CountingSource(lengths: [100, 200, 300, 400])
        let cache = CachedReuseTexts(source, budget: 4_000)
        for round in 0..<5 {
            for i in [3, 1, 2, 0, 1, 3] { #expect(try cache.text(i) == source.text(i), "round \(round), text \(i)") }
        }
        // Every text was read once by the cache (plus once per comparison above).
        #expect((0..<4).map { source.reads[$0] } == [6, 11, 6, 11])
    }

    @Test func staysWithinItsBudget() throws {
        let source = CountingSource(lengths: [600, 600, 600, 5_000])
        let cache = CachedReuseTexts(source, budget: 2_000)   // two generations of 1,000 characters
        for _ in 0..<3 { for i in 0..<4 { _ = try cache.text(i) } }
        // A text longer than half the budget is never kept; the others cannot all stay either.
        #expect(source.reads[3] == 3)
        #expect((0..<3).map { source.reads[$0] ?? 0 }.reduce(0, +) > 3)
    }
}
