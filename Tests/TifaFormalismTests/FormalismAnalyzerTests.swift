import Foundation
import Testing
import TifaCore
import TifaExtract
import TifaIngest
@testable import TifaFormalism

/// Commitments, admitted-problem flags and densities on a small report of our own.
@Suite struct FormalismAnalyzerTests {
    static let report = """
    某县档案局2024年工作总结

    一、工作成效
    全年接收进馆档案1200卷，完成数字化扫描30万页。现将有关情况报告如下。
    二、存在的问题
    一是理论学习不够深入。二是个别窗口办事拖沓，群众查档要跑3趟；
    三、下一步打算
    （一）进一步加强理论学习。
    由局办公室牵头，6月底前制定《档案查阅服务规范》。
    我们将以更加饱满的热情，扎实推进各项工作，坚决整治办事拖沓问题。
    """

    func analyzed(_ problems: [ProblemMention]) throws -> (TextDocument, DocumentExtraction, DocumentMeasures) {
        let doc = try DocumentBuilder().document(text: Self.report, path: "r.txt")
        var extraction = DocumentExtraction(document: "r.txt", id: "r.txt", codebooks: [], slogans: [], terms: [],
                                            criteria: [], problems: problems)
        let analyzer = try FormalismAnalyzer(rules: try FormalismRules.shipped())
        let measures = analyzer.analyze(doc, extraction: &extraction)
        return (doc, extraction, measures)
    }

    func offset(_ needle: String) -> Int {
        let r = Self.report.range(of: needle)!
        return Self.report.unicodeScalars.distance(from: Self.report.unicodeScalars.startIndex, to: r.lowerBound)
    }

    func problem(_ category: String, _ stance: ProblemStance, at needle: String) -> ProblemMention {
        let start = offset(needle)
        return ProblemMention(category: category, stance: stance, cue: "", cueKind: "none", text: needle,
                              sentence: needle, start: start, end: start + needle.unicodeScalars.count)
    }

    @Test func planSentencesAreCommitmentsWithLabels() throws {
        let (_, extraction, measures) = try analyzed([])
        let commitments = try #require(extraction.commitments)
        #expect(commitments.map(\.text) == ["(一)进一步加强理论学习。", "由局办公室牵头,6月底前制定《档案查阅服务规范》。",
                                            "我们将以更加饱满的热情,扎实推进各项工作,坚决整治办事拖沓问题。"])
        #expect(commitments.map(\.concrete) == [false, true, false])
        #expect(commitments.map(\.deadline) == [false, true, false])
        #expect(commitments[1].cues.contains("unit:由局办公室牵头") && commitments[1].cues.contains("deadline:6月底前"))
        // Serialised offsets are in the original text (full-width punctuation there).
        let doc = try DocumentBuilder().document(text: Self.report, path: "r.txt")
        #expect(extraction.inOriginalOffsets(doc.offsets).commitments?[1].start == offset("由局办公室牵头"))
        #expect(measures.commitments == 3 && measures.concreteCommitments == 1 && measures.commitmentsWithDeadline == 1)
        #expect(DocumentMeasures.columns.count == measures.values.count)
        #expect(measures.values[3] == "0.3333")
    }

    @Test func admittedProblemsAreSpecificWhenAnInstanceIsGiven() throws {
        let (_, extraction, measures) = try analyzed([
            problem("认识不足", .admitted, at: "理论学习不够深入"),
            problem("作风问题", .admitted, at: "办事拖沓，群众"),
            problem("作风问题", .warned, at: "坚决整治办事拖沓"),
        ])
        #expect(extraction.problems.map(\.specific) == [false, true, nil])
        #expect(extraction.problems.map(\.remedied) == [false, true, nil])
        #expect(measures.specificProblems == 1 && measures.remediedProblems == 1)
    }

    @Test func densitiesCountNumbersDatesAndStockPhrases() throws {
        let (doc, _, measures) = try analyzed([])
        #expect(measures.characters == doc.text.count)
        // 进一步, 扎实推进, 以更加饱满的 (and 新的起点 absent).
        #expect(measures.stockPhrases == 3)
        // 1200卷, 30万页, 3趟 (6月 is a date part, not a quantity).
        #expect(measures.numbersWithUnits == 3)
        #expect(measures.dates == 2)   // 2024年, 6月底
    }

    @Test func brokenCueFilesNameFileAndLine() throws {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("tifa-cues-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: dir) }
        let cues = dir.appendingPathComponent("cues.tsv").path
        let stock = dir.appendingPathComponent("stock.txt").path
        try "# format: tifa-formalism-cues\n# version: 1\nplan-heading\t下一步\nnonsense\tx\npromise\t(将\n"
            .write(toFile: cues, atomically: true, encoding: .utf8)
        try "# format: tifa-stock-phrases\n# version: 1\n进一步\n进一步\n".write(toFile: stock, atomically: true, encoding: .utf8)
        #expect {
            _ = try FormalismRules.load(cues: cues, stockPhrases: stock)
        } throws: { error in
            let d = (error as? TifaError)?.diagnostics ?? []
            return d.contains { $0.line == 4 && $0.code == "dictionary.bad-line" }
                && d.contains { $0.line == 5 && $0.code == "dictionary.bad-line" && $0.message.contains("does not compile") }
                && d.contains { $0.file == stock && $0.line == 4 && $0.code == "dictionary.duplicate" }
        }
    }
}
