/// Splits a paragraph into sentences after 。！？； and their ASCII forms (! ? ;) and after ellipses
/// (… or ...), taking closing quotes and brackets along, but never inside quotation marks (“…” ‘…’ 「…」 『…』
/// "…"). A quotation open for more than `maxQuoteLength` characters is taken as unbalanced and ignored.
enum SentenceSplitter {
    static let maxQuoteLength = 300

    @inline(__always) private static func isTerminator(_ c: Unicode.Scalar) -> Bool {
        switch c.value {
        case 0x3002, 0xFF01, 0xFF1F, 0xFF1B, 0x21, 0x3F, 0x3B, 0x2026: return true
        default: return false
        }
    }

    /// Closing quotes and brackets that stay with the sentence they close.
    @inline(__always) private static func isCloser(_ c: Unicode.Scalar) -> Bool {
        switch c.value {
        case 0x201D, 0x2019, 0x300D, 0x300F, 0x29, 0xFF09, 0x3011, 0x300B: return true
        default: return false
        }
    }

    @inline(__always) private static func isOpenQuote(_ c: Unicode.Scalar) -> Bool {
        switch c.value {
        case 0x201C, 0x2018, 0x300C, 0x300E: return true
        default: return false
        }
    }

    @inline(__always) private static func isCloseQuote(_ c: Unicode.Scalar) -> Bool {
        switch c.value {
        case 0x201D, 0x2019, 0x300D, 0x300F: return true
        default: return false
        }
    }

    /// Sentence ranges in t[range], trimmed of blanks, in order; `breaks` are extra forced boundaries.
    static func split(_ t: [Unicode.Scalar], _ range: Range<Int>, breaks: [Int] = []) -> [Range<Int>] {
        var result: [Range<Int>] = []
        var start = range.lowerBound
        var depth = 0
        var quoteOpenedAt = 0
        var asciiQuoteOpen = false
        // Forced boundaries, in order, inside the range.
        let forced = breaks.filter { $0 > range.lowerBound && $0 < range.upperBound }.sorted()
        var nextForced = 0
        var i = range.lowerBound
        func emit(_ end: Int) {
            if let r = trimmed(t, start..<end) { result.append(r) }
            start = end
        }
        while i < range.upperBound {
            if nextForced < forced.count, forced[nextForced] == i {
                emit(i)
                nextForced += 1
            }
            let c = t[i]
            // Ideographs (most of the text) are neither quotes nor sentence ends.
            if c.value >= 0x4E00 && c.value <= 0x9FFF {
                i += 1
                continue
            }
            if isOpenQuote(c) {
                if depth == 0 { quoteOpenedAt = i }
                depth += 1
            } else if isCloseQuote(c) {
                depth = max(0, depth - 1)
            } else if c == "\"" {
                asciiQuoteOpen.toggle()
                if asciiQuoteOpen && depth == 0 { quoteOpenedAt = i }
            }
            let quoted = (depth > 0 || asciiQuoteOpen) && i - quoteOpenedAt <= maxQuoteLength
            let isEllipsis = c == "." && i + 2 < range.upperBound && t[i + 1] == "." && t[i + 2] == "."
            if !quoted && (isTerminator(c) || isEllipsis) {
                var j = i + 1
                while j < range.upperBound, isTerminator(t[j]) || t[j] == "." || isCloser(t[j]),
                      nextForced >= forced.count || forced[nextForced] != j {
                    if isCloseQuote(t[j]) { depth = max(0, depth - 1) }
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
