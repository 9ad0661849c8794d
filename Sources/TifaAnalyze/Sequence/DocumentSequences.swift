/// One document's sequence counts (n-grams, node windows, co-occurrences): integers only, added to
/// `SequenceTotals`; not stored in the record (the report needs only the corpus sums).
public struct DocumentSequences: Sendable, Equatable {
    /// Content tokens: tokens that are not whitespace, punctuation, stopwords (or numerals with `--drop-numbers`).
    public var contentTokens = 0
    /// The document's distinct terms, which the n-gram keys index.
    public var terms: [String] = []
    /// Distinct n-grams, with their size and count in the document.
    public var ngrams: [NGramCount] = []
    /// Per node term: content-token positions inside its windows (the window total R1 of the contingency table).
    public var windows: [String: Int] = [:]
    /// Co-occurrence counts of (node, collocate) pairs within the window.
    public var pairs: [CollocationKey: Int] = [:]

    public init() {}
}

/// An n-gram of one document and how often it occurs there.
public struct NGramCount: Sendable, Equatable {
    /// The n-gram's terms, as indices into the document's distinct terms.
    var key: NGramKey
    public var n: Int
    public var count: Int
}

/// A (node, collocate) pair.
public struct CollocationKey: Hashable, Sendable, Codable {
    public var node: String
    public var collocate: String
    public init(node: String, collocate: String) {
        self.node = node
        self.collocate = collocate
    }
}
