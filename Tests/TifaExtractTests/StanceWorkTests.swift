import Foundation
import Testing
import TifaCore
@testable import TifaExtract

/// The stance decisions read an amount of text that grows linearly with the document, however long its lines and
/// sentences (counted in steps: scalars and cue hits looked at, not timed).
struct StanceWorkTests {
    /// The problems of a text and the steps their stance decisions took.
    func decide(_ text: String) throws -> (problems: [FoundProblem], steps: Int) {
        let document = try Fixture.document(text)
        let index = Fixture.extractor.index
        let matches = index.match(document.text)
        let sentences = FullSentences.of(document, landmarks: matches.landmarks.sentences)
        let work = ProblemStanceResolver.Work()
        let problems = ProblemFinder(index: index, document: document, matches: matches, sentences: sentences).find(work: work)
        return (problems, work.steps)
    }

    /// The text at two sizes, four times apart: four times the problems for at most about four times the steps.
    func expectLinear(_ make: (Int) -> String, _ n: Int) throws {
        let small = try decide(make(n)), large = try decide(make(4 * n))
        #expect(small.problems.count > 10)
        #expect(large.problems.count >= 4 * small.problems.count - 4)
        #expect(Double(large.steps) / Double(small.steps) < 4.5, "\(small.steps) → \(large.steps) steps")
    }

    @Test func anUnpunctuatedLineIsDecidedInLinearWork() throws {
        // 25,000 and 100,000 characters with no sentence end, clause break or line break (before, each decision
        // walked back to the line's start: 4 times the text took about 16 times the work).
        let clause = "有些单位存在形式主义问题要坚决防止官僚主义现象"
        try expectLinear({ n in String(repeating: clause, count: n / clause.count) }, 25_000)
    }

    @Test func aLongLineOfClausesIsDecidedInLinearWork() throws {
        let clause = "有些单位存在形式主义问题,要坚决防止官僚主义现象,"
        try expectLinear({ n in String(repeating: clause, count: n / clause.count) }, 25_000)
    }

    @Test func aLongListUnderOneLeadInIsDecidedInLinearWork() throws {
        // Every item is governed by the lead-in above the list, however far up it is.
        let list = { (n: Int) in "要坚决防止以下问题:\n" + (1...n).map { "\($0).形式主义\n" }.joined() }
        try expectLinear(list, 500)
        let decided = try decide(list(2_000))
        #expect(decided.problems.count == 2_000)
        #expect(decided.problems.allSatisfy { $0.decision.cueKind == "lead-in" && $0.decision.stance == .warned })
    }
}
