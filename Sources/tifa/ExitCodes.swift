import ArgumentParser
import Foundation
import Tifa

/// Exit codes shared by every `tifa` subcommand (sysexits style; see docs/SEGMENTATION.md).
enum TifaExitCode {
    /// Everything was processed.
    static let success: Int32 = 0
    /// Bad command line (ArgumentParser's own code for validation errors).
    static let usage: Int32 = 64
    /// Bad input data: invalid UTF-8, a broken dictionary line.
    static let dataError: Int32 = 65
    /// An input file or folder cannot be opened or read.
    static let noInput: Int32 = 66
    /// An internal failure (for example ICU could not open a break iterator).
    static let software: Int32 = 70
    /// The output cannot be written.
    static let ioError: Int32 = 74

    /// The exit code for a fatal Tifa error, from its first diagnostic's code.
    static func code(for error: TifaError) -> Int32 {
        guard let code = error.diagnostics.first?.code else { return software }
        if code.hasSuffix(".unreadable") || code.hasSuffix(".no-dictionaries") || code.hasSuffix(".not-found") {
            return noInput
        }
        if code.hasPrefix("io.") { return ioError }
        return dataError
    }
}

/// Standard-error reporting shared by the subcommands.
enum CLIReport {
    /// Writes `tifa: <message>` to standard error.
    static func error(_ message: String) {
        FileHandle.standardError.write(Data("tifa: \(message)\n".utf8))
    }

    /// Writes each diagnostic of error on its own line to standard error.
    static func error(_ error: TifaError) {
        for d in error.diagnostics { self.error(d.description) }
    }
}

/// Writes bytes to standard output with write(2), retrying short writes; failures become `io.write` errors.
func writeStandardOutput(_ bytes: UnsafeBufferPointer<UInt8>) throws(TifaError) {
    guard var p = bytes.baseAddress else { return }
    var left = bytes.count
    while left > 0 {
        let n = write(1, p, left)
        if n < 0 {
            if errno == EINTR { continue }
            throw TifaError(code: "io.write", file: "<stdout>", message: "cannot write output: \(String(cString: strerror(errno)))")
        }
        p += n
        left -= n
    }
}
