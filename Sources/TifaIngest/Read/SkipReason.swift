import TifaCore

/// Why a path the reader saw is not read. Every path met in the inputs ends as a document or as one of these,
/// so `summary.json` can account for all of them. Chosen skips (hidden, excluded, unsupported, the same file
/// twice) are notes; hostile entries (dangling links, loops, special files, too-long paths) are warnings;
/// inputs that could not be read at all (missing, unreadable) are errors.
public enum SkipReason: String, Sendable, CaseIterable {
    case notFound = "ingest.not-found"
    case unreadable = "ingest.unreadable"
    case unsupported = "ingest.unsupported"
    case hidden = "ingest.hidden"
    case excluded = "ingest.excluded"
    case notIncluded = "ingest.not-included"
    case danglingLink = "ingest.dangling-link"
    case symlinkLoop = "ingest.symlink-loop"
    case specialFile = "ingest.special-file"
    case pathTooLong = "ingest.path-too-long"
    case duplicatePath = "ingest.duplicate-path"

    /// The diagnostic code (`ingest.…`).
    public var code: String { rawValue }

    public var severity: Diagnostic.Severity {
        switch self {
        case .notFound, .unreadable: .error
        case .danglingLink, .symlinkLoop, .specialFile, .pathTooLong: .warning
        case .unsupported, .hidden, .excluded, .notIncluded, .duplicatePath: .note
        }
    }

    /// The skip of `file` for this reason.
    func diagnostic(_ file: String, _ message: String) -> Diagnostic {
        Diagnostic(code: code, severity: severity, file: file, message: message)
    }
}
