import Foundation
import TifaICU
import TifaScript

/// Finds characters a conversion lost and text decoded with the wrong charset in the original text, so that
/// `SurfacePass` removes and reports them:
/// - U+FFFD replacement characters;
/// - runs of ASCII `?` standing for lost characters: 4 or more, or 2 or more followed directly by text
///   (a real question mark ends a clause). A lost run after a blank is lost paragraph indentation
///   (`开展 ????在…`): the blanks before it become one line break so the paragraphs stay apart;
/// - mojibake, only on evidence of a wrong decode: a candidate run (uncommon Han characters outside GB2312 and
///   Big5 level 1 with `?`/U+FFFD debris, at most 3 characters apart, at least 3 members of which 2 uncommon; or 3 or
///   more characters of the Windows-1252 upper half in a row) is removed only on evidence: encoding it back in the
///   charset that misread it (GB18030, Big5, Windows-1252) gives valid UTF-8 Chinese, the typical mis-decode of
///   UTF-8 bytes (`鍏紑`, `å…¬å¼€`); or it holds `?`/U+FFFD debris and a character neither GB2312 nor Big5
///   holds (only the GBK extension area a misaligned double-byte decode lands in: `確?;顒尤〉脤嵭?`). Rare but valid
///   characters (罂粟, 镌刻, 赓续, 郯城, 缢蛏) are all in GB2312 or Big5: a candidate without evidence is only
///   reported (`CleaningReport.mojibakeSuspectRuns`), never removed;
/// - `锟斤拷`: the bytes of U+FFFD U+FFFD in UTF-8 (EF BF BD EF BF BD) read as GBK, where a text lost characters
///   once and was then decoded with the wrong charset. Runs of it (and a trailing `锟` of an odd count) are
///   mojibake by construction: the sequence never occurs in real text.
struct LostCharacterPass {
    let tables: ScriptTables

    /// What to drop, per original character (0 keep, 1 lost, 2 mojibake, 3 replacement), nil when nothing; and the
    /// runs that look like mojibake without evidence of a wrong decode (kept, to report).
    func marks(_ s: [Unicode.Scalar]) -> (drop: [UInt8]?, suspects: [Range<Int>]) {
        var drop = [UInt8](repeating: 0, count: s.count)
        var suspects: [Range<Int>] = []
        markMojibake(s, &drop, suspects: &suspects)
        markLatinMojibake(s, &drop, suspects: &suspects)
        markReplacementReadAsGBK(s, &drop)
        var any = drop.contains { $0 != 0 }
        var i = 0
        while i < s.count {
            if s[i].value == 0xFFFD, drop[i] == 0 {
                drop[i] = 3
                any = true
            } else if s[i] == "?", drop[i] == 0 {
                var j = i
                while j < s.count, s[j] == "?" { j += 1 }
                let n = j - i
                let followedByText = j < s.count && (s[j].isHan || s[j].properties.isAlphabetic || s[j].properties.numericType != nil)
                if n >= 4 || (n >= 2 && followedByText) {
                    for k in i..<j { drop[k] = 1 }
                    any = true
                }
                i = j
                continue
            }
            i += 1
        }
        return (any ? drop : nil, suspects)
    }

    /// Whether a run is UTF-8 read in one of the charsets: encoded back in it (debris left out), its bytes read as
    /// UTF-8 hold at least 2 Chinese characters (Han, CJK punctuation, full-width forms or U+FFFD) in valid multi-byte
    /// sequences covering at least two thirds of the non-ASCII bytes.
    static func misdecodedUTF8(_ run: ArraySlice<Unicode.Scalar>, charsets: [String]) -> Bool {
        var text = String.UnicodeScalarView()
        for c in run where !debris(c) { text.append(c) }
        for charset in charsets {
            guard let bytes = try? Converter.encode(String(text), charset: charset) else { continue }
            if readsAsChineseUTF8(bytes) { return true }
        }
        return false
    }

    /// See `misdecodedUTF8`.
    static func readsAsChineseUTF8(_ b: [UInt8]) -> Bool {
        var i = 0, chinese = 0, chineseBytes = 0, nonASCII = 0
        while i < b.count {
            let c = b[i]
            if c < 0x80 { i += 1; continue }
            let length = (0xC2...0xDF).contains(c) ? 2 : (0xE0...0xEF).contains(c) ? 3 : (0xF0...0xF4).contains(c) ? 4 : 1
            if length > 1, i + length <= b.count, let decoded = String(validating: b[i..<(i + length)], as: UTF8.self),
               let scalar = decoded.unicodeScalars.first,
               scalar.isHan || (0x3000...0x303F).contains(scalar.value) || (0xFF00...0xFFEF).contains(scalar.value)
               || scalar.value == 0xFFFD {
                chinese += 1
                chineseBytes += length
                nonASCII += length
                i += length
            } else {
                nonASCII += 1
                i += 1
            }
        }
        return chinese >= 2 && chineseBytes * 3 >= nonASCII * 2
    }

    /// Reports the dropped run s[range] of one kind; a lost run after blanks turns them into a line break in out.
    static func dropped(_ kind: UInt8, _ range: Range<Int>, next: Unicode.Scalar?, out: inout MappedText,
                        report: inout CleaningReport) {
        let span = OriginalSpan(start: range.lowerBound, end: range.upperBound,
                                rule: kind == 1 ? "lost" : kind == 2 ? "mojibake" : "replacement")
        switch kind {
        case 1:
            report.lostCharacters += range.count
            report.lostRuns.append(span)
            report.removed("lost", range.count)
            restoreParagraphBreak(&out, before: next, report: &report)
        case 2:
            report.mojibakeRuns.append(span)
            report.removed("mojibake", range.count)
        default:
            report.replacementCharacters += range.count
            report.lostRuns.append(span)
            report.removed("replacement", range.count)
        }
    }

