import ArgumentParser
import Tifa

/// The `tifa` command: thin argument parsing over the Tifa library.
@main
struct TifaCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "tifa",
        abstract: "Analyse Chinese reports and speeches: slogans, criteria, problems, statistics.",
        version: TifaVersion.string,
        subcommands: [SegmentCommand.self, NormalizeCommand.self, ExtractCommand.self, AnalyzeCommand.self, MergeCommand.self,
                      KwicCommand.self, FreqCommand.self, NGramsCommand.self, CollocationsCommand.self, CoverageCommand.self, DashboardCommand.self,
                      ReuseCommand.self]
    )

    /// Installs the interrupt handlers, then parses and runs the subcommand.
    static func main() {
        Interrupts.install()
        main(nil)
    }
}
