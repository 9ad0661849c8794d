import ArgumentParser
import Foundation
import Tifa

/// `tifa extract`: slogans, criteria coverage and problems with stance, one JSON Lines record per document.
struct ExtractCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "extract",
        abstract: "Extract slogans, criteria coverage and problems with stance (JSON Lines).",
        discussion: """
        Reads each PATH (a file, or a folder read recursively) like every other command (text in any encoding, \
        HTML, .docx, .doc, JSON Lines, PDF), normalises it like `tifa normalize`, and writes \
        one JSON object per document. Offsets are Unicode scalar offsets into the original text. The shipped \
        codebooks (Dictionaries/codebooks) are always used unless --no-builtin; add your own with --dict. \
        See docs/EXTRACTION.md for the record schema.
        """
    )

    @Argument(help: "Files or folders to read.")
    var paths: [String]

    @OptionGroup var reading: InputOptions

    @Option(name: .customLong("dict"), help: "A codebook YAML file or a folder of them (repeatable).")
    var dicts: [String] = []

    @Flag(name: .customLong("no-builtin"), help: "Do not load the shipped codebooks.")
    var noBuiltin = false

    @Option(help: "The Dictionaries folder (default: $TIFA_DICTIONARIES, else found next to the executable: in its folder or above, or ../share/tifa/Dictionaries).")
    var dictionaries: String?

    @Option(help: "Write the JSON Lines to this file instead of standard output (never replaces a link, FIFO or device).")
    var out: String?

    @Option(help: "Score the results against a gold annotation (seeds-gold.json format) and print the table to standard error.")
    var gold: String?

    @Flag(help: "With --gold, also list every miss and false alarm.")
    var verbose = false

    @Flag(help: "Print stage timings on standard error, and time segmenting the same texts (with the codebook terms as a forced lexicon) for comparison; see benchmarks/extract.")
    var timing = false

    func run() throws { try reportingErrors { try runReporting() } }

    /// The command's work; errors it throws become a message and the exit code of their category.
    private func runReporting() throws {
        let extractor: Extractor
        var documents: DocumentSequence
        let formalism: FormalismAnalyzer
        var clock = StageClock()
        do {
            if let out { try OutputPlace.checkFile(out, inputs: (paths + dicts + [gold, dictionaries].compactMap { $0 }).map { URL(fileURLWithPath: $0) }) }
            let folder = try DictionariesFolder.locate(explicit: dictionaries.map { URL(fileURLWithPath: $0) })
            extractor = Extractor(codebooks: try BuiltinCodebooks.load(userPaths: dicts, includeBuiltin: !noBuiltin, dictionaries: folder),
                                  lists: try DiscoveryLists.standard(dictionaries: folder))
            clock.lap("codebooks")
            var options = reading.readerOptions
            options.rules = try NormalizationRules(folder: folder.appendingPathComponent("normalize").path)
            let reader = try CorpusReader(inputs: paths, options: options)
            for d in reader.diagnostics where d.severity != .error { CLIReport.error(d.description) }
            documents = try reader.documents()
            formalism = try FormalismAnalyzer(rules: try FormalismRules.shipped(dictionaries: folder))
        } catch {
            CLIReport.error(error)
            throw ExitCode(TifaExitCode.code(for: error))
        }
        var output = Data()
        var scored: [(document: TextDocument, extraction: DocumentExtraction)] = []
        var read: [TextDocument] = []
        clock.lap(nil)
        while let ingested = documents.next() {
            clock.lap("ingest")
            for d in ingested.diagnostics where d.severity != .note { CLIReport.error(d.description) }
            var result = extractor.extract(ingested.document)
            for d in result.warnings ?? [] { CLIReport.error(d.description) }
            clock.lap("extract")
            _ = formalism.analyze(ingested.document, extraction: &result)
            result.codebooks += formalism.rules.stamps
            clock.lap("formalism")
            output.append(Data((try result.inOriginalOffsets(ingested.document.offsets).jsonLine() + "\n").utf8))
            clock.lap("json")
            if gold != nil { scored.append((ingested.document, result)) }
            if timing { read.append(ingested.document) }
        }
        SkipReport.print(documents.skipped)
        let exitCode = SkipReport.exitCode(documents.skipped) ?? TifaExitCode.success
        try write(output)
        if timing { try reportTiming(clock, documents: read, extractor: extractor) }
        if let gold {
            guard let data = FileManager.default.contents(atPath: gold) else {
                CLIReport.error("\(gold): cannot read the gold file")
                throw ExitCode(TifaExitCode.noInput)
            }
            let evaluation = try GoldEvaluation.score(goldJSON: data, results: scored)
            if verbose { for line in evaluation.details { CLIReport.error(line) } }
            StandardStreams.error(evaluation.table + "\n")
        }
        if exitCode != TifaExitCode.success { throw ExitCode(exitCode) }
    }

    /// Times extraction and segmentation (default segmenter plus the codebook terms as a forced lexicon) of the
    /// same normalised texts (thread CPU time, best of three rounds each), and prints them with the other stage times.
    private func reportTiming(_ measured: StageClock, documents: [TextDocument], extractor: Extractor) throws {
        var clock = measured
        clock.lap(nil)
        let segmenter = try Segmenter.makeDefault(extra: [Lexicon(name: "codebook-terms", role: .codebook, terms: extractor.index.lexiconTerms)])
        let tokenizer = try segmenter.makeTokenizer()
        clock.lap("segmenter setup")
        var best: [String: Double] = [:]
        var tokens = 0, found = 0
        for _ in 0..<3 {
            var round = StageClock(threadCPU: true)
            found = 0
            for d in documents { found += extractor.index.match(d.text).terms.count }
            round.lap("match")
            found = 0
            for d in documents { found += extractor.extract(d).terms.count }
            round.lap("extract")
            tokens = 0
            for d in documents { tokens += tokenizer.segment(d.text).count }
            round.lap("segment")
            for (k, v) in round.totals { best[k] = min(best[k] ?? .infinity, v) }
        }
        let characters = documents.reduce(0) { $0 + $1.text.count }
        var lines = ["documents \(documents.count), normalised characters \(characters), tokens \(tokens), "
                     + "terms in automaton \(extractor.index.lexiconTerms.count), term matches \(found)"]
        for (stage, seconds) in clock.totals.sorted(by: { $0.key < $1.key }) {
            lines.append(String(format: "%-16@ %8.3f s", stage as NSString, seconds))
        }
        let extract = best["extract"] ?? 0, segment = best["segment"] ?? 0
        lines.append(String(format: "best match       %8.4f s (the one-pass scan alone, part of extract)", best["match"] ?? 0))
        lines.append(String(format: "best extract     %8.4f s", extract))
        lines.append(String(format: "best segment     %8.4f s", segment))
        lines.append(String(format: "extract / segment = %.1f%%", segment > 0 ? 100 * extract / segment : 0))
        StandardStreams.error(lines.joined(separator: "\n") + "\n")
    }

    private func write(_ data: Data) throws {
        if let out {
            do {
                try OutputPlace.checkFile(out)
                try data.write(to: URL(fileURLWithPath: out), options: .atomic)
            } catch {
                if let error = error as? TifaError {
                    CLIReport.error(error)
                    throw ExitCode(TifaExitCode.code(for: error))
                }
                CLIReport.error("\(out): cannot write output: \(error.localizedDescription)")
                throw ExitCode(TifaExitCode.ioError)
            }
            return
        }
        try data.withUnsafeBytes { raw in
            try StandardStreams.output(raw.bindMemory(to: UInt8.self))
        }
    }
}

/// Accumulates time per named stage: wall-clock time, or the calling thread's CPU time (which a busy machine
/// disturbs far less, for comparing stages that run one after the other on one thread).
struct StageClock {
    private let threadCPU: Bool
    private var last: UInt64
    private(set) var totals: [String: Double] = [:]

    init(threadCPU: Bool = false) {
        self.threadCPU = threadCPU
        last = Self.now(threadCPU)
    }

    /// Adds the time since the previous lap to `stage` (nil: just restart the watch).
    mutating func lap(_ stage: String?) {
        let now = Self.now(threadCPU)
        if let stage { totals[stage, default: 0] += Double(now - last) / 1e9 }
        last = now
    }

    private static func now(_ threadCPU: Bool) -> UInt64 {
        guard threadCPU else { return DispatchTime.now().uptimeNanoseconds }
        var t = timespec()
        clock_gettime(CLOCK_THREAD_CPUTIME_ID, &t)
        return UInt64(t.tv_sec) * 1_000_000_000 + UInt64(t.tv_nsec)
    }
}
