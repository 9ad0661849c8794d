/// Corpus sums of the documents' sequence counts (n-grams, node windows, co-occurrences): sums only, so
/// they merge in any order and a merge of partial runs equals one run.
public struct SequenceTotals: Codable, Sendable, Equatable {
    /// Corpus totals of one n-gram.
    public struct NGram: Codable, Sendable, Equatable {
        public var n: Int
        public var frequency: Int
        public var documents: Int
    }

    /// Content tokens in the corpus (N of the collocation tables).
    public var contentTokens = 0
    /// N-gram text (terms joined by a space) → totals.
    public var ngrams = NGramTotals()
    /// Node term → content-token positions in its windows (R1).
    public var windows: [TermKey: Int] = [:]
    /// (node, collocate) → co-occurrences (O11).
    public var pairs: [CollocationKey: Int] = [:]

    public init() {}

    /// Adds one document.
    public mutating func add(_ d: DocumentSequences) {
        contentTokens += d.contentTokens
        ngrams.add(d.ngrams, terms: d.terms)
        for (node, slots) in d.windows { windows[TermKey(node), default: 0] += slots }
        for (key, count) in d.pairs { pairs[key, default: 0] += count }
    }

    /// Adds the totals of another, disjoint set of documents.
    public mutating func merge(_ o: SequenceTotals) {
        contentTokens += o.contentTokens
        ngrams.merge(o.ngrams)
        for (node, slots) in o.windows { windows[node, default: 0] += slots }
        for (key, count) in o.pairs { pairs[key, default: 0] += count }
    }

    enum CodingKeys: String, CodingKey { case contentTokens, ngrams, windows, pairs }

    /// Encodes the maps with string keys (sorted by the canonical JSON encoder).
    public func encode(to encoder: Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encode(contentTokens, forKey: .contentTokens)
        try c.encode(ngrams.byText, forKey: .ngrams)
        try c.encode(Dictionary(uniqueKeysWithValues: windows.map { ($0.key.string, $0.value) }), forKey: .windows)
        try c.encode(Dictionary(uniqueKeysWithValues: pairs.map { ($0.key.node + String(Self.separator) + $0.key.collocate, $0.value) }),
                     forKey: .pairs)
    }

    public init(from decoder: Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        contentTokens = try c.decode(Int.self, forKey: .contentTokens)
        for (text, g) in try c.decode([String: NGram].self, forKey: .ngrams) { ngrams.add(text: text, g) }
        windows = Dictionary(uniqueKeysWithValues: try c.decode([String: Int].self, forKey: .windows).map { (TermKey($0.key), $0.value) })
        var decoded: [CollocationKey: Int] = [:]
        for (key, count) in try c.decode([String: Int].self, forKey: .pairs) {
            let parts = key.split(separator: Self.separator, maxSplits: 1, omittingEmptySubsequences: false)
            guard parts.count == 2 else {
                throw DecodingError.dataCorruptedError(forKey: .pairs, in: c, debugDescription: "bad collocation key")
            }
            decoded[CollocationKey(node: String(parts[0]), collocate: String(parts[1]))] = count
        }
        pairs = decoded
    }

    private static let separator: Character = "\u{1F}"
}

extension SequenceTotals.NGram {
    mutating func add(_ o: SequenceTotals.NGram) {
        frequency += o.frequency
        documents += o.documents
    }
}
