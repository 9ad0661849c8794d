/// Corpus totals of n-grams, identified by their text (terms joined by one space) as in the report, but keyed by
/// interned ids: the text's space-separated pieces get ids once, and an n-gram of at most five pieces whose ids fit
/// `NGramKey` is keyed by the packed ids, so adding a document hashes two words per n-gram instead of its text.
/// N-grams with more pieces (terms holding spaces) or pieces beyond the packed range are keyed by their text. Either
/// way one text is one entry, whatever terms made it.
public struct NGramTotals: Sendable {
    /// The space-separated pieces of n-gram texts.
    private var pieces = InternedStrings()
    private var packed = NGramTable()
    /// Totals by entry of `packed`.
    private var packedTotals: [SequenceTotals.NGram] = []
    private var spelled: [TermKey: SequenceTotals.NGram] = [:]

    public init() {}

    /// Distinct n-grams.
    public var count: Int { packed.count + spelled.count }

    /// Adds one document's n-grams (keys over `terms`, its distinct terms), each in one document.
    mutating func add(_ grams: [NGramCount], terms: [String]) {
        /// Per term: its piece id when the term is one piece with a packable id, `complex` otherwise.
        let unknown: Int32 = -2, complex: Int32 = -1
        var ids = [Int32](repeating: unknown, count: terms.count)
        for g in grams {
            var key = NGramKey()
            var k = 0
            g.key.forEachIndex { t in
                var id = ids[Int(t)]
                if id == unknown {
                    id = Self.isOnePiece(terms[Int(t)]) ? pieces.id(terms[Int(t)]) : complex
                    if id >= NGramKey.limit { id = complex }
                    ids[Int(t)] = id
                }
                if id == complex || k < 0 { k = -1 } else { key.set(k, id); k += 1 }
            }
            let totals = SequenceTotals.NGram(n: g.n, frequency: g.count, documents: 1)
            if k >= 0 {
                add(packed: key, totals)
            } else {
                add(text: Self.text(g.key) { terms[Int($0)] }, totals)
            }
        }
    }

    /// Adds the totals of the n-gram with this text.
    mutating func add(text: String, _ totals: SequenceTotals.NGram) {
        var key = NGramKey()
        var k = 0
        for piece in text.utf8.split(separator: 0x20, omittingEmptySubsequences: false) {
            guard k < SequenceOptions.maxN else { k = -1; break }
            let id = pieces.id(String(Substring(piece)))
            guard id < NGramKey.limit else { k = -1; break }
            key.set(k, id)
            k += 1
        }
        if k >= 0 {
            add(packed: key, totals)
        } else {
            spelled[TermKey(text), default: SequenceTotals.NGram(n: totals.n, frequency: 0, documents: 0)].add(totals)
        }
    }

    /// Adds totals under a key of piece ids (the first totals of a key give its n).
    private mutating func add(packed key: NGramKey, _ totals: SequenceTotals.NGram) {
        let (e, added) = packed.entry(key)
        if added { packedTotals.append(totals) } else { packedTotals[e].add(totals) }
    }

    /// Adds the totals of another, disjoint set of documents.
    mutating func merge(_ o: NGramTotals) {
        if count == 0 && pieces.count == 0 {
            self = o
            return
        }
        let ids = o.pieces.strings.map { pieces.id($0) }
        for (key, g) in zip(o.packed.keys, o.packedTotals) {
            var mapped = NGramKey()
            var k = 0
            key.forEachIndex { t in
                let id = ids[Int(t)]
                if id >= NGramKey.limit || k < 0 { k = -1 } else { mapped.set(k, id); k += 1 }
            }
            if k >= 0 {
                add(packed: mapped, g)
            } else {
                add(text: o.text(key), g)
            }
        }
        for (text, g) in o.spelled { add(text: text.string, g) }
    }

    /// The n-grams whose totals pass `include`, with their texts, in no particular order.
    public func rows(where include: (SequenceTotals.NGram) -> Bool) -> [(text: String, totals: SequenceTotals.NGram)] {
        var rows: [(text: String, totals: SequenceTotals.NGram)] = []
        for (key, g) in zip(packed.keys, packedTotals) where include(g) { rows.append((text(key), g)) }
        for (key, g) in spelled where include(g) { rows.append((key.string, g)) }
        return rows
    }

    /// Every n-gram by text.
    var byText: [String: SequenceTotals.NGram] { Dictionary(uniqueKeysWithValues: rows { _ in true }.map { ($0.text, $0.totals) }) }

    private func text(_ key: NGramKey) -> String { Self.text(key) { pieces[$0] } }

    /// The text of a key: the strings of its indices joined by one space.
    private static func text(_ key: NGramKey, _ string: (Int32) -> String) -> String {
        var text = ""
        var first = true
        key.forEachIndex { t in
            if !first { text.append(" ") }
            text.append(string(t))
            first = false
        }
        return text
    }

    /// Whether a term has no space (one piece of an n-gram text).
    private static func isOnePiece(_ term: String) -> Bool { !term.utf8.contains(0x20) }
}

extension NGramTotals: Equatable {
    public static func == (a: NGramTotals, b: NGramTotals) -> Bool { a.byText == b.byText }
}
