import ArgumentParser
import Foundation
import Tifa

/// `tifa ngrams`: the most frequent n-grams of content tokens.
struct NGramsCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "ngrams",
        abstract: "Print the most frequent n-grams (runs of adjacent content tokens within a sentence).",
        discussion: """
        Tokens come from the segmenter with codebook terms whole; punctuation, stopwords (and numerals with \
        --drop-numbers) break a run, and so does a sentence end. Counts are those of ngrams.csv of tifa analyze \
        for n = 2 and 3.
        """
    )

    @OptionGroup var corpus: CorpusOptions

    @Option(help: "N-gram size: one size (2) or a range (2..5); sizes 2 to 5.")
    var n = "2..3"

    @Option(help: "How many n-grams to print (per size).")
    var top = 30

    @Option(help: "Output format: table, csv or tsv.")
    var format = "table"

    func validate() throws {
        guard Self.sizes(n) != nil else { throw ValidationError("--n must be a size from 2 to 5 or a range like 2..5") }
        if !["table", "csv", "tsv"].contains(format) { throw ValidationError("--format must be table, csv or tsv") }
    }

    /// `2` or `2..5` as a list of sizes, nil when outside 2…5.
    static func sizes(_ text: String) -> [Int]? {
        let parts = text.components(separatedBy: "..")
        guard parts.count <= 2, let lo = Int(parts[0]), let hi = Int(parts.last ?? ""), lo >= 2, hi <= SequenceOptions.maxN, lo <= hi
        else { return nil }
        return Array(lo...hi)
    }

    func run() throws {
        try reportingErrors {
            let sequence = SequenceOptions(ngramSizes: Self.sizes(n) ?? [2], nodes: [])
            let setup = try corpus.setup(sequence: sequence)
            let progress = corpus.progress(setup)
            let components = setup.components
            let (totals, _) = try QuickLook.run(items: setup.items, skipped: setup.skipped, inputs: corpus.paths, jobs: corpus.workerCount, progress: progress,
                                                makeWorker: { try AnalysisWorker(components: components) }, keep: { _ in () })
            progress.finish("\(totals.documents) documents, \(totals.sequences.ngrams.count) distinct n-grams")
            var rows: [[String]] = []
            for size in sequence.ngramSizes {
                let chosen = totals.sequences.ngrams.rows { $0.n == size }
                    .sorted { a, b in
                        a.totals.frequency != b.totals.frequency ? a.totals.frequency > b.totals.frequency
                            : a.text.utf8.lexicographicallyPrecedes(b.text.utf8)
                    }
                    .prefix(max(0, top))
                for (i, (text, g)) in chosen.enumerated() {
                    rows.append([String(size), String(i + 1), text, String(g.frequency),
                                 NumberText.per10k(g.frequency, totals.characters), String(g.documents)])
                }
            }
            let header = ["n", "rank", "ngram", "frequency", "per_10k", "documents"]
            FileHandle.standardOutput.write(Data(TableOutput.render(header: header, rows: rows, format: format,
                                                                    rightAligned: [0, 1, 3, 4, 5]).utf8))
        }
    }
}

/// A result table as an aligned terminal table, CSV or TSV.
enum TableOutput {
    static func render(header: [String], rows: [[String]], format: String, rightAligned: Set<Int>) -> String {
        if format == "table" {
            var table = TextTable(header: header, rightAligned: rightAligned)
            for r in rows { table.add(r) }
            return table.render()
        }
        var w = CSVWriter(separator: format == "tsv" ? "\t" : ",")
        w.row(header)
        for r in rows { w.row(r) }
        return w.text
    }
}
