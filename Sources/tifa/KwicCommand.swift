import ArgumentParser
import Foundation
import Tifa

/// `tifa kwic`: keyword-in-context lines for a term, a pattern or a codebook category.
struct KwicCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "kwic",
        abstract: "Keyword in context: one line per hit with left and right context.",
        discussion: """
        Searches the normalised text of each document. Output columns: document, start, end (Unicode scalar \
        offsets into the original text), left, match, right. With --category, TERM names a codebook category \
        (e.g. problem, formula), a problem category (形式主义) or a criteria set (五个好), and every wording of it \
        is searched.
        """
    )

    @Argument(help: "The term (or pattern with --regex, or category with --category).")
    var term: String

    @OptionGroup var corpus: CorpusOptions

    @Flag(help: "TERM is an ICU regular expression.")
    var regex = false

    @Flag(help: "TERM is a codebook category, problem category or criteria set.")
    var category = false

    @Option(help: "Characters of context on each side.")
    var width = 20

    @Option(help: "Order: position, left (by the words before the hit) or right.")
    var sort = "position"

    @Option(help: "Output format: tsv or csv.")
    var format = "tsv"

    func validate() throws {
        if regex && category { throw ValidationError("--regex and --category exclude each other") }
        if ConcordanceOrder(rawValue: sort) == nil { throw ValidationError("--sort must be position, left or right") }
        if format != "tsv" && format != "csv" { throw ValidationError("--format must be tsv or csv") }
        if width < 0 { throw ValidationError("--width must not be negative") }
    }

    func run() throws {
        try reportingErrors {
            let setup = try corpus.setup()
            let query: ConcordanceQuery
            if regex {
                query = .regex(term)
            } else if category {
                let wordings = CodebookWordings.of(category: term, in: setup.components.extractor.index)
                guard !wordings.isEmpty else {
                    throw TifaError(code: "kwic.unknown-category", file: "--category",
                                    message: "no codebook category, problem or criteria set is named \(term)")
                }
                query = .literals(wordings)
            } else {
                query = .literals([term])
            }
            let concordance = try Concordance(query: query, width: width)
            var documents = try setup.components.reader.documents()
            var lines: [ConcordanceLine] = []
            var searched = 0
            while let doc = documents.next() {
                lines += try concordance.lines(in: doc.document)
                searched += 1
            }
            SkipReport.print(documents.skipped.filter { !setup.skipped.contains($0) }, quiet: corpus.quiet)
            if searched == 0 {
                throw TifaError(code: "input.none", file: corpus.paths.joined(separator: " "),
                                message: "no document could be read (every input was missing or skipped)")
            }
            var w = CSVWriter(separator: format == "csv" ? "," : "\t")
            w.row(["document", "start", "end", "left", "match", "right"])
            for l in Concordance.sorted(lines, by: ConcordanceOrder(rawValue: sort) ?? .position) {
                w.row([l.document, String(l.start), String(l.end), l.left, l.match, l.right])
            }
            try StandardStreams.output(w.text)
            if !corpus.quiet { note("\(lines.count) hits in \(searched) documents (\(documents.skipped.count) skipped)") }
        }
    }
}
