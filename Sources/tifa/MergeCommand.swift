import ArgumentParser
import Foundation
import Tifa

/// `tifa merge`: combines partial states into the full report.
struct MergeCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "merge",
        abstract: "Merge partial analyses (tifa analyze --partial) into one report.",
        discussion: """
        The merged report is byte-identical (timings.json aside) to one tifa analyze run over all the parts' \
        inputs. The parts must come from the same Tifa version, codebooks, lexicons, cleaning rules and \
        options, no document may be in two parts, and each part's record files must match the checksums in its \
        partial.json. --out may not be one of the parts.
        """
    )

    @Argument(help: "Partial state folders.")
    var parts: [String]

    @Option(help: "The output folder.")
    var out: String

    @Flag(help: "Replace the output folder if tifa wrote it (or it is empty).")
    var force = false

    @Flag(help: "Write a merged partial state instead of the report (to merge again later).")
    var partial = false

    @Flag(help: "Do not write dashboard.html.")
    var noDashboard = false

    @Option(help: "The Dictionaries folder (for the stopword list and the dashboard's codebook categories; default: $TIFA_DICTIONARIES, else found next to the executable).")
    var dictionaries: String?

    @Option(name: .customLong("dict"), help: "An extra codebook the parts were made with (for the dashboard); repeatable.")
    var codebooks: [String] = []

    @Option(help: "The same extra stopword lists as the partial runs (repeatable).")
    var stopwords: [String] = []

    @Flag(help: "As the partial runs: without the shipped stopword list.")
    var noDefaultStopwords = false

    @OptionGroup var spreadsheets: SpreadsheetOptions

    @OptionGroup var parquet: ParquetOption

    @Flag(help: "No closing message on standard error (errors are always reported).")
    var quiet = false

    func validate() throws {
        if parts.isEmpty { throw ValidationError("give at least one partial state folder") }
        try OutputFolderOption.validate(out)
        if partial && parquet.parquet { throw ValidationError("--parquet writes the report's tables, not a partial state") }
        if partial && (spreadsheets.excel || spreadsheets.xlsx) {
            throw ValidationError("--excel and --xlsx write the report's tables, not a partial state")
        }
    }

    func run() throws {
        try reportingErrors {
            try parquet.checkTool()
            let folder = try DictionariesFolder.locate(explicit: dictionaries.map { URL(fileURLWithPath: $0) })
            let stopwords = try StopwordList.load(dictionaries: folder, files: stopwords, includeDefault: !noDefaultStopwords)
            let dashboard = noDashboard || partial ? nil : DashboardInput()
            let result = try Analysis.merge(
                parts: parts.map { URL(fileURLWithPath: $0) }, stopwords: stopwords,
                output: OutputOptions(folder: URL(fileURLWithPath: out), force: force, partial: partial,
                                      inputs: dictionaries.map { [URL(fileURLWithPath: $0)] } ?? []),
                dashboard: dashboard,
                finish: { folder in
                    if let dashboard { try DashboardStep.write(dashboard, into: folder, dictionaries: dictionaries, codebooks: codebooks) }
                    try spreadsheets.write(into: folder)
                    try parquet.write(into: folder)
                })
            if !quiet { note("merged \(parts.count) parts into \(out): \(result.documents) documents") }
        }
    }
}
