import ArgumentParser
import Foundation
import Tifa

/// `tifa freq`: the most frequent terms of a corpus as an aligned table.
struct FreqCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "freq",
        abstract: "Print the most frequent terms of a corpus (stopwords and punctuation left out unless --all).",
        discussion: "Counts are the same as terms.csv of tifa analyze on the same input."
    )

    @OptionGroup var corpus: CorpusOptions

    @Option(help: "How many terms to print.")
    var top = 30

    @Flag(help: "Include stopwords and punctuation.")
    var all = false

    func run() throws {
        try reportingErrors {
            let setup = try corpus.setup()
            let progress = corpus.progress(setup)
            let components = setup.components
            let (totals, _) = try QuickLook.run(items: setup.items, skipped: setup.skipped, inputs: corpus.paths, jobs: corpus.workerCount, progress: progress,
                                                makeWorker: { try AnalysisWorker(components: components) }, keep: { _ in () })
            progress.finish("\(totals.documents) documents, \(totals.characters) characters, \(totals.tokens) tokens"
                             + (totals.skipped.isEmpty ? "" : ", \(totals.skipped.count) skipped"))
            let rows = totals.terms.map { ($0.key.string, $0.value) }
                .filter { all || !(setup.stopwords.contains($0.0) || PunctuationTest.isPunctuation($0.0)) }
                .sorted { a, b in
                    a.1.frequency != b.1.frequency ? a.1.frequency > b.1.frequency : a.0.utf8.lexicographicallyPrecedes(b.0.utf8)
                }
                .prefix(max(0, top))
            var table = TextTable(header: ["rank", "term", "kind", "frequency", "per 10k", "documents"], rightAligned: [0, 3, 4, 5])
            for (i, (term, t)) in rows.enumerated() {
                table.add([String(i + 1), term, TermKind.first(in: t.kinds).name, String(t.frequency),
                           NumberText.per10k(t.frequency, totals.characters), String(t.documents)])
            }
            try StandardStreams.output(table.render())
        }
    }
}
