import ArgumentParser
import Foundation
import Tifa

/// `tifa extract`: slogans, criteria coverage and problems with stance, one JSON Lines record per document.
struct ExtractCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "extract",
        abstract: "Extract slogans, criteria coverage and problems with stance (JSON Lines).",
        discussion: """
        Reads each PATH (a file, or a folder read recursively), normalises it like `tifa normalize`, and writes \
        one JSON object per document. Offsets are Unicode scalar offsets into the original text. The shipped \
        codebooks (Dictionaries/codebooks) are always used unless --no-builtin; add your own with --dict. \
        See docs/EXTRACTION.md for the record schema.
        """
    )

    @Argument(help: "Files or folders to read.")
    var paths: [String]

    @Option(name: .customLong("dict"), help: "A codebook YAML file or a folder of them (repeatable).")
    var dicts: [String] = []

    @Flag(name: .customLong("no-builtin"), help: "Do not load the shipped codebooks.")
    var noBuiltin = false

    @Option(help: "Write the JSON Lines to this file instead of standard output.")
    var out: String?

    @Option(help: "Score the results against a gold annotation (seeds-gold.json format) and print the table to standard error.")
    var gold: String?

    @Flag(help: "With --gold, also list every miss and false alarm.")
    var verbose = false

    func run() throws {
        let extractor: Extractor
        let builder: DocumentBuilder
        do {
            extractor = Extractor(codebooks: try BuiltinCodebooks.load(userPaths: dicts, includeBuiltin: !noBuiltin))
            builder = try DocumentBuilder()
        } catch {
            CLIReport.error(error)
            throw ExitCode(TifaExitCode.code(for: error))
        }
        var output = Data()
        var scored: [(document: TextDocument, extraction: DocumentExtraction)] = []
        var exitCode = TifaExitCode.success
        for path in expand(paths) {
            do {
                let ingested = try builder.load(path: path)
                let result = extractor.extract(ingested.document)
                output.append(Data((try result.jsonLine() + "\n").utf8))
                if gold != nil { scored.append((ingested.document, result)) }
            } catch let error as TifaError {
                CLIReport.error(error)
                exitCode = max(exitCode, TifaExitCode.code(for: error))
            }
        }
        try write(output)
        if let gold {
            guard let data = FileManager.default.contents(atPath: gold) else {
                CLIReport.error("\(gold): cannot read the gold file")
                throw ExitCode(TifaExitCode.noInput)
            }
            let evaluation = try GoldEvaluation.score(goldJSON: data, results: scored)
            if verbose { for line in evaluation.details { CLIReport.error(line) } }
            FileHandle.standardError.write(Data((evaluation.table + "\n").utf8))
        }
        if exitCode != TifaExitCode.success { throw ExitCode(exitCode) }
    }

    /// Files of the given paths: files as given, folders walked recursively (hidden entries skipped), sorted.
    private func expand(_ paths: [String]) -> [String] {
        var result: [String] = []
        let fm = FileManager.default
        for path in paths {
            var isDir: ObjCBool = false
            guard fm.fileExists(atPath: path, isDirectory: &isDir), isDir.boolValue else {
                result.append(path)
                continue
            }
            let files = (fm.enumerator(atPath: path)?.compactMap { $0 as? String } ?? [])
                .filter { rel in
                    !rel.split(separator: "/").contains { $0.hasPrefix(".") } && {
                        var d: ObjCBool = false
                        return fm.fileExists(atPath: (path as NSString).appendingPathComponent(rel), isDirectory: &d) && !d.boolValue
                    }()
                }
                .sorted()
            result += files.map { (path as NSString).appendingPathComponent($0) }
        }
        return result
    }

    private func write(_ data: Data) throws {
        if let out {
            do {
                try data.write(to: URL(fileURLWithPath: out), options: .atomic)
            } catch {
                CLIReport.error("\(out): cannot write output: \(error.localizedDescription)")
                throw ExitCode(TifaExitCode.ioError)
            }
            return
        }
        try data.withUnsafeBytes { raw in
            try writeStandardOutput(raw.bindMemory(to: UInt8.self))
        }
    }
}
