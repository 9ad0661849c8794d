import ArgumentParser
import Foundation
import Tifa

/// Options shared by the commands that read a corpus (`analyze`, `kwic`, `freq`, `coverage`).
struct CorpusOptions: ParsableArguments {
    @Argument(help: "Files or folders (searched recursively for .txt .md .html .htm .docx .jsonl .pdf).")
    var paths: [String] = []

    @Option(name: .customLong("dict"), help: "An extra codebook file or folder (YAML); repeatable.")
    var codebooks: [String] = []

    @Option(name: .customLong("lexicon"), help: "An extra segmenter lexicon; repeatable.")
    var lexicons: [String] = []

    @Option(help: "The Dictionaries folder (default: $TIFA_DICTIONARIES, else found next to the executable: in its folder or above, or ../share/tifa/Dictionaries).")
    var dictionaries: String?

    @OptionGroup var reading: InputOptions

    @Option(help: "Worker threads (default: all cores).")
    var jobs: Int?

    @Flag(help: "No progress report on standard error.")
    var quiet = false

    @OptionGroup var words: WordListOptions

    func validate() throws {
        if paths.isEmpty { throw ValidationError("give at least one file or folder") }
        if let jobs, jobs < 1 { throw ValidationError("--jobs must be at least 1") }
    }

    var workerCount: Int { jobs ?? ProcessInfo.processInfo.activeProcessorCount }

    /// Loads dictionaries, codebooks and lexicons and lists the inputs; reports inputs refused up front.
    func setup(_ options: ReportOptions = ReportOptions(), sequence: SequenceOptions? = nil,
               forcedTerms: [String] = []) throws -> AnalysisSetup {
        var options = options
        options.dropNumbers = words.dropNumbers
        let setup = try AnalysisSetup.make(inputs: paths, reader: reading.readerOptions, dictionaries: dictionaries.map { URL(fileURLWithPath: $0) },
                                           codebooks: codebooks, lexicons: lexicons, options: options,
                                           stopwordFiles: words.stopwords, defaultStopwords: !words.noDefaultStopwords,
                                           sequence: sequence, forcedTerms: forcedTerms)
        let refused = setup.skipped.filter(isFatal)
        if !refused.isEmpty { throw TifaError(refused) }
        SkipReport.print(setup.skipped, quiet: quiet)
        if !quiet { for d in setup.warnings { CLIReport.error(d.description) } }
        return setup
    }

    /// Wrong input is an error, not a quiet default: a path given on the command line that is missing or
    /// unreadable, and a manifest that cannot be read or parsed, stop the command before any work.
    private func isFatal(_ d: Diagnostic) -> Bool {
        switch DiagnosticCode(rawValue: d.code) {
        case .manifestUnreadable, .manifestMalformed: d.file == reading.manifest
        default: d.category == .noInput && paths.contains(d.file)
        }
    }

    /// Everything the run reads (corpus paths, manifest, codebooks, lexicons, dictionaries): an output folder may
    /// not be or hold any of them.
    var inputURLs: [URL] {
        (paths + [reading.manifest, dictionaries].compactMap { $0 } + codebooks + lexicons).map { URL(fileURLWithPath: $0) }
    }

    /// A progress reporter for the setup's inputs; with --quiet it reports skipped inputs only.
    func progress(_ setup: AnalysisSetup) -> ProgressReporter {
        ProgressReporter(items: setup.items.count, bytes: setup.items.reduce(0) { $0 + $1.byteCount }, showProgress: !quiet)
    }
}

/// Writes an informational line to standard error.
func note(_ message: String) {
    StandardStreams.error(message + "\n")
}

/// Runs a command body, turning Tifa errors into messages on standard error and an exit code.
func reportingErrors<T>(_ body: () throws -> T) throws -> T {
    do {
        return try body()
    } catch let error as TifaError {
        CLIReport.error(error)
        throw ExitCode(TifaExitCode.code(for: error))
    } catch let error as ExitCode {
        throw error
    } catch {
        CLIReport.error("\(error)")
        throw ExitCode(TifaExitCode.software)
    }
}

