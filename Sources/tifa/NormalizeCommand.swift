import ArgumentParser
import Foundation
import Tifa

/// `tifa normalize`: prints the text the analysis reads, with its quality report and position map on request.
struct NormalizeCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "normalize",
        abstract: "Print the normalised text of files as the analysis reads it.",
        discussion: """
        Decodes each FILE (any supported encoding or format), normalises it (line endings, NFKC, traditional → \
        simplified, converter pinyin, web boilerplate, lost characters) and prints the result. See docs/INGEST.md.
        """
    )

    @Argument(help: "Files (standard input when none, or -).")
    var files: [String] = []

    @Option(help: "Force the input encoding (e.g. GB18030, Big5, UTF-8).")
    var encoding: String?

    @Flag(help: "Print the data-quality report of each document as JSON instead of the text.")
    var report = false

    @Flag(help: "Print the offset map: one line per normalised character, its position and its original position.")
    var offsets = false

    @Option(help: "The Dictionaries folder (default: $TIFA_DICTIONARIES, else found upward from the executable or the current directory).")
    var dictionaries: String?

    func run() throws {
        let builder: DocumentBuilder
        do {
            let rules = try dictionaries.map { d throws(TifaError) in
                try NormalizationRules(folder: URL(fileURLWithPath: d).appendingPathComponent("normalize").path)
            }
            builder = try DocumentBuilder(rules: rules)
        } catch {
            CLIReport.error(error)
            throw ExitCode(TifaExitCode.code(for: error))
        }
        var exitCode = TifaExitCode.success
        for path in files.isEmpty ? ["-"] : files {
            do {
                let doc: IngestedDocument
                if path == "-" {
                    let data = FileHandle.standardInput.readDataToEndOfFile()
                    doc = try builder.ingest(bytes: [UInt8](data), path: "-", encoding: encoding)
                } else {
                    doc = try builder.load(path: path, encoding: encoding)
                }
                for d in doc.diagnostics { CLIReport.error(d.description) }
                try emit(render(doc))
            } catch let error as TifaError {
                CLIReport.error(error)
                exitCode = max(exitCode, TifaExitCode.code(for: error))
            }
        }
        if exitCode != TifaExitCode.success { throw ExitCode(exitCode) }
    }

    private func emit(_ text: String) throws {
        var text = text
        try text.withUTF8 { buffer in try writeStandardOutput(buffer) }
    }

    private func render(_ doc: IngestedDocument) -> String {
        if report {
            let encoder = JSONEncoder()
            encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
            let data = (try? encoder.encode(doc.quality)) ?? Data()
            return String(decoding: data, as: UTF8.self) + "\n"
        }
        var text = doc.document.string(0..<doc.document.text.count)
        if !text.hasSuffix("\n") { text += "\n" }
        return text
    }
}
