import TifaCore

/// Section heading markers of Chinese official documents, outermost first:
/// 第一篇/第一部分 > 第一章 > 第一节 > 一、 > (一) > 1. or 1、 > (1).
enum HeadingMarker {
    /// A marker found at a position: its rank (0 = outermost kind) and where the title starts.
    struct Found: Equatable {
        let rank: Int
        let titleStart: Int
    }

    /// Numerals of heading markers: role `heading` in Tifa's one numeral table (Dictionaries/discovery/numerals.tsv).
    static let chineseNumerals: Set<Unicode.Scalar> = ChineseNumerals.active.scalars(.heading)

    /// The marker starting at text[i] (in normalised text: ASCII parentheses and digits), if any.
    static func match(_ t: [Unicode.Scalar], at i: Int, end: Int) -> Found? {
        guard i < end else { return nil }
        let c = t[i]
        if c == "第" {
            var j = i + 1
            while j < end, j - i <= 5, chineseNumerals.contains(t[j]) || isDigit(t[j]) { j += 1 }
            guard j > i + 1, j < end else { return nil }
            if t[j] == "篇" || t[j] == "编" { return Found(rank: 0, titleStart: skipBlanks(t, j + 1, end)) }
            if t[j] == "部", j + 1 < end, t[j + 1] == "分" { return Found(rank: 0, titleStart: skipBlanks(t, j + 2, end)) }
            if t[j] == "章" { return Found(rank: 1, titleStart: skipBlanks(t, j + 1, end)) }
            if t[j] == "节" { return Found(rank: 2, titleStart: skipBlanks(t, j + 1, end)) }
            return nil
        }
        if chineseNumerals.contains(c) {
            var j = i
            while j < end, j - i < 4, chineseNumerals.contains(t[j]) { j += 1 }
            if j < end, t[j] == "\u{3001}" { return Found(rank: 3, titleStart: j + 1) }
            return nil
        }
        if c == "(" {
            var j = i + 1
            if j < end, chineseNumerals.contains(t[j]) {
                while j < end, j - i <= 4, chineseNumerals.contains(t[j]) { j += 1 }
                if j < end, t[j] == ")" { return Found(rank: 4, titleStart: j + 1) }
                return nil
            }
            while j < end, j - i <= 2, isDigit(t[j]) { j += 1 }
            if j > i + 1, j < end, t[j] == ")" { return Found(rank: 6, titleStart: j + 1) }
            return nil
        }
        if isDigit(c) {
            var j = i
            while j < end, j - i < 2, isDigit(t[j]) { j += 1 }
            guard j < end, t[j] == "." || t[j] == "\u{3001}" else { return nil }
            // 1.5 is a number, not a heading.
            if t[j] == ".", j + 1 < end, isDigit(t[j + 1]) { return nil }
            return Found(rank: 5, titleStart: j + 1)
        }
        return nil
    }

    @inline(__always) static func isDigit(_ c: Unicode.Scalar) -> Bool { c.value >= 0x30 && c.value <= 0x39 }

    private static func skipBlanks(_ t: [Unicode.Scalar], _ i: Int, _ end: Int) -> Int {
        var i = i
        while i < end, t[i].isBlank { i += 1 }
        return i
    }
}
