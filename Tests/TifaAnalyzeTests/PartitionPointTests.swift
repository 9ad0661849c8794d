import Testing
import TifaCore

/// The one binary search: partition points, the range holding a position, and the sentence holding a position.
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

    @Test func theSentenceHoldingAPosition() {
        // Sentences 0..<3 and 4..<6 (position 3 lies between them), the second under section 0.
        let text = Array("甲乙。 丙丁".unicodeScalars)
        let doc = TextDocument(path: "t", original: text, text: text, offsets: OffsetMap(identity: text.count),
                               sentences: [Sentence(range: 0..<3), Sentence(range: 4..<6, sectionPath: [0, 7])],
                               sections: [Section(level: 1, title: "一、总体", range: 0..<0)])
        #expect((0...6).map { doc.sentenceIndex(containing: $0) } == [0, 0, 0, nil, 1, 1, nil])
        #expect(doc.sectionTitles(ofSentence: 1) == ["一、总体"])  // an index past the sections is left out
    }
}
