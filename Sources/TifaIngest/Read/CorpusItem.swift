import TifaCore

/// One input to read: a file (or standard input, path `-`) and its format. A JSON Lines file yields many documents.
public struct CorpusItem: Sendable, Equatable {
    /// Position in the corpus order (sorted paths, inputs in the order given).
    public let index: Int
    /// The path as given, or joined onto the folder given; `-` for standard input. A name that is not UTF-8
    /// shows its bad bytes as `\xHH` (`location` holds the real bytes).
    public let path: String
    public let format: DocumentFormat
    /// The path's bytes, as the file system knows it.
    public let location: RawPath
    /// The file size when it was listed (0 for standard input).
    public let byteCount: Int

    init(index: Int, location: RawPath, format: DocumentFormat, byteCount: Int) {
        self.index = index
        self.location = location
        path = location.bytes == [0x2D] ? "-" : location.display
        self.format = format
        self.byteCount = byteCount
    }
}

/// What reading an item produced: a document, or the reason something was skipped.
public enum ReadOutcome: Sendable {
    case document(IngestedDocument)
    case skipped(Diagnostic)
}
