import Foundation
import Testing
import TifaCore
@testable import TifaAnalyze

/// The tokens file and the n-gram and collocation tables, read back by the libraries their users would use:
/// the scikit-learn example of docs/ANALYZE.md as written, and pandas. Each test returns early when the
/// library is not installed.
@Suite struct ModelInputTests {
    func report(tokens: Bool) throws -> (dir: URL, out: URL) {
        let dir = temporaryFolder()
        let out = dir.appendingPathComponent("report")
        var options = ReportOptions()
        options.tokens = tokens
        options.ngramMinFrequency = 1
        let setup = try AnalysisSetup.make(inputs: [packageRoot.appendingPathComponent("Corpus/gov-work-reports").path],
                                           options: options)
        let components = setup.components
        try Analysis.run(items: setup.items, skipped: setup.skipped, info: setup.info, stopwords: setup.stopwords,
                         output: OutputOptions(folder: out), jobs: 2, progress: nil,
                         makeWorker: { try AnalysisWorker(components: components) })
        return (dir, out)
    }

    /// The first ```python block of docs/ANALYZE.md that uses CountVectorizer.
    static func documentedExample() throws -> String {
        let doc = try String(contentsOf: packageRoot.appendingPathComponent("docs/ANALYZE.md"), encoding: .utf8)
        let blocks = doc.components(separatedBy: "```python\n").dropFirst().map { $0.components(separatedBy: "```")[0] }
        return try #require(blocks.first { $0.contains("CountVectorizer") })
    }

    @Test func scikitLearnReadsTheTokensAsDocumented() throws {
        guard pythonHas("sklearn") else { return }
        let (dir, out) = try report(tokens: true)
        defer { try? FileManager.default.removeItem(at: dir) }
        let example = try Self.documentedExample().replacingOccurrences(of: "\"report/", with: "\"\(out.path)/")
        let check = example + """
        import csv
        terms = {r["term"]: int(r["frequency"]) for r in csv.DictReader(open("\(out.path)/terms.csv", encoding="utf-8"))}
        column = list(vocabulary).index("形式主义")
        print(X.shape[0], len(ids), int(X[:, column].sum()), terms["形式主义"], "。" in set(vocabulary), "的" in set(vocabulary))
        """
        let docs = parseCSV(readText(out, "documents.csv")).count - 1
        // Every document is a row; 形式主义 is one whole token counted as in terms.csv; no punctuation or stopword.
        let printed = try #require(python(["-c", check]))
        let fields = printed.split(separator: " ").map { $0.trimmingCharacters(in: .whitespacesAndNewlines) }
        #expect(fields.count == 6)
        #expect(fields[0] == String(docs) && fields[1] == String(docs))
        #expect(fields[2] == fields[3] && fields[2] != "0")
        #expect(fields[4] == "False" && fields[5] == "False")
    }

    @Test func pandasReadsNGramsAndCollocations() throws {
        guard pythonHas("pandas") else { return }
        let (dir, out) = try report(tokens: false)
        defer { try? FileManager.default.removeItem(at: dir) }
        let script = """
        import pandas as pd, sys
        g = pd.read_csv(sys.argv[1] + "/ngrams.csv")
        c = pd.read_csv(sys.argv[1] + "/collocations.csv")
        assert list(g.columns) == ["n", "ngram", "frequency", "per_10k", "documents"]
        assert g["n"].isin([2, 3]).all() and (g["frequency"] >= g["documents"]).all()
        assert (c["cooccurrences"] > c["expected"]).all() and (c["g2"] >= 0).all()
        print(len(g), g["ngram"].str.count(" ").max(), c["node"].nunique() > 0)
        """
        let printed = try #require(python(["-c", script, out.path]))
        let rows = parseCSV(readText(out, "ngrams.csv")).count - 1
        #expect(printed == "\(rows) 2 True\n")
    }
}
