/// Shared passages folded into pairs of documents and ranked the one way every view shows them (the report's
/// `reuse-texts.jsonl` and the dashboard's pair list): most shared characters first, then most passages, then
/// the documents' paths in Unicode scalar order. Passages of kind `reference` are not counted (quoting a
/// reference text is not copying).
public struct ReusePairs: Sendable {
    /// One pair of documents and the totals of the passages they share.
    public struct Pair: Sendable, Equatable {
        public let a: String
        public let b: String
        /// Passages of the pair (copy and template).
        public internal(set) var passages = 0
        /// Sum of the passages' `chars`.
        public internal(set) var chars = 0
        /// Sum of `similarity × chars`, so `similaritySum / chars` is the pair's character-weighted similarity.
        public internal(set) var similaritySum = 0.0
        /// Passages of kind copy, and of kind template.
        public internal(set) var copies = 0
        public internal(set) var templates = 0
        /// The `earlier` field of the pair's passages (the same for all of them).
        public internal(set) var earlier = ""

        /// `copy` when any passage is a copy, else `template`.
        public var kind: String { copies > 0 ? "copy" : "template" }
        /// Character-weighted mean similarity of the passages.
        public var similarity: Double { chars > 0 ? similaritySum / Double(chars) : 0 }
    }

    private var slot: [String: Int] = [:]
    /// The pairs in the order first seen.
    public private(set) var pairs: [Pair] = []

    public init() {}

    /// The key of a pair, for looking a passage's pair up.
    public static func key(_ a: String, _ b: String) -> String { a + "\u{1F}" + b }

    /// Adds one passage (a `reuse.csv` record).
    public mutating func add(a: String, b: String, chars: Int, similarity: Double, kind: String, earlier: String) {
        guard kind == "copy" || kind == "template" else { return }
        let key = Self.key(a, b)
        let i: Int
        if let known = slot[key] {
            i = known
        } else {
            i = pairs.count
            slot[key] = i
            pairs.append(Pair(a: a, b: b))
        }
        pairs[i].passages += 1
        pairs[i].chars += chars
        pairs[i].similaritySum += similarity * Double(max(chars, 0))
        if kind == "copy" { pairs[i].copies += 1 } else { pairs[i].templates += 1 }
        if !earlier.isEmpty { pairs[i].earlier = earlier }
    }

    /// The pairs, most shared characters first; ties by more passages, then by `a`, then `b` (scalar order).
    public func ranked() -> [Pair] {
        pairs.sorted { x, y in
            if x.chars != y.chars { return x.chars > y.chars }
            if x.passages != y.passages { return x.passages > y.passages }
            if !x.a.unicodeScalars.elementsEqual(y.a.unicodeScalars) { return x.a.unicodeScalars.lexicographicallyPrecedes(y.a.unicodeScalars) }
            return x.b.unicodeScalars.lexicographicallyPrecedes(y.b.unicodeScalars)
        }
    }
}

/// The bounds of `reuse-texts.jsonl` (the original texts `tifa analyze` keeps for the dashboard's side-by-side view),
/// stated on the page as well.
public enum ReuseTextLimits {
    /// The documents of this many top-ranked pairs are included.
    public static let pairs = 50
    /// Original characters of whole texts, over all included documents; documents beyond get excerpts.
    public static let characters = 1_000_000
    /// Characters either side of each passage in an excerpt.
    public static let context = 200
}
