import Foundation
import Testing
import TifaCore
@testable import TifaExtract

/// A paragraph with no sentence end: records keep the sentence's span and a capped text, so output grows linearly.
struct BoundedOutputTests {
    /// `n` clauses of one unpunctuated paragraph, each with a problem wording.
    func paragraph(_ n: Int) -> String {
        String(repeating: "有些单位存在形式主义问题,", count: n)
    }

    @Test func outputGrowsLinearlyWithAnUnpunctuatedParagraph() throws {
        let small = try Fixture.extract(paragraph(400))
        let large = try Fixture.extract(paragraph(1_600))
        let a = try small.jsonLine().utf8.count, b = try large.jsonLine().utf8.count
        #expect(large.problems.count == 4 * small.problems.count)
        // Copying the whole sentence into every record would make this ratio about 16.
        #expect(Double(b) / Double(a) < 4.5, "\(a) → \(b) bytes")
        #expect(large.problems.allSatisfy { $0.sentence.unicodeScalars.count <= SentenceText.maxLength + 2 })
        #expect(large.problems.contains { $0.sentence.hasPrefix("\u{2026}") && $0.sentence.hasSuffix("\u{2026}") })
        // The stance rules read at most FullSentences.maxLength characters, cut at a clause break.
        for p in large.problems {
            let start = try #require(p.sentenceStart), end = try #require(p.sentenceEnd)
            #expect(end - start <= FullSentences.maxLength && start <= p.start && p.end <= end)
            #expect(p.sentence.contains(p.text))
        }
        #expect(large.problems.last?.sentenceEnd == paragraph(1_600).unicodeScalars.count)
    }

    @Test func shortSentencesAreWholeWithTheirSpan() throws {
        let ex = try Fixture.extract("  开头。有些单位存在形式主义问题。")
        let p = try #require(ex.problems.first)
        #expect(p.sentence == "有些单位存在形式主义问题。" && p.sentenceStart == 5 && p.sentenceEnd == 18)
    }
}