/// `tifa analyze`: the whole pipeline over a corpus, into a report folder.
struct AnalyzeCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "analyze",
        abstract: "Analyse a corpus: statistics, slogans, criteria, problems, group comparisons, dashboard.",
        discussion: """
        Reads, normalises, segments and extracts every document on all cores, then writes the report folder \
        (--out): summary.json, documents.csv, terms.csv, slogans.csv, criteria.csv, problems.csv, \
        extractions.jsonl, texts.jsonl, periods.csv, trends.csv, dtm/, groups/<column>/ and dashboard.html \
        (with --parquet also parquet/, written by the duckdb command line). \
        The files are described in docs/ANALYZE.md. The folder appears only when complete; an existing one \
        is refused unless --force, which replaces only a folder tifa wrote (it holds .tifa-output) or an empty one. \
        --out may not be an input, hold an input, or be the current folder. Unreadable inputs are skipped and \
        listed in summary.json. Exit codes are listed in docs/ANALYZE.md.
        With --partial, writes a mergeable state instead; combine states with `tifa merge`.
        """
    )

    @OptionGroup var corpus: CorpusOptions

    @Option(help: "The output folder.")
    var out: String

    @Flag(help: "Replace the output folder if tifa wrote it (or it is empty).")
    var force = false

    @Flag(help: "Write a mergeable partial state (for tifa merge) instead of the report.")
    var partial = false

    @Option(name: .customLong("group-by"), help: "Compare groups by this metadata column (region, unit, year \u{2026}); repeatable.")
    var groupBy: [String] = []

    @Option(help: "Trend period: year or month.")
    var period = "year"

    @Option(help: "Keywords per group and direction in keyness.csv.")
    var keynessTop = 200

    @Option(help: "Most frequent content terms followed in trends.csv (codebook terms are always followed).")
    var trendTerms = 200

    @Flag(help: "Leave out texts.jsonl (the normalised texts; about the size of the corpus) and reuse-texts.jsonl.")
    var noTexts = false

    @Flag(help: "Do not write dashboard.html.")
    var noDashboard = false

    @Flag(help: "Write tokens/tokens.txt (one document per line, space-separated tokens, codebook terms whole) and tokens/documents.txt.")
    var tokens = false

    @Option(name: .customLong("tokens-keep"), help: "Keep stopwords or punctuation in tokens.txt (repeatable: stopwords, punctuation).")
    var tokensKeep: [String] = []

    @Option(help: "Collocation window: content tokens on each side of a codebook term, within its sentence.")
    var window = 5

    @Option(help: "Smallest frequency of an n-gram in ngrams.csv.")
    var ngramMinFrequency = 2

    @Option(help: "Smallest co-occurrence count of a pair in collocations.csv.")
    var collocationMinCount = 3

    @OptionGroup var spreadsheets: SpreadsheetOptions

    @OptionGroup var parquet: ParquetOption

    func validate() throws {
        try OutputFolderOption.validate(out)
        if partial && parquet.parquet { throw ValidationError("--parquet writes the report's tables: give it to tifa merge, not to --partial") }
        if partial && (spreadsheets.excel || spreadsheets.xlsx) {
            throw ValidationError("--excel and --xlsx write the report's tables: give them to tifa merge, not to --partial")
        }
        if period != "year" && period != "month" { throw ValidationError("--period must be year or month") }
        if keynessTop < 0 || trendTerms < 0 { throw ValidationError("--keyness-top and --trend-terms must not be negative") }
        if window < 1 { throw ValidationError("--window must be at least 1") }
        if let bad = tokensKeep.first(where: { $0 != "stopwords" && $0 != "punctuation" }) {
            throw ValidationError("--tokens-keep takes stopwords or punctuation, not '\(bad)'")
        }
    }

    func run() throws {
        var options = ReportOptions(groupBy: groupBy, period: period, keynessTop: keynessTop, trendTerms: trendTerms,
                                    texts: !noTexts)
        options.tokens = tokens
        options.tokensKeep = Array(Set(tokensKeep)).sorted()
        options.collocationWindow = window
        options.ngramMinFrequency = ngramMinFrequency
        options.collocationMinCount = collocationMinCount
        try reportingErrors {
            try parquet.checkTool()
            try OutputPlace.checkFolder(URL(fileURLWithPath: out), inputs: corpus.inputURLs, force: force)
            let setup = try corpus.setup(options)
            let progress = corpus.progress(setup)
            let components = setup.components
            let dashboard = noDashboard || partial ? nil : DashboardInput()
            let result = try Analysis.run(
                items: setup.items, skipped: setup.skipped, info: setup.info, stopwords: setup.stopwords,
                output: OutputOptions(folder: URL(fileURLWithPath: out), force: force, partial: partial, inputs: corpus.inputURLs),
                jobs: corpus.workerCount, progress: progress,
                makeWorker: { try AnalysisWorker(components: components) }, dashboard: dashboard,
                finish: { folder in
                    if let dashboard { try DashboardStep.write(dashboard, into: folder, index: components.extractor.index) }
                    try spreadsheets.write(into: folder)
                    try parquet.write(into: folder)
                })
            progress.finish(Self.closing(result, out: out, partial: partial))
        }
    }

    static func closing(_ r: AnalysisResult, out: String, partial: Bool) -> String {
        let mb = Double(r.bytes) / 1_000_000
        var s = "\(partial ? "partial state" : "report") written to \(out): \(r.documents) documents"
        if r.bytes > 0 { s += String(format: ", %.1f MB in %.1f s (%.1f MB/s)", mb, r.seconds, mb / max(r.seconds, 0.001)) }
        if !r.skipped.isEmpty { s += ", \(r.skipped.count) skipped (listed in summary.json)" }
        return s
    }
}

/// The `--out` folder option's own check: an empty name is a usage error (it would mean the current folder).
enum OutputFolderOption {
    static func validate(_ out: String) throws {
        if out.isEmpty { throw ValidationError("--out must name a folder (an empty name would be the current folder)") }
    }
}

/// Writes the dashboard of a report (its `DashboardInput`, filled by the run or read from the folder) into the
/// report folder, with the run's codebook wordings.
enum DashboardStep {
    static func write(_ input: DashboardInput, into folder: URL, index: CodebookIndex) throws {
        try Dashboard.write(input, into: folder, codebook: codebook(index))
    }

    /// Loads the codebooks (shipped ones plus `--dict` paths) for a page built outside an analysis run.
    static func write(_ input: DashboardInput, into folder: URL, dictionaries: String?, codebooks: [String]) throws {
        let shipped = try DictionariesFolder.locate(explicit: dictionaries.map { URL(fileURLWithPath: $0) })
        let extractor = try Extractor.standard(userPaths: codebooks, dictionaries: shipped)
        try write(input, into: folder, index: extractor.index)
    }

    /// Every category `tifa kwic --category` knows, with its wordings.
    static func codebook(_ index: CodebookIndex) -> DashboardCodebook {
        DashboardCodebook(categories: CodebookWordings.categories(in: index).map {
            DashboardCodebook.Category(name: $0, wordings: CodebookWordings.of(category: $0, in: index))
        })
    }
}
