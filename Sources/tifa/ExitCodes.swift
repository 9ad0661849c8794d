import ArgumentParser
import Foundation
import Tifa

/// Exit codes shared by every `tifa` subcommand (sysexits style; the table is in docs/ANALYZE.md → Exit codes).
/// Every code but success comes from a `DiagnosticCategory`, so there is one place deciding them.
enum TifaExitCode {
    /// Everything was processed.
    static let success: Int32 = 0
    /// An input file or folder cannot be opened or read, or no input was readable.
    static let noInput = DiagnosticCategory.noInput.exitCode
    /// An internal failure (for example ICU could not open a break iterator).
    static let software = DiagnosticCategory.software.exitCode
    /// The output cannot be written.
    static let ioError = DiagnosticCategory.ioError.exitCode

    /// The exit code for a fatal Tifa error: its first diagnostic's category decides.
    static func code(for error: TifaError) -> Int32 { error.category.exitCode }
}

/// Standard-error reporting shared by the subcommands.
enum CLIReport {
    /// Writes `tifa: <message>` to standard error.
    static func error(_ message: String) {
        StandardStreams.error("tifa: \(message)\n")
    }

    /// Writes each diagnostic of error on its own line to standard error.
    static func error(_ error: TifaError) {
        for d in error.diagnostics { self.error(d.description) }
    }
}
