import TifaCore

/// What a shared passage is: copying, a template most of the corpus shares, or a quotation of a reference text.
public enum ReuseKind: String, Codable, Sendable, CaseIterable {
    case copy, template, reference
}

/// One passage shared by two documents, with Unicode scalar offsets into each document's original text.
public struct ReusePassage: Codable, Sendable, Equatable {
    public var a: String
    public var b: String
    public var a_start: Int
    public var a_end: Int
    public var b_start: Int
    public var b_end: Int
    /// The passage's length in original characters (the longer side).
    public var chars: Int
    /// Matched compared characters over the longer side's compared characters, 0–1.
    public var similarity: Double
    public var kind: ReuseKind
    /// The document with the earlier date, when both have dates that differ; empty otherwise.
    public var earlier: String

    /// The column names of the CSV/TSV output, in order.
    public static let columns = ReportColumns.Reuse.header

    /// The record's fields in `columns` order.
    public var fields: [String] {
        [a, b, String(a_start), String(a_end), String(b_start), String(b_end), String(chars),
         FixedDecimal.format(similarity, 3), kind.rawValue, earlier]
    }
}

/// Per-document reuse figures: the share of its compared characters inside copied or template passages, and
/// how many other documents it shares such passages with.
public struct ReuseShare: Sendable, Equatable {
    public var share: Double
    public var partners: Int
    public init(share: Double = 0, partners: Int = 0) {
        self.share = share
        self.partners = partners
    }
}
