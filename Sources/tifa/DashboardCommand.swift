import ArgumentParser
import Foundation
import Tifa

/// `tifa dashboard DIR`: rebuilds DIR/dashboard.html from an analysis folder.
struct DashboardCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "dashboard",
        abstract: "Rebuild dashboard.html, one self-contained page, from a `tifa analyze` output folder."
    )

    @Argument(help: "The analysis folder (the --out folder of tifa analyze).")
    var folder: String

    @Option(help: "The Dictionaries folder (default: $TIFA_DICTIONARIES, else found upward from the executable or the current directory).")
    var dictionaries: String?

    @Option(name: .customLong("dict"), help: "An extra codebook the analysis was made with (for category search); repeatable.")
    var codebooks: [String] = []

    func run() throws {
        try reportingErrors {
            try OutputPlace.checkNotSpecial(URL(fileURLWithPath: folder).appendingPathComponent(Dashboard.fileName).path)
            let url = URL(fileURLWithPath: folder)
            try DashboardStep.write(DashboardFolder.read(url), into: url, dictionaries: dictionaries, codebooks: codebooks)
            StandardStreams.error("dashboard written to \((folder as NSString).appendingPathComponent(Dashboard.fileName))\n")
        }
    }
}
