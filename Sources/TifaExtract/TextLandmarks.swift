import TifaCore

/// Positions the discovery rules start from, collected in one pass over the normalised text: sentence ends,
/// clause breaks (punctuation, quotes, brackets), quotation marks and numerals.
struct TextLandmarks {
    /// Sentences up to 。!? or a line break (blank ones left out).
    var sentences: [Range<Int>] = []
    /// Positions of clause separators, sentence ends, quotes and brackets, ascending.
    var breaks: [Int32] = []
    /// Positions of quotation marks and brackets, ascending.
    var quotes: [Int32] = []
    /// Positions of Chinese numerals (formula and pair numerals), ascending.
    var numerals: [Int32] = []
    /// Positions of characters that are neither Han characters nor breaks (digits, Latin, spaces …), ascending.
    var others: [Int32] = []

    private var start = 0
    private var blank = true
    static let breakMask = Scalars.Class([.clauseSeparator, .sentenceEnd, .quote]).rawValue
    static let quoteMask = Scalars.Class.quote.rawValue
    static let numeralMask = Scalars.Class([.numeral, .pair]).rawValue
    static let endMask = Scalars.Class.sentenceEnd.rawValue
    static let hanBit = Scalars.Class.han.rawValue

    init() {}

    /// Landmarks of a whole text in a pass of their own (the matcher collects them during its scan instead).
    init(_ text: [Unicode.Scalar]) {
        Scalars.table.withUnsafeBufferPointer { table in
            text.withUnsafeBufferPointer { buf in
                for i in 0..<buf.count { observe(i, buf[i].value, table) }
            }
        }
        finish(count: text.count)
    }

    /// Takes scalar v at position i into account; call for every position in order, then `finish`.
    @inline(__always)
    mutating func observe(_ i: Int, _ v: UInt32, _ table: UnsafeBufferPointer<UInt8>) {
        let c: UInt8 = v < 0x10000 ? table[Int(v)] : (v >= 0x20000 && v <= 0x2FFFF ? Self.hanBit : 0)
        if c == Self.hanBit {
            blank = false
            return
        }
        if c == 0 {
            others.append(Int32(i))
            if blank && v != 0x20 && v != 0x09 && v != 0x3000 { blank = false }
            return
        }
        if c & Self.breakMask != 0 { breaks.append(Int32(i)) }
        if c & Self.quoteMask != 0 { quotes.append(Int32(i)) }
        if c & Self.numeralMask != 0 { numerals.append(Int32(i)) }
        if c & Self.endMask != 0 {
            let end = v == 0x0A ? i : i + 1
            if !blank && end > start { sentences.append(start..<end) }
            start = i + 1
            blank = true
        } else if blank {
            blank = false
        }
    }

    mutating func finish(count: Int) {
        if !blank && count > start { sentences.append(start..<count) }
    }

    /// Index of the first element of a sorted position list that is >= p.
    static func lowerBound(_ list: [Int32], _ p: Int) -> Int { list.partitionPoint { Int($0) < p } }
}
