import TifaCore

/// Character classes used by the discovery rules, looked up in one table for the Basic Multilingual Plane.
enum Scalars {
    struct Class: OptionSet {
        let rawValue: UInt8
        static let han = Class(rawValue: 1)
        static let numeral = Class(rawValue: 2)
        static let sentenceEnd = Class(rawValue: 4)
        static let clauseSeparator = Class(rawValue: 8)
        static let quote = Class(rawValue: 16)
        static let measure = Class(rawValue: 32)
        static let ordinalPrefix = Class(rawValue: 64)
        /// 双: starts a 双X formula only when quoted or listed, never a count.
        static let pair = Class(rawValue: 128)
    }

    /// Class bits of every BMP scalar.
    static let table: [UInt8] = {
        var t = [UInt8](repeating: 0, count: 0x10000)
        for v in 0x4E00...0x9FFF { t[v] |= Class.han.rawValue }
        for v in 0x3400...0x4DBF { t[v] |= Class.han.rawValue }
        for v in 0xF900...0xFAFF { t[v] |= Class.han.rawValue }
        func mark(_ set: Set<Unicode.Scalar>, _ c: Class) { for s in set where s.value < 0x10000 { t[Int(s.value)] |= c.rawValue } }
        let lists = DiscoveryLists.active
        mark(lists.numerals.scalars(.formula), .numeral)
        mark(lists.numerals.scalars(.pair), .pair)
        mark(sentenceEnds, .sentenceEnd)
        mark(clauseSeparators, .clauseSeparator)
        mark(Set(lists.quotePairs.flatMap { [$0.key, $0.value.close] } + brackets), .quote)
        mark(Set(lists.measures.keys), .measure)
        mark(Set(lists.words("ordinal").compactMap { $0.count == 1 ? $0[0] : nil }), .ordinalPrefix)
        return t
    }()

    @inline(__always) static func has(_ s: Unicode.Scalar, _ c: Class) -> Bool {
        s.value < 0x10000 ? table[Int(s.value)] & c.rawValue != 0 : (c == .han && s.value >= 0x20000 && s.value <= 0x2FFFF)
    }

    @inline(__always) static func isHan(_ s: Unicode.Scalar) -> Bool { has(s, .han) }

    /// Brackets: clause breaks, like quotes (ASCII after NFKC, and the full-width forms).
    static let brackets: [Unicode.Scalar] = ["(", ")", "\u{FF08}", "\u{FF09}"]

    /// A numeral that starts formulas (numerals.tsv role `formula`: 一 … 十, 两).
    @inline(__always) static func isNumeral(_ s: Unicode.Scalar) -> Bool { has(s, .numeral) }
    /// A numeral of role `pair` (双).
    @inline(__always) static func isPair(_ s: Unicode.Scalar) -> Bool { has(s, .pair) }
    @inline(__always) static func isMeasure(_ s: Unicode.Scalar) -> Bool { has(s, .measure) }
    @inline(__always) static func isOrdinalPrefix(_ s: Unicode.Scalar) -> Bool { has(s, .ordinalPrefix) }
    @inline(__always) static func isSentenceEnd(_ s: Unicode.Scalar) -> Bool { has(s, .sentenceEnd) }
    @inline(__always) static func isClauseSeparator(_ s: Unicode.Scalar) -> Bool { has(s, .clauseSeparator) }

    static func isDigit(_ s: Unicode.Scalar) -> Bool { ("0"..."9").contains(s) }

    /// Sentence-final punctuation.
    static let sentenceEnds: Set<Unicode.Scalar> = ["\u{3002}", "!", "?", "\u{FF01}", "\u{FF1F}", "\n"]  // 。 ! ? ！ ？

    /// Clause separators inside a sentence.
    static let clauseSeparators: Set<Unicode.Scalar> = [",", "\u{3001}", ";", ":", "\u{FF0C}", "\u{FF1B}", "\u{FF1A}"]  // , 、 ; : ， ； ：
}

extension Array where Element == Unicode.Scalar {
    /// The scalars in range as a String.
    func string(_ r: Range<Int>) -> String { String(scalars: self[r]) }
}

/// A small set of scalars for the discovery rules' hot paths: a BMP scalar is looked up by one bit test instead of
/// hashing (others by a linear search of the few there are).
struct ScalarSet: Sendable, ExpressibleByArrayLiteral {
    private var bits = [UInt64](repeating: 0, count: 0x10000 / 64)
    private var astral: [Unicode.Scalar] = []

    init<S: Sequence>(_ scalars: S) where S.Element == Unicode.Scalar {
        for s in scalars {
            if s.value < 0x10000 { bits[Int(s.value) >> 6] |= 1 << UInt64(s.value & 63) } else { astral.append(s) }
        }
    }

    init(arrayLiteral scalars: Unicode.Scalar...) { self.init(scalars) }

    @inline(__always)
    func contains(_ s: Unicode.Scalar) -> Bool {
        s.value < 0x10000 ? bits[Int(s.value) >> 6] & (1 << UInt64(s.value & 63)) != 0 : astral.contains(s)
    }
}
