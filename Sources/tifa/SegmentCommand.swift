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
        (Unicode scalar offsets into the file's text), kind and text.
        Exit codes: 0 success; 64 bad arguments; 65 invalid UTF-8 or a bad dictionary line; 66 a file cannot \
        be read; 70 internal error; 74 output cannot be written. Files after a bad one are still processed.
        """
    )

    @Argument(help: "UTF-8 text files (standard input when none, or -).")
    var files: [String] = []

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

extension SegmentOutputFormat: ExpressibleByArgument {}
