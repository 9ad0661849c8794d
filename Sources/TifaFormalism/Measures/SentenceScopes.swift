import TifaCore

/// The pieces of a document's normalised text the formalism measures look at: full sentences (up to 。!? or a
/// line break, a semicolon does not end one) and clauses (also ending at ;), both found in one pass.
struct SentenceScopes {
    /// Full sentences, trimmed of blanks, in order.
    let sentences: [Range<Int>]
    /// Clauses (full sentences cut after ; as well), in order.
    let clauses: [Range<Int>]

    init(_ text: [Unicode.Scalar]) {
        var sentences: [Range<Int>] = [], clauses: [Range<Int>] = []
        var sentenceStart = 0, clauseStart = 0
        for (i, c) in text.enumerated() {
            switch c {
            case "\u{3002}", "!", "?", "\u{FF01}", "\u{FF1F}", "\n":
                Self.add(text, sentenceStart..<(i + 1), to: &sentences)
                Self.add(text, clauseStart..<(i + 1), to: &clauses)
                sentenceStart = i + 1
                clauseStart = i + 1
            case ";", "\u{FF1B}":
                Self.add(text, clauseStart..<(i + 1), to: &clauses)
                clauseStart = i + 1
            default:
                continue
            }
        }
        Self.add(text, sentenceStart..<text.count, to: &sentences)
        Self.add(text, clauseStart..<text.count, to: &clauses)
        self.sentences = sentences
        self.clauses = clauses
    }

    /// Appends the range with blanks trimmed, unless nothing is left.
    private static func add(_ text: [Unicode.Scalar], _ range: Range<Int>, to result: inout [Range<Int>]) {
        var lo = range.lowerBound, hi = range.upperBound
        while lo < hi, text[lo].properties.isWhitespace { lo += 1 }
        while hi > lo, text[hi - 1].properties.isWhitespace { hi -= 1 }
        if lo < hi { result.append(lo..<hi) }
    }

    /// The index of the range containing p in sorted, non-overlapping ranges.
    static func index(of p: Int, in ranges: [Range<Int>]) -> Int? { ranges.index(containing: p) }
}
