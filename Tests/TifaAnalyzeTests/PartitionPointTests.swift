import Testing
import TifaCore

/// The one binary search: partition points, the range holding a position, and original → normalised offsets.
@Suite struct PartitionPointTests {
    @Test func partitionPointIsTheFirstElementNotBefore() {
        let sorted = [1, 3, 3, 7, 9]
        for p in 0...10 {
            #expect(sorted.partitionPoint { $0 < p } == (sorted.firstIndex { $0 >= p } ?? sorted.count), "\(p)")
        }
        #expect([Int]().partitionPoint { $0 < 1 } == 0)
        #expect(sorted[1...].partitionPoint { $0 < 8 } == 4)
    }

    @Test func theRangeContainingAPosition() {
        let ranges = [0..<3, 5..<9, 9..<10]
        #expect([0, 2, 5, 8, 9].map { ranges.index(containing: $0) } == [0, 0, 1, 1, 2])
        #expect([3, 4, 10, -1].map { ranges.index(containing: $0) } == [nil, nil, nil, nil])
    }

    @Test func normalisedPositionOfAnOriginalOffset() {
        // Normalised positions 0..<4 come from original 0, 1, 4, 5 (2 and 3 were removed); the end maps to 6.
        let map = OffsetMap(table: [0, 1, 4, 5, 6])
        #expect((0...7).map { map.normalised(original: $0) } == [0, 1, 2, 2, 2, 3, 4, 4])
    }
}
