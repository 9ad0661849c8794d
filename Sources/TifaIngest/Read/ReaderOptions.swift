import TifaCore

/// How a corpus is read: which files, in which encoding, with which metadata and limits.
public struct ReaderOptions: Sendable {
    /// Force the encoding of text and HTML files (nil: detect).
    public var encoding: String?
    /// Globs a file in a folder must match (default: the known extensions) and must not match.
    public var include: [String] = []
    public var exclude: [String] = []
    /// Files over this size are skipped with a diagnostic.
    public var maxFileSize = 256 * 1024 * 1024
    /// A .docx whose parts would decompress past this is refused (zip bomb).
    public var maxDocxUncompressed = 128 * 1024 * 1024
    /// A JSON Lines record longer than this (bytes) is skipped with its line number.
    public var maxRecordSize = 16 * 1024 * 1024
    /// Output cap and time limit of the external tools (pdftotext, antiword/catdoc).
    public var toolLimits = ToolLimits()
    /// A sidecar manifest CSV (path or id column + metadata columns).
    public var manifest: String?
    /// A file-name pattern such as `{year}_{region}_{unit}`.
    public var namePattern: String?
    /// JSON Lines field names.
    public var textField = "text"
    public var idField = "id"
    /// Normalisation steps and rules (nil: the shipped rules).
    public var normalization = NormalizationOptions()
    public var rules: NormalizationRules?

    public init() {}
}
