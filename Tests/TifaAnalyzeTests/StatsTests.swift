import Foundation
import Testing
import TifaCore
@testable import TifaAnalyze

@Suite struct StatsTests {
    @Test func logLikelihoodMatchesTheTwoCellFormula() {
        let k = Keyness(target: 10, reference: 20, targetTotal: 1000, referenceTotal: 5000)
        #expect(abs(k.g2 - 4.937201558630518) < 1e-9)
        #expect(abs(k.logRatio - 1.3219280948873624) < 1e-9)
        #expect(k.isOverRepresented)
        let same = Keyness(target: 10, reference: 50, targetTotal: 1000, referenceTotal: 5000)
        #expect(abs(same.g2) < 1e-12)
        let absent = Keyness(target: 0, reference: 40, targetTotal: 1000, referenceTotal: 5000)
        #expect(!absent.isOverRepresented)
        #expect(absent.g2 > Keyness.criticalValue005)
        #expect(abs(absent.logRatio - log2((0.5 / 1000) / (40.0 / 5000))) < 1e-12)
    }

    @Test func juillandDIsOneWhenEvenAndZeroWhenConcentrated() {
        var even = JuillandD()
        for _ in 0..<4 { even.add(count: 5, size: 100) }
        #expect(abs(even.value(parts: 4)! - 1) < 1e-12)
        var one = JuillandD()
        one.add(count: 5, size: 100)
        #expect(abs(one.value(parts: 4)! - 0) < 1e-12)
        var some = JuillandD()
        some.add(count: 1, size: 100)
        some.add(count: 3, size: 100)
        // p = 0.01, 0.03: mean 0.02, sd 0.01, V = 0.5, D = 1 - 0.5 / 1
        #expect(abs(some.value(parts: 2)! - 0.5) < 1e-12)
        #expect(JuillandD().value(parts: 3) == nil)
        #expect(even.value(parts: 1) == nil)
    }

    @Test func tfidfIsZeroForTermsInEveryDocument() {
        #expect(TFIDF.weight(frequency: 9, documents: 3, total: 3) == 0)
        #expect(abs(TFIDF.weight(frequency: 2, documents: 1, total: 4) - 2 * log(4.0)) < 1e-12)
    }

    @Test func punctuationIsRecognised() {
        #expect(PunctuationTest.isPunctuation("，"))
        #expect(PunctuationTest.isPunctuation("……"))
        #expect(PunctuationTest.isPunctuation("%"))
        #expect(!PunctuationTest.isPunctuation("五个好"))
        #expect(!PunctuationTest.isPunctuation("2010年"))
        #expect(!PunctuationTest.isPunctuation(""))
    }

    @Test func shippedStopwordListLoads() throws {
        let list = try StopwordList.load(path: packageRoot.appendingPathComponent("Dictionaries/stopwords/zh.txt").path)
        #expect(list.contains("的"))
        #expect(!list.contains("形式主义"))
        #expect(list.stamp.name == "zh-function-words")
        #expect(list.stamp.sha256.count == 64)
    }

    @Test func brokenStopwordListsNameFileAndLine() throws {
        let dir = temporaryFolder()
        defer { try? FileManager.default.removeItem(at: dir) }
        let path = dir.appendingPathComponent("bad.txt").path
        try "# name: x\n# version: 1\n的\n了\n的\ntwo words\n".write(toFile: path, atomically: true, encoding: .utf8)
        do {
            _ = try StopwordList.load(path: path)
            Issue.record("a broken list loaded")
        } catch let error as TifaError {
            #expect(error.diagnostics.map(\.line) == [5, 6])
            #expect(error.diagnostics.allSatisfy { $0.file == path })
        }
        try "的\n".write(toFile: path, atomically: true, encoding: .utf8)
        #expect(throws: TifaError.self) { try StopwordList.load(path: path) }
    }
}
