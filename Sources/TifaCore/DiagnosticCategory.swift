/// What kind of failure a diagnostic reports; the category alone decides the process exit code
/// (sysexits style, documented in docs/ANALYZE.md → Exit codes).
public enum DiagnosticCategory: String, CaseIterable, Sendable {
    /// A bad command line: an option value that cannot work (a bad name pattern, an unknown category).
    case usage
    /// Bad input data: undecodable text, a broken dictionary or codebook line, a damaged partial state.
    case data
    /// An input (file, folder, manifest, dictionary) is missing or cannot be read, or no input was readable.
    case noInput
    /// A tool the run needs is not installed (the DuckDB command line for `--parquet`).
    case unavailable
    /// An internal failure: ICU refused a call, an unregistered diagnostic code.
    case software
    /// The output place is refused: `--out` is an input, the current folder, a non-folder, a folder Tifa did not write.
    case cannotCreate
    /// The output cannot be written (disk full, permission, a closed pipe).
    case ioError

    /// The exit code of a run that stops on (or ends with) a diagnostic of this category.
    public var exitCode: Int32 {
        switch self {
        case .usage: 64
        case .data: 65
        case .noInput: 66
        case .unavailable: 69
        case .software: 70
        case .cannotCreate: 73
        case .ioError: 74
        }
    }
}

extension Diagnostic {
    /// The category of this diagnostic's code; a code missing from `DiagnosticCode` is an internal error.
    public var category: DiagnosticCategory { DiagnosticCode(rawValue: code)?.category ?? .software }
}

extension TifaError {
    /// The category of the first diagnostic (the one that stopped the operation).
    public var category: DiagnosticCategory { diagnostics.first?.category ?? .software }
}
