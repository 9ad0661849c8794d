/// Splits a paragraph into sentences after 。！？； and their ASCII forms (! ? ;) and after ellipses
/// (… or ...), taking closing quotes and brackets along, but never inside quotation marks (“…” ‘…’ 「…」 『…』
/// "…"). A quotation open for more than `maxQuoteLength` characters is taken as unbalanced and ignored.
enum SentenceSplitter {
    static let maxQuoteLength = 300

    private static let terminators: Set<Unicode.Scalar> = ["。", "！", "？", "；", "!", "?", ";", "…"]
    private static let closers: Set<Unicode.Scalar> = ["”", "’", "」", "』", ")", "）", "】", "》"]
    private static let openQuotes: Set<Unicode.Scalar> = ["“", "‘", "「", "『"]
    private static let closeQuotes: Set<Unicode.Scalar> = ["”", "’", "」", "』"]

    /// Sentence ranges in t[range], trimmed of blanks, in order; `breaks` are extra forced boundaries.
    static func split(_ t: [Unicode.Scalar], _ range: Range<Int>, breaks: [Int] = []) -> [Range<Int>] {
        var result: [Range<Int>] = []
        var start = range.lowerBound
        var depth = 0
        var quoteOpenedAt = 0
        var asciiQuoteOpen = false
        var forced = Set(breaks)
        forced.remove(range.lowerBound)
        var i = range.lowerBound
        func emit(_ end: Int) {
            if let r = trimmed(t, start..<end) { result.append(r) }
            start = end
        }
        while i < range.upperBound {
            if forced.contains(i) { emit(i) }
            let c = t[i]
            if openQuotes.contains(c) {
                if depth == 0 { quoteOpenedAt = i }
                depth += 1
            } else if closeQuotes.contains(c) {
                depth = max(0, depth - 1)
            } else if c == "\"" {
                asciiQuoteOpen.toggle()
                if asciiQuoteOpen && depth == 0 { quoteOpenedAt = i }
            }
            let quoted = (depth > 0 || asciiQuoteOpen) && i - quoteOpenedAt <= maxQuoteLength
            let isEllipsis = c == "." && i + 2 < range.upperBound && t[i + 1] == "." && t[i + 2] == "."
            if !quoted && (terminators.contains(c) || isEllipsis) {
                var j = i + 1
                while j < range.upperBound, terminators.contains(t[j]) || t[j] == "." || (closers.contains(t[j]) && !forced.contains(j)) {
                    if closeQuotes.contains(t[j]) { depth = max(0, depth - 1) }
                    j += 1
                }
                if depth > 0 || asciiQuoteOpen { depth = 0; asciiQuoteOpen = false }
                emit(j)
                i = j
                continue
            }
            i += 1
        }
        emit(range.upperBound)
        return result
    }

    /// The range without leading and trailing blanks; nil when nothing is left.
    static func trimmed(_ t: [Unicode.Scalar], _ r: Range<Int>) -> Range<Int>? {
        var lo = r.lowerBound, hi = r.upperBound
        while lo < hi, t[lo].isBlank { lo += 1 }
        while hi > lo, t[hi - 1].isBlank { hi -= 1 }
        return lo < hi ? lo..<hi : nil
    }
}
