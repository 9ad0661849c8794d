/// A recoverable problem found while reading or analysing: a stable code, where it is, and why.
public struct Diagnostic: Sendable, Hashable, Codable, CustomStringConvertible {
    /// How bad it is: a skipped file is an error, a cleaned-up oddity a warning.
    public enum Severity: String, Sendable, Codable, Comparable {
        case note, warning, error
        public static func < (a: Severity, b: Severity) -> Bool {
            let order: [Severity] = [.note, .warning, .error]
            return order.firstIndex(of: a)! < order.firstIndex(of: b)!
        }
    }

    /// Stable dotted code such as `ingest.binary` or `lexicon.bad-line`.
    public let code: String
    public let severity: Severity
    /// The file (path as given) the problem is in.
    public let file: String
    /// 1-based line, when the problem has one.
    public let line: Int?
    /// Byte or character offset, when the problem has one.
    public let offset: Int?
    public let message: String

    public init(code: String, severity: Severity = .error, file: String, line: Int? = nil, offset: Int? = nil,
                message: String) {
        self.code = code
        self.severity = severity
        self.file = file
        self.line = line
        self.offset = offset
        self.message = message
    }

    public var description: String {
        var location = file
        if let line { location += ":\(line)" }
        if let offset, line == nil { location += " (byte \(offset))" }
        return "\(location): \(severity.rawValue): \(message) [\(code)]"
    }
}

/// A fatal error that stops an operation; it carries every diagnostic that caused it, and the lower-level
/// error behind it (an `ICUError` with its status code, a system error) when there is one.
public struct TifaError: Error, Sendable, CustomStringConvertible {
    public let diagnostics: [Diagnostic]
    /// The error this one was made from, kept as it was (not as text) so callers can inspect it.
    public let cause: (any Error)?

    public init(_ diagnostics: [Diagnostic], cause: (any Error)? = nil) {
        self.diagnostics = diagnostics
        self.cause = cause
    }
    public init(code: String, file: String, line: Int? = nil, offset: Int? = nil, message: String, cause: (any Error)? = nil) {
        diagnostics = [Diagnostic(code: code, file: file, line: line, offset: offset, message: message)]
        self.cause = cause
    }

    public var description: String { diagnostics.map(\.description).joined(separator: "\n") }
}
