import ArgumentParser
import Foundation
import Tifa

/// `tifa segment`: word segmentation of UTF-8 text, SIGHAN text or JSON Lines out.
struct SegmentCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "segment",
        abstract: "Segment UTF-8 Chinese text into words (lexicon terms always whole).",
        discussion: """
        Reads each FILE (standard input when none, or for -) and writes one output line per input line, tokens \
        separated by one space; --format jsonl writes one JSON object per token with file, line, start, end \
        (Unicode scalar offsets into the file's text), kind and text; --format tokens writes one line per FILE \
        (a document) with its content tokens for topic models: punctuation and stopwords dropped (unless \
        --tokens-keep), numerals too with --drop-numbers; --ids FILE lists the input of each line.
        Exit codes: 0 success; 64 bad arguments; 65 invalid UTF-8 or a bad dictionary line; 66 a file cannot \
        be read; 70 internal error; 74 output cannot be written. Files after a bad one are still processed.
        """
    )

    @Argument(help: "UTF-8 text files (standard input when none, or -).")
    var files: [String] = []

    @Option(help: "Output format: text (SIGHAN, tokens separated by one space), jsonl, or tokens (one line per file).")
    var format: SegmentCommandFormat = .text

    @OptionGroup var words: WordListOptions

    @Option(name: .customLong("tokens-keep"), help: "With --format tokens: keep stopwords or punctuation (repeatable).")
    var tokensKeep: [String] = []

    @Option(help: "With --format tokens: write the input name of each output line to this file.")
    var ids: String?

    @Option(name: .customLong("lexicon"), help: "An extra lexicon (Tifa or jieba user-dictionary format); repeatable.")
    var lexicons: [String] = []

    /// The old spelling of --lexicon, kept working but no longer shown (--dict names codebooks elsewhere).
    @Option(name: .customLong("dict"), help: .hidden)
    var legacyLexicons: [String] = []

    @Option(help: "Worker threads (default: all cores).")
    var jobs: Int?

    @Option(help: "The Dictionaries folder (default: $TIFA_DICTIONARIES, else found next to the executable: in its folder or above, or ../share/tifa/Dictionaries).")
    var dictionaries: String?

    func validate() throws {
        if let jobs, jobs < 1 { throw ValidationError("--jobs must be at least 1") }
        if let bad = tokensKeep.first(where: { $0 != "stopwords" && $0 != "punctuation" }) {
            throw ValidationError("--tokens-keep takes stopwords or punctuation, not '\(bad)'")
        }
        if format != .tokens && (ids != nil || !tokensKeep.isEmpty || !words.stopwords.isEmpty || words.noDefaultStopwords
                                 || words.dropNumbers) {
            throw ValidationError("--ids, --tokens-keep, --stopwords, --no-default-stopwords and --drop-numbers go with --format tokens")
        }
    }

    func run() throws {
        let segmenter: Segmenter
        do {
            var extra: [Lexicon] = []
            for path in lexicons + legacyLexicons { extra.append(try Lexicon(contentsOf: URL(fileURLWithPath: path))) }
            segmenter = try Segmenter.makeDefault(dictionaries: dictionaries.map { URL(fileURLWithPath: $0) }, extra: extra)
        } catch {
            CLIReport.error(error)
            throw ExitCode(TifaExitCode.code(for: error))
        }
        if format == .tokens { return try writeTokens(segmenter: segmenter) }
        let stream: SegmentStream
        do {
            stream = try SegmentStream(segmenter: segmenter, format: format == .jsonl ? .jsonl : .text,
                                       jobs: jobs ?? ProcessInfo.processInfo.activeProcessorCount)
        } catch {
            CLIReport.error("cannot open ICU's word break iterator: \(error)")
            throw ExitCode(TifaExitCode.software)
        }
        var exitCode = TifaExitCode.success
        for path in files.isEmpty ? ["-"] : files {
            let fd = path == "-" ? 0 : open(path, O_RDONLY)
            if fd < 0 {
                CLIReport.error("\(path): cannot open: \(String(cString: strerror(errno)))")
                exitCode = max(exitCode, TifaExitCode.noInput)
                continue
            }
            defer { if fd != 0 { close(fd) } }
            do {
                try stream.run(fd: fd, name: path, write: StandardStreams.output)
            } catch {
                CLIReport.error(error)
                let code = TifaExitCode.code(for: error)
                if code == TifaExitCode.ioError { throw ExitCode(code) }
                exitCode = max(exitCode, code)
            }
        }
        if exitCode != TifaExitCode.success { throw ExitCode(exitCode) }
    }
}

/// The output formats of `tifa segment`: the segmenter's streaming formats, and one tokens line per file.
enum SegmentCommandFormat: String, ExpressibleByArgument, CaseIterable {
    case text, jsonl, tokens
}

extension SegmentCommand {
    /// `--format tokens`: one line per file (a document), filtered like `tifa analyze --tokens`.
    func writeTokens(segmenter: Segmenter) throws {
        try reportingErrors {
            let folder = try DictionariesFolder.locate(explicit: dictionaries.map { URL(fileURLWithPath: $0) })
            let stopwords = try StopwordList.load(dictionaries: folder, files: words.stopwords,
                                                  includeDefault: !words.noDefaultStopwords)
            let filter = TermFilter(stopwords: stopwords, dropNumbers: words.dropNumbers)
            let options = SequenceOptions(tokensKeepStopwords: tokensKeep.contains("stopwords"),
                                          tokensKeepPunctuation: tokensKeep.contains("punctuation"))
            let tokenizer = try segmenter.makeTokenizer()
            var names: [String] = []
            var failed = false
            for path in files.isEmpty ? ["-"] : files {
                let data = path == "-" ? FileHandle.standardInput.readDataToEndOfFile() : FileManager.default.contents(atPath: path)
                guard let data else {
                    CLIReport.error("\(path): cannot read the file")
                    failed = true
                    continue
                }
                guard let text = String(validating: data, as: UTF8.self) else {
                    CLIReport.error("\(path): not valid UTF-8")
                    failed = true
                    continue
                }
                let scalars = Array(text.unicodeScalars)
                let line = ModelTokens.line(scalars, tokens: tokenizer.segment(scalars), filter: filter, options: options)
                try line.withUnsafeBufferPointer { buffer throws(TifaError) in try StandardStreams.output(buffer) }
                names.append(path.replacingOccurrences(of: "\n", with: " "))
            }
            if let ids { try OutputFile.write(names.map { $0 + "\n" }.joined(), to: ids) }
            if failed { throw ExitCode(DiagnosticCategory.data.exitCode) }
        }
    }
}
