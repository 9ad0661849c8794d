/// Positions the discovery rules start from, collected in one pass over the normalised text: sentence ends,
/// clause breaks (punctuation, quotes, brackets), quotation marks and numerals.
struct TextLandmarks {
    /// Sentences up to 。!? or a line break (blank ones left out).
    var sentences: [Range<Int>] = []
    /// Positions of clause separators, sentence ends, quotes and brackets, ascending.
    var breaks: [Int32] = []
    /// Positions of quotation marks and brackets, ascending.
    var quotes: [Int32] = []
    /// Positions of Chinese numerals, ascending.
    var numerals: [Int32] = []

    init(_ text: [Unicode.Scalar]) {
        let breakMask = Scalars.Class([.clauseSeparator, .sentenceEnd, .quote]).rawValue
        let quoteMask = Scalars.Class.quote.rawValue, numeralMask = Scalars.Class.numeral.rawValue
        let endMask = Scalars.Class.sentenceEnd.rawValue
        var start = 0
        var blank = true
        Scalars.table.withUnsafeBufferPointer { table in
            text.withUnsafeBufferPointer { buf in
                for i in 0..<buf.count {
                    let v = buf[i].value
                    let c: UInt8 = v < 0x10000 ? table[Int(v)] : 0
                    if c == 0 {
                        if blank && v != 0x20 && v != 0x09 && v != 0x3000 { blank = false }
                        continue
                    }
                    if c & breakMask != 0 { breaks.append(Int32(i)) }
                    if c & quoteMask != 0 { quotes.append(Int32(i)) }
                    if c & numeralMask != 0 { numerals.append(Int32(i)) }
                    if c & endMask != 0 {
                        let end = v == 0x0A ? i : i + 1
                        if !blank && end > start { sentences.append(start..<end) }
                        start = i + 1
                        blank = true
                    } else if blank {
                        blank = false
                    }
                }
            }
        }
        if !blank && text.count > start { sentences.append(start..<text.count) }
    }

    /// Index of the first element of a sorted position list that is >= p.
    static func lowerBound(_ list: [Int32], _ p: Int) -> Int {
        var lo = 0, hi = list.count
        while lo < hi {
            let mid = (lo + hi) / 2
            if Int(list[mid]) < p { lo = mid + 1 } else { hi = mid }
        }
        return lo
    }
}
