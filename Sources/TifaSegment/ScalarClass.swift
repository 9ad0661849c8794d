import TifaCore

/// The segmenter's character classes, looked up in a 64 K table for the BMP.
enum ScalarClass: UInt8 {
    /// Whitespace, control and format characters: never part of a token.
    case skip
    /// Han ideographs (and 〇).
    case han
    /// ASCII and full-width digits 0–9.
    case digit
    /// Latin letters (ASCII, full-width, Latin-1 and Latin Extended).
    case latin
    /// Letters of other scripts (kana, Hangul, Cyrillic …) and combining marks: ICU segments them.
    case letter
    case punctuation
    case symbol

    /// The class of a scalar value.
    @inline(__always) static func of(_ v: UInt32) -> ScalarClass { table.of(v) }

    /// The BMP class table, built once; hot loops keep a copy of this (immutable) value to skip the lazy global.
    static let table = Table()

    /// A 64 K class table for the BMP (never freed: it lives as long as the process).
    struct Table: @unchecked Sendable {
        private let bmp: UnsafeMutablePointer<ScalarClass>

        init() {
            bmp = .allocate(capacity: 0x10000)
            for v in 0..<0x10000 { bmp[v] = ScalarClass.compute(UInt32(v)) }
        }

        @inline(__always) func of(_ v: UInt32) -> ScalarClass { v < 0x10000 ? bmp[Int(v)] : ScalarClass.compute(v) }
    }

    fileprivate static func compute(_ v: UInt32) -> ScalarClass {
        guard let s = Unicode.Scalar(v) else { return .skip }  // surrogates
        if (0x30...0x39).contains(v) || (0xFF10...0xFF19).contains(v) { return .digit }
        if (0x41...0x5A).contains(v) || (0x61...0x7A).contains(v) || (0xFF21...0xFF3A).contains(v)
            || (0xFF41...0xFF5A).contains(v) { return .latin }
        let p = s.properties
        if p.isWhitespace { return .skip }
        if p.isIdeographic && p.generalCategory == .otherLetter || v == 0x3007 { return .han }
        switch p.generalCategory {
        case .control, .format, .unassigned, .surrogate, .privateUse, .lineSeparator, .paragraphSeparator,
             .spaceSeparator:
            return .skip
        case .uppercaseLetter, .lowercaseLetter, .titlecaseLetter:
            return (0xC0...0x24F).contains(v) ? .latin : .letter
        case .modifierLetter, .otherLetter, .nonspacingMark, .spacingMark, .enclosingMark:
            return .letter
        case .decimalNumber, .letterNumber, .otherNumber:
            return .symbol
        case .connectorPunctuation, .dashPunctuation, .openPunctuation, .closePunctuation, .initialPunctuation,
             .finalPunctuation, .otherPunctuation:
            return .punctuation
        default:
            return .symbol
        }
    }

    /// Chinese numeral characters that form dates with 年, 月, 日 (`二○○一年`, `十二月`, `三十一日`): the numerals of
    /// role `date` in Tifa's one numeral table (Dictionaries/discovery/numerals.tsv), as a BMP bitmap.
    static let dateNumerals: [Bool] = {
        var t = [Bool](repeating: false, count: 0x10000)
        for s in ChineseNumerals.active.scalars(.date) where s.value < 0x10000 { t[Int(s.value)] = true }
        return t
    }()

    @inline(__always) static func isChineseNumeral(_ v: UInt32) -> Bool { v < 0x10000 && dateNumerals[Int(v)] }

    /// 年, 月, 日: the date units a run of numerals joins.
    @inline(__always) static func isDateUnit(_ v: UInt32) -> Bool { v == 0x5E74 || v == 0x6708 || v == 0x65E5 }
}
