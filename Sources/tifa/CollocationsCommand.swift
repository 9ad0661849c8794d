import ArgumentParser
import Foundation
import Tifa

/// `tifa collocations`: the words that co-occur with a term more often than chance.
struct CollocationsCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "collocations",
        abstract: "Collocates of a term: windowed co-occurrence with G², PMI, t-score and Dice.",
        discussion: """
        TERM is kept whole by the segmenter. Co-occurrences are counted within --window content tokens on each \
        side, inside the sentence; punctuation and stopwords (and numerals with --drop-numbers) are not counted. \
        Only attracted pairs (observed above expected) with at least --min-count co-occurrences are listed. \
        Formulas: docs/ANALYZE.md (collocations.csv).
        """
    )

    @Argument(help: "The node term.")
    var term: String

    @OptionGroup var corpus: CorpusOptions

    @Option(help: "Content tokens on each side of the term.")
    var window = 5

    @Option(help: "Smallest number of co-occurrences.")
    var minCount = 3

    @Option(help: "Order: g2, pmi, t (t-score) or dice.")
    var sort = "g2"

    @Option(help: "How many collocates to print.")
    var top = 30

    @Option(help: "Output format: table, csv or tsv.")
    var format = "table"

    func validate() throws {
        if window < 1 { throw ValidationError("--window must be at least 1") }
        if !["g2", "pmi", "t", "dice"].contains(sort) { throw ValidationError("--sort must be g2, pmi, t or dice") }
        if !["table", "csv", "tsv"].contains(format) { throw ValidationError("--format must be table, csv or tsv") }
        if term.unicodeScalars.contains(where: { $0.properties.isWhitespace }) || term.isEmpty {
            throw ValidationError("TERM must be one word without spaces")
        }
    }

    func run() throws {
        try reportingErrors {
            let sequence = SequenceOptions(ngramSizes: [], window: window, nodes: [term])
            let setup = try corpus.setup(sequence: sequence, forcedTerms: [term])
            let progress = corpus.progress(setup)
            let components = setup.components
            let (totals, _) = try QuickLook.run(items: setup.items, skipped: setup.skipped, inputs: corpus.paths, jobs: corpus.workerCount, progress: progress,
                                                makeWorker: { try AnalysisWorker(components: components) }, keep: { _ in () })
            let frequency = totals.terms[TermKey(term)]?.frequency ?? 0
            progress.finish("\(totals.documents) documents; \(term): \(frequency) occurrences")
            var rows = SequenceReport.rows(totals, minCount: minCount)
            let key: (Association) -> Double = switch sort {
            case "pmi": { $0.pmi }
            case "t": { $0.tScore }
            case "dice": { $0.dice }
            default: { $0.g2 }
            }
            if sort != "g2" {
                rows = rows.map { ($0, $1, key($1)) }
                    .sorted { $0.2 != $1.2 ? $0.2 > $1.2 : $0.0.collocate.utf8.lexicographicallyPrecedes($1.0.collocate.utf8) }
                    .map { ($0.0, $0.1) }
            }
            let printed = rows.prefix(max(0, top)).map { SequenceReport.fields($0.key, $0.measures) }
            FileHandle.standardOutput.write(Data(TableOutput.render(header: SequenceReport.collocationHeader, rows: printed,
                                                                    format: format, rightAligned: Set(2..<11)).utf8))
        }
    }
}
