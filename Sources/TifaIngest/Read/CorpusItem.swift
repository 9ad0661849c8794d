import TifaCore

/// One input to read: a file (or standard input, path `-`) and its format. A JSON Lines file yields many documents.
public struct CorpusItem: Sendable, Equatable {
    /// Position in the corpus order (sorted paths, inputs in the order given).
    public let index: Int
    /// The path as given, or joined onto the folder given; `-` for standard input.
    public let path: String
    public let format: DocumentFormat
}

/// What reading an item produced: a document, or the reason something was skipped.
public enum ReadOutcome: Sendable {
    case document(IngestedDocument)
    case skipped(Diagnostic)
}
