/// What a worker counts in each document's token sequence besides term counts: n-grams, window
/// co-occurrences of node terms, and the model-ready tokens line.
public struct SequenceOptions: Sendable, Equatable {
    /// N-gram sizes to count (each 2…5).
    public var ngramSizes: [Int]
    /// Co-occurrence window: content tokens on each side of a node, within its sentence.
    public var window: Int
    /// The node terms of collocations; `nil` means the codebook terms.
    public var nodes: [String]?
    /// Write a tokens line per document (`--tokens`).
    public var tokens: Bool
    /// Keep stopwords in the tokens line.
    public var tokensKeepStopwords: Bool
    /// Keep punctuation and symbols in the tokens line.
    public var tokensKeepPunctuation: Bool

    public init(ngramSizes: [Int] = [2, 3], window: Int = 5, nodes: [String]? = nil, tokens: Bool = false,
                tokensKeepStopwords: Bool = false, tokensKeepPunctuation: Bool = false) {
        self.ngramSizes = ngramSizes
        self.window = window
        self.nodes = nodes
        self.tokens = tokens
        self.tokensKeepStopwords = tokensKeepStopwords
        self.tokensKeepPunctuation = tokensKeepPunctuation
    }

    /// The largest n-gram size supported.
    public static let maxN = 5
}
