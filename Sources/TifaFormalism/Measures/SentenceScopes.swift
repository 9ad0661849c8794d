import TifaCore

/// The pieces of a document's normalised text the formalism measures look at: full sentences (up to 。!? or a
/// line break, a semicolon does not end one) and clauses (also ending at ;), and which sentences sit in a plan
/// section.
struct SentenceScopes {
    /// Full sentences, trimmed of blanks, in order.
    let sentences: [Range<Int>]
    /// Clauses (full sentences cut after ; as well), in order.
    let clauses: [Range<Int>]

    init(_ text: [Unicode.Scalar]) {
        sentences = Self.split(text, at: ["。", "!", "?", "！", "？", "\n"])
        clauses = Self.split(text, at: ["。", "!", "?", "！", "？", "\n", ";", "；"])
    }

    /// Ranges of text ending after each terminator, blanks trimmed, empty ones dropped.
    static func split(_ text: [Unicode.Scalar], at terminators: Set<Unicode.Scalar>) -> [Range<Int>] {
        var result: [Range<Int>] = []
        var start = 0
        func add(_ end: Int) {
            var lo = start, hi = end
            while lo < hi, text[lo].properties.isWhitespace { lo += 1 }
            while hi > lo, text[hi - 1].properties.isWhitespace { hi -= 1 }
            if lo < hi { result.append(lo..<hi) }
        }
        for (i, c) in text.enumerated() where terminators.contains(c) {
            add(i + 1)
            start = i + 1
        }
        add(text.count)
        return result
    }

    /// The index of the range containing p in sorted, non-overlapping ranges.
    static func index(of p: Int, in ranges: [Range<Int>]) -> Int? { ranges.index(containing: p) }
}
