import TifaCore

/// What analysing one input gave: an analysed document, or the reasons it was skipped.
public enum DocumentOutcome: Sendable {
    case analyzed(AnalyzedDocument)
    /// Skipped inputs (one input can yield several documents, e.g. JSON Lines; skips are listed per file).
    case skipped([Diagnostic])
    /// Several results from one input (a JSON Lines file or a manifest row group).
    case many([DocumentOutcome])
}

/// One unit of work: something to read and analyse, with its size for progress reports.
public protocol WorkItem: Sendable {
    /// Bytes the item will read (0 when unknown).
    var byteCount: Int { get }
}

/// A per-thread analyser: each worker thread makes its own (segmenters keep ICU state that is not thread-safe).
public protocol DocumentWorker: SendableMetatype {
    associatedtype Item: WorkItem
    /// Reads and analyses one item. Throwing stops the whole run (for faults that are not the input's).
    mutating func process(_ item: Item) throws -> DocumentOutcome
}