    /// Blanks before a lost run in mid-line become a line break (the run was lost indentation).
    private static func restoreParagraphBreak(_ out: inout MappedText, before next: Unicode.Scalar?, report: inout CleaningReport) {
        guard let next, next != "\n", next != "\r", let last = out.scalars.last, last.isBlank else { return }
        var origin = out.origins.last!
        var blanks = 0
        while let l = out.scalars.last, l.isBlank {
            origin = out.origins.removeLast()
            out.scalars.removeLast()
            blanks += 1
        }
        if out.scalars.last == "\n" || out.scalars.isEmpty {
            // The blanks were already at a line start: just drop them.
            report.removed("lost", blanks)
            return
        }
        out.append("\n", origin: origin)
        report.removed("lost", blanks - 1)
        report.changed("lost-paragraph-break")
    }

    private func markMojibake(_ s: [Unicode.Scalar], _ drop: inout [UInt8], suspects: inout [Range<Int>]) {
        var cluster: [Int] = []
        var uncommon = 0
        func flush() {
            defer { cluster.removeAll(); uncommon = 0 }
            guard cluster.count >= 3, uncommon >= 2, var lo = cluster.first, var hi = cluster.last else { return }
            while lo > 0, Self.debris(s[lo - 1]) { lo -= 1 }
            while hi + 1 < s.count, Self.debris(s[hi + 1]) { hi += 1 }
            let run = s[lo...hi]
            let standardless = run.contains { c in c.isHan && c.value < 0x10000 && tables.flags(c).isDisjoint(with: [.inGB2312, .inBig5]) }
            if Self.misdecodedUTF8(run, charsets: ["GB18030", "Big5"]) || (standardless && run.contains(where: Self.debris)) {
                for k in lo...hi { drop[k] = 2 }
            } else {
                suspects.append(lo..<(hi + 1))
            }
        }
        for i in s.indices {
            let v = s[i].value
            // Most characters are neither Han nor debris nor line ends: skip them fast.
            if v < 0x3400 && v != 0x3F && v != 0x0A && v != 0x0D { continue }
            if v == 0x0A || v == 0x0D { flush(); continue }
            let isUncommon = tables.isUncommonHan(s[i]) || (0xE000...0xF8FF).contains(s[i].value)
            // A ? or U+FFFD right next to a Han character is mojibake debris (a real question mark ends a clause).
            let isDebris = Self.debris(s[i]) && s[i] != ";" && ((i > 0 && s[i - 1].isHan) || (i + 1 < s.count && s[i + 1].isHan))
            guard isUncommon || isDebris else { continue }
            if let last = cluster.last, i - last > 4 { flush() }
            cluster.append(i)
            if isUncommon { uncommon += 1 }
        }
        flush()
    }

    /// U+FFFD's UTF-8 bytes read as GBK, two at a time: 锟 (EF BF) 斤 (BD EF) 拷 (BF BD).
    static let replacementAsGBK: [Unicode.Scalar] = ["\u{951F}", "\u{65A4}", "\u{62F7}"]

    private func markReplacementReadAsGBK(_ s: [Unicode.Scalar], _ drop: inout [UInt8]) {
        let cycle = Self.replacementAsGBK
        var i = 0
        while i + 3 <= s.count {
            guard s[i] == cycle[0], s[i + 1] == cycle[1], s[i + 2] == cycle[2] else { i += 1; continue }
            var j = i + 3
            while j + 3 <= s.count, s[j] == cycle[0], s[j + 1] == cycle[1], s[j + 2] == cycle[2] { j += 3 }
            if j < s.count, s[j] == cycle[0] { j += 1 }
            for k in i..<j { drop[k] = 2 }
            i = j
        }
    }

    /// Characters that mojibake leaves around its runs.
    private static func debris(_ c: Unicode.Scalar) -> Bool { c == "?" || c == ";" || c.value == 0xFFFD }

    private static let windows1252Upper: Set<UInt32> = [
        0x152, 0x153, 0x160, 0x161, 0x178, 0x17D, 0x17E, 0x192, 0x2C6, 0x2DC, 0x2013, 0x2014, 0x2018, 0x2019, 0x201A,
        0x201C, 0x201D, 0x201E, 0x2020, 0x2021, 0x2022, 0x2026, 0x2030, 0x2039, 0x203A, 0x20AC, 0x2122,
    ]

    private func markLatinMojibake(_ s: [Unicode.Scalar], _ drop: inout [UInt8], suspects: inout [Range<Int>]) {
        func isUpperHalf(_ v: UInt32) -> Bool {
            if v < 0x80 { return false }
            if v <= 0xFF { return true }
            if v < 0x152 || v > 0x2122 { return false }
            return Self.windows1252Upper.contains(v)
        }
        var i = 0
        while i < s.count {
            guard isUpperHalf(s[i].value) else { i += 1; continue }
            var j = i, leads = 0
            while j < s.count, isUpperHalf(s[j].value) {
                if (0xC2...0xEF).contains(s[j].value) { leads += 1 }
                j += 1
            }
            if j - i >= 3 && leads >= 2 {
                if Self.misdecodedUTF8(s[i..<j], charsets: ["windows-1252"]) {
                    for k in i..<j { drop[k] = 2 }
                } else {
                    suspects.append(i..<j)
                }
            }
            i = j
        }
    }
}
