import ArgumentParser
import Foundation
import Tifa

/// `tifa reuse`: passages shared by two documents, verbatim or with small edits.
struct ReuseCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "reuse",
        abstract: "Find passages shared by two documents (copied, template or quoted from a reference).",
        discussion: """
        Compares the normalised texts without punctuation and whitespace: winnowing fingerprints of character \
        shingles find candidate pairs, and each is extended by an alignment that crosses a few changed, inserted \
        or dropped characters. One record per passage and pair: a, b, a_start, a_end, b_start, b_end (Unicode \
        scalar offsets into each original text), chars, similarity (0\u{2013}1), kind (copy | template | reference) and \
        earlier (the document dated first). See docs/FORMALISM.md.
        """
    )

    @OptionGroup var corpus: CorpusOptions

    @Option(name: .customLong("reference"), help: "A reference text or folder (central documents the reports may quote); repeatable.")
    var references: [String] = []

    @Option(help: "Shortest passage reported, in characters.")
    var minChars = 30

    @Option(help: "Output format: jsonl, csv or tsv.")
    var format = "jsonl"

    @Flag(help: "Also list passages found in a reference text (kind reference).")
    var showReference = false

    @Option(help: "A passage held by more than this share of the documents is a template (0\u{2013}1).")
    var templateShare = 0.2

    @Option(help: "Fingerprints held by more documents than this seed no pairs.")
    var maxDocumentFrequency = 64

    func validate() throws {
        if !["jsonl", "csv", "tsv"].contains(format) { throw ValidationError("--format must be jsonl, csv or tsv") }
        if minChars < 8 { throw ValidationError("--min-chars must be at least 8") }
        if !(0...1).contains(templateShare) { throw ValidationError("--template-share must be between 0 and 1") }
        if maxDocumentFrequency < 2 { throw ValidationError("--max-document-frequency must be at least 2") }
    }

    func run() throws {
        try reportingErrors {
            let folder = try DictionariesFolder.locate(explicit: corpus.dictionaries.map { URL(fileURLWithPath: $0) })
            var options = corpus.reading.readerOptions
            options.rules = try NormalizationRules(folder: folder.appendingPathComponent("normalize").path)
            let reader = try CorpusReader(inputs: corpus.paths, options: options)
            let read = try ReuseCorpus.read(reader)
            SkipReport.print(read.skipped, quiet: corpus.quiet)
            var referenceTexts: [ReuseText] = []
            if !references.isEmpty {
                let refs = try ReuseCorpus.read(try CorpusReader(inputs: references, options: options))
                SkipReport.print(refs.skipped, quiet: corpus.quiet)
                referenceTexts = refs.texts
            }
            guard !read.texts.isEmpty else {
                throw TifaError(code: "reuse.no-documents", file: corpus.paths.joined(separator: " "),
                                message: "no document could be read (every input was missing or skipped)")
            }
            var settings = ReuseOptions()
            settings.minChars = minChars
            settings.templateShare = templateShare
            settings.showReference = showReference
            settings.maxDocumentFrequency = maxDocumentFrequency
            settings.jobs = corpus.workerCount
            let result = ReuseFinder(options: settings).find(corpus: read.texts, references: referenceTexts)
            var out = ""
            if format == "jsonl" {
                let encoder = JSONEncoder()
                encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
                for p in result.passages { out += String(decoding: try encoder.encode(p), as: UTF8.self) + "\n" }
            } else {
                var w = CSVWriter(separator: format == "csv" ? "," : "\t")
                w.row(ReusePassage.columns)
                for p in result.passages { w.row(p.fields) }
                out = w.text
            }
            try StandardStreams.output(out)
            if !corpus.quiet {
                note("\(result.passages.count) passages among \(read.texts.count) documents (\(read.skipped.count) skipped)")
            }
            if let code = SkipReport.exitCode(read.skipped) { throw ExitCode(code) }
        }
    }
}
