import TifaCore

/// Corpus-wide integer totals gathered while documents complete, in any order; `merge` adds two of them.
/// Everything here is a sum, a set union or a min/max, so the result does not depend on document order.
public struct CorpusTotals: Codable, Sendable, Equatable {
    /// Per-term totals.
    public struct Term: Codable, Sendable, Equatable {
        public var frequency: Int
        public var documents: Int
        public var kinds: UInt8
    }

    public var documents = 0
    public var characters = 0
    public var originalCharacters = 0
    public var tokens = 0
    public var sentences = 0
    /// Distinct (term → totals).
    public var terms: [TermKey: Term] = [:]
    /// Number of (document, term) pairs: the entries of the document-term matrix.
    public var matrixEntries = 0
    /// Metadata keys seen in any document.
    public var metadataKeys: Set<String> = []
    /// Criteria sets seen in any document, with their size; a set from a codebook applies to every document.
    public var criteriaSets: [String: CriteriaSetInfo] = [:]
    /// (category, stance) pairs of problems seen.
    public var problemPairs: Set<String> = []
    /// Files skipped, with their reasons.
    public var skipped: [Diagnostic] = []
    /// N-grams, node windows and co-occurrences.
    public var sequences = SequenceTotals()

    public init() {}

    enum CodingKeys: String, CodingKey {
        case documents, characters, originalCharacters, tokens, sentences, terms, matrixEntries, metadataKeys,
             criteriaSets, problemPairs, skipped, sequences
    }

    /// Encodes sets as sorted arrays, so a partial state's bytes do not depend on hashing.
    public func encode(to encoder: Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encode(documents, forKey: .documents)
        try c.encode(characters, forKey: .characters)
        try c.encode(originalCharacters, forKey: .originalCharacters)
        try c.encode(tokens, forKey: .tokens)
        try c.encode(sentences, forKey: .sentences)
        try c.encode(Dictionary(uniqueKeysWithValues: terms.map { ($0.key.string, $0.value) }), forKey: .terms)
        try c.encode(matrixEntries, forKey: .matrixEntries)
        try c.encode(metadataKeys.sorted(by: ScalarOrder.less), forKey: .metadataKeys)
        try c.encode(criteriaSets, forKey: .criteriaSets)
        try c.encode(problemPairs.sorted(by: ScalarOrder.less), forKey: .problemPairs)
        try c.encode(skipped, forKey: .skipped)
        try c.encode(sequences, forKey: .sequences)
    }

    public init(from decoder: Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        documents = try c.decode(Int.self, forKey: .documents)
        characters = try c.decode(Int.self, forKey: .characters)
        originalCharacters = try c.decode(Int.self, forKey: .originalCharacters)
        tokens = try c.decode(Int.self, forKey: .tokens)
        sentences = try c.decode(Int.self, forKey: .sentences)
        let byString = try c.decode([String: Term].self, forKey: .terms)
        terms = Dictionary(uniqueKeysWithValues: byString.map { (TermKey($0.key), $0.value) })
        matrixEntries = try c.decode(Int.self, forKey: .matrixEntries)
        metadataKeys = try c.decode(Set<String>.self, forKey: .metadataKeys)
        criteriaSets = try c.decode([String: CriteriaSetInfo].self, forKey: .criteriaSets)
        problemPairs = try c.decode(Set<String>.self, forKey: .problemPairs)
        skipped = try c.decode([Diagnostic].self, forKey: .skipped)
        sequences = try c.decode(SequenceTotals.self, forKey: .sequences)
    }

    /// Adds one document.
    public mutating func add(_ r: DocumentRecord) {
        documents += 1
        characters += r.characters
        originalCharacters += r.originalCharacters
        tokens += r.tokens
        sentences += r.sentences
        matrixEntries += r.terms.count
        for i in r.terms.indices {
            Self.add(&terms[TermKey(r.terms[i]), default: Term(frequency: 0, documents: 0, kinds: 0)],
                     Term(frequency: r.counts[i], documents: 1, kinds: r.kinds[i]))
        }
        metadataKeys.formUnion(r.metadata.keys)
        for c in r.criteria {
            let info = CriteriaSetInfo(size: c.total, fromCodebook: c.source == "codebook")
            criteriaSets[c.set] = criteriaSets[c.set].map { $0.union(info) } ?? info
        }
        for p in r.problems { problemPairs.insert(ProblemKey.encode(category: p.category, stance: p.stance)) }
    }

    /// Adds `t` to the term totals in place (one dictionary lookup).
    private static func add(_ into: inout Term, _ t: Term) {
        into.frequency += t.frequency
        into.documents += t.documents
        into.kinds |= t.kinds
    }

    /// Adds the totals of another, disjoint set of documents.
    public mutating func merge(_ o: CorpusTotals) {
        documents += o.documents
        characters += o.characters
        originalCharacters += o.originalCharacters
        tokens += o.tokens
        sentences += o.sentences
        matrixEntries += o.matrixEntries
        for (term, t) in o.terms {
            Self.add(&terms[term, default: Term(frequency: 0, documents: 0, kinds: 0)], t)
        }
        metadataKeys.formUnion(o.metadataKeys)
        for (name, info) in o.criteriaSets { criteriaSets[name] = criteriaSets[name].map { $0.union(info) } ?? info }
        problemPairs.formUnion(o.problemPairs)
        skipped += o.skipped
        sequences.merge(o.sequences)
    }
}

/// What the corpus knows about one criteria set.
public struct CriteriaSetInfo: Codable, Sendable, Equatable {
    /// Items in the set (the largest size seen, for sets documents define differently).
    public var size: Int
    /// Whether a codebook defines it (then it applies to every document).
    public var fromCodebook: Bool

    func union(_ o: CriteriaSetInfo) -> CriteriaSetInfo {
        CriteriaSetInfo(size: max(size, o.size), fromCodebook: fromCodebook || o.fromCodebook)
    }
}

/// `category` and `stance` packed into one sortable key.
enum ProblemKey {
    static func encode(category: String, stance: String) -> String { category + "\u{1F}" + stance }
    static func decode(_ key: String) -> (category: String, stance: String) {
        let parts = key.split(separator: "\u{1F}", omittingEmptySubsequences: false)
        return (String(parts[0]), parts.count > 1 ? String(parts[1]) : "")
    }
}
