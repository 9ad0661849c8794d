import ArgumentParser
import Foundation
import Tifa

/// `tifa normalize`: prints the text the analysis reads, or its quality report or position map.
struct NormalizeCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "normalize",
        abstract: "Print the normalised text of files as the analysis reads it.",
        discussion: """
        Reads each FILE or folder (recursively; standard input when none, or for -): text in any encoding, \
        .html/.htm, .docx, .jsonl, .pdf (with pdftotext). Normalises it (line endings, lost characters and \
        mojibake, NFKC, converter pinyin, traditional → simplified, web boilerplate) and prints the text. \
        --report prints a JSON data-quality report instead, --offsets the map from normalised to original \
        positions (tab-separated runs), both together one JSON object with both. See docs/INGEST.md.
        Exit codes: 0 success; 64 bad arguments; 65 an input was skipped as bad data; 66 an input cannot be \
        read; 74 output cannot be written. Inputs after a bad one are still read.
        """
    )

    @Argument(help: "Files or folders (standard input when none, or -).")
    var inputs: [String] = []

    @OptionGroup var reading: InputOptions

    @Flag(help: "Print the data-quality report (JSON) instead of the text.")
    var report = false

    @Flag(help: "Print the offset map (normalised start, original start, length per run) instead of the text.")
    var offsets = false

    @Flag(help: "Keep NFKC off (full-width forms stay).")
    var noNfkc = false

    @Option(help: "The Dictionaries folder (default: $TIFA_DICTIONARIES, else found next to the executable: in its folder or above, or ../share/tifa/Dictionaries).")
    var dictionaries: String?

    func run() throws { try reportingErrors { try runReporting() } }

    /// The command's work; errors it throws become a message and the exit code of their category.
    private func runReporting() throws {
        var options = reading.readerOptions
        options.normalization.nfkc = !noNfkc
        var documents: DocumentSequence
        switch Result(catching: { () throws(TifaError) -> DocumentSequence in try open(options) }) {
        case .success(let sequence):
            documents = sequence
        case .failure(let error):
            CLIReport.error(error)
            throw ExitCode(TifaExitCode.code(for: error))
        }
        var reports: [NormalizeReport.Document] = []
        while let doc = documents.next() {
            for d in doc.diagnostics { CLIReport.error(d.description) }
            let runs = offsets ? OffsetRun.runs(doc.document.offsets) : nil
            if report {
                reports.append(NormalizeReport.Document(quality: doc.quality, metadata: doc.document.metadata, offsets: runs))
            } else if let runs {
                var out = "# \(doc.document.path)\nnormalized_start\toriginal_start\tlength\n"
                for r in runs { out += "\(r.normalizedStart)\t\(r.originalStart)\t\(r.length)\n" }
                try emit(out)
            } else {
                // In chunks, so a big document is not held twice.
                let text = doc.document.text
                var start = 0
                while start < text.count {
                    let end = min(text.count, start + (1 << 20))
                    var bytes = ScalarText.utf8(text[start..<end])
                    if end == text.count, bytes.last != 0x0A { bytes.append(0x0A) }
                    try bytes.withUnsafeBufferPointer { buffer in try StandardStreams.output(buffer) }
                    start = end
                }
            }
        }
        SkipReport.print(documents.skipped)
        if report {
            let encoder = JSONEncoder()
            encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
            let data = try encoder.encode(NormalizeReport(documents: reports, skipped: documents.skipped))
            try emit(String(decoding: data, as: UTF8.self) + "\n")
        }
        if let worst = SkipReport.exitCode(documents.skipped) { throw ExitCode(worst) }
    }

    private func open(_ options: ReaderOptions) throws(TifaError) -> DocumentSequence {
        var options = options
        if let dictionaries {
            options.rules = try NormalizationRules(folder: URL(fileURLWithPath: dictionaries).appendingPathComponent("normalize").path)
        }
        let reader = try CorpusReader(inputs: inputs.isEmpty ? ["-"] : inputs, options: options)
        for d in reader.diagnostics where d.severity != .error { CLIReport.error(d.description) }
        return try reader.documents()
    }

    private func emit(_ text: String) throws { try StandardStreams.output(text) }
}

/// The JSON that `tifa normalize --report` prints.
struct NormalizeReport: Encodable {
    struct Document: Encodable {
        let quality: DocumentQuality
        let metadata: [String: String]
        let offsets: [OffsetRun]?
    }

    let documents: [Document]
    let skipped: [Diagnostic]
}
