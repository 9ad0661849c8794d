import ArgumentParser
import Foundation
import Tifa

/// `tifa segment`: word segmentation of UTF-8 text, SIGHAN text or JSON Lines out.
struct SegmentCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "segment",
        abstract: "Segment Chinese text into words (lexicon terms always whole).",
        discussion: """
        Reads each FILE or folder (standard input when none, or for -) through the same reader as every other \
        command. UTF-8 text files are streamed in bounded memory; text in other encodings, HTML, .docx, .doc, \
        PDF and JSON Lines records are decoded or extracted first (not normalised). Writes one output line per input line, tokens \
        separated by one space; --format jsonl writes one JSON object per token with file, line, start, end \
        (Unicode scalar offsets into the file's text), kind and text.
        Exit codes: 0 success; 64 bad arguments; 65 invalid UTF-8, an undecodable file or a bad dictionary line; \
        66 a file cannot be read; 70 internal error; 74 output cannot be written. Files after a bad one are still \
        processed.
        """
    )

    @Argument(help: "Files or folders (standard input when none, or -).")
    var files: [String] = []

    @OptionGroup var reading: InputOptions

    @Option(help: "Output format: text (SIGHAN, tokens separated by one space) or jsonl.")
    var format: SegmentOutputFormat = .text

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
        let stream: SegmentStream
        do {
            stream = try SegmentStream(segmenter: segmenter, format: format,
                                       jobs: jobs ?? ProcessInfo.processInfo.activeProcessorCount)
        } catch {
            CLIReport.error("cannot open ICU's word break iterator: \(error)")
            throw ExitCode(TifaExitCode.software)
        }
        let reader: CorpusReader
        let worker: CorpusWorker
        do {
            var options = reading.readerOptions
            if let dictionaries, let rules = try? NormalizationRules(folder: URL(fileURLWithPath: dictionaries)
                .appendingPathComponent("normalize").path) {
                options.rules = rules
            }
            reader = try CorpusReader(inputs: files.isEmpty ? ["-"] : files, options: options)
            worker = try reader.makeWorker()
        } catch {
            CLIReport.error(error)
            throw ExitCode(TifaExitCode.code(for: error))
        }
        for d in reader.diagnostics where d.severity != .error { CLIReport.error(d.description) }
        SkipReport.print(reader.skipped)
        var exitCode = SkipReport.exitCode(reader.skipped) ?? TifaExitCode.success
        func segment(fd: Int32, name: String) throws {
            do {
                try stream.run(fd: fd, name: name, write: StandardStreams.output)
            } catch {
                CLIReport.error(error)
                let code = TifaExitCode.code(for: error)
                if code == TifaExitCode.ioError { throw ExitCode(code) }
                exitCode = max(exitCode, code)
            }
        }
        for item in reader.items {
            if PlainTextProbe.isPlainUTF8(item, encoding: reading.encoding) {
                // Plain UTF-8 text: streamed in bounded chunks, offsets into the file's own text.
                let fd = item.path == "-" ? 0 : item.location.withCString { open($0, O_RDONLY) }
                if fd < 0 {
                    CLIReport.error("\(item.path): cannot open: \(String(cString: strerror(errno)))")
                    exitCode = max(exitCode, TifaExitCode.noInput)
                    continue
                }
                defer { if fd != 0 { close(fd) } }
                try segment(fd: fd, name: item.path)
                continue
            }
            var failure: Error?
            worker.texts(item) { result in
                guard failure == nil else { return }
                switch result {
                case .failure(let error):
                    CLIReport.error(error)
                    exitCode = max(exitCode, TifaExitCode.code(for: error))
                case .success(let (name, decoded)):
                    do { try Self.withTemporaryFile(ScalarText.utf8(decoded.scalars)) { try segment(fd: $0, name: name) } }
                    catch { failure = error }
                }
            }
            if let failure { throw failure }
        }
        if exitCode != TifaExitCode.success { throw ExitCode(exitCode) }
    }
}

extension SegmentCommand {
    /// Calls `body` with a descriptor of an unlinked temporary file holding `bytes` (so decoded text goes through
    /// the same stream as a file).
    static func withTemporaryFile(_ bytes: [UInt8], _ body: (Int32) throws -> Void) throws {
        guard let file = tmpfile() else {
            CLIReport.error("cannot create a temporary file: \(String(cString: strerror(errno)))")
            throw ExitCode(TifaExitCode.ioError)
        }
        defer { fclose(file) }
        let written = bytes.withUnsafeBytes { fwrite($0.baseAddress, 1, $0.count, file) }
        guard written == bytes.count, fflush(file) == 0 else {
            CLIReport.error("cannot write a temporary file: \(String(cString: strerror(errno)))")
            throw ExitCode(TifaExitCode.ioError)
        }
        let fd = fileno(file)
        lseek(fd, 0, SEEK_SET)
        try body(fd)
    }
}

extension SegmentOutputFormat: ExpressibleByArgument {}
