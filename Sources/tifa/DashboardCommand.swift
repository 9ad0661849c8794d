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

    func run() throws {
        try reportingErrors {
            try OutputPlace.checkNotSpecial(URL(fileURLWithPath: folder).appendingPathComponent(Dashboard.fileName).path)
            try Dashboard.write(analysisDirectory: URL(fileURLWithPath: folder))
            StandardStreams.error("dashboard written to \((folder as NSString).appendingPathComponent(Dashboard.fileName))\n")
        }
    }
}
