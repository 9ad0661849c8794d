import TifaScript
/// Removes the pinyin an automatic converter inserts after converted characters, as in `創(chuàng)`:
/// ASCII parentheses holding one lower-case pinyin syllable (tone marks allowed), right after a Han character.
/// `(一)`, `(WTO)`, `(a)` and English words in parentheses stay.
enum PinyinPass {
    static func run(_ input: MappedText, report: inout CleaningReport) -> MappedText {
        let s = input.scalars
        guard s.indices.contains(where: { s[$0] == "(" && $0 > 0 && s[$0 - 1].isHan && syllableEnd(s, from: $0 + 1) != nil }) else {
            return input
        }
        var out = MappedText(end: input.end, capacity: input.count + 1)
        var i = 0
        while i < s.count {
            if s[i] == "(", i > 0, s[i - 1].isHan, let close = syllableEnd(s, from: i + 1) {
                report.removed("pinyin", close + 1 - i)
                i = close + 1
                continue
            }
            out.append(s[i], origin: input.origins[i])
            i += 1
        }
        return out
    }

    /// The index of the ")" closing a pinyin syllable that starts at `start`, or nil.
    static func syllableEnd(_ s: [Unicode.Scalar], from start: Int) -> Int? {
        var letters: [Character] = []
        var toned = false
        var i = start
        while i < s.count, i - start <= 7 {
            let c = s[i]
            if c == ")" { break }
            if let base = toneless[c] {
                letters.append(base)
                toned = true
            } else if ("a"..."z").contains(c) {
                letters.append(Character(c))
            } else {
                return nil
            }
            i += 1
        }
        guard i < s.count, s[i] == ")", !letters.isEmpty else { return nil }
        if !toned && letters.count < 2 { return nil }
        return isSyllable(String(letters)) ? i : nil
    }

    /// Tone-marked vowels (and ü) mapped to their base letter (ü as v).
    private static let toneless: [Unicode.Scalar: Character] = {
        var table: [Unicode.Scalar: Character] = [:]
        let groups: [(Character, String)] = [("a", "āáǎà"), ("e", "ēéěè"), ("i", "īíǐì"), ("o", "ōóǒò"),
                                             ("u", "ūúǔù"), ("v", "üǖǘǚǜ"), ("n", "ńňǹ"), ("m", "ḿ")]
        for (base, marked) in groups { for c in marked.unicodeScalars { table[c] = base } }
        return table
    }()

    private static let initials = ["zh", "ch", "sh", "b", "p", "m", "f", "d", "t", "n", "l", "g", "k", "h", "j", "q",
                                   "x", "r", "z", "c", "s", "y", "w", ""]
    private static let finals: Set<String> = [
        "a", "o", "e", "i", "u", "v", "ai", "ei", "ao", "ou", "an", "en", "ang", "eng", "ong", "er", "ia", "ie", "iao",
        "iu", "ian", "in", "iang", "ing", "iong", "ua", "uo", "uai", "ui", "uan", "un", "uang", "ueng", "ve", "van",
        "vn", "ue", "ng", "n", "m", "io",
    ]

    /// Whether the (toneless) letters form one pinyin syllable, optionally with an erhua r.
    static func isSyllable(_ letters: String) -> Bool {
        for candidate in [letters, letters.hasSuffix("r") && letters.count > 2 ? String(letters.dropLast()) : nil] {
            guard let candidate else { continue }
            for initial in initials where candidate.hasPrefix(initial) {
                let rest = String(candidate.dropFirst(initial.count))
                if finals.contains(rest), !(initial.isEmpty && (rest == "ng" || rest == "v" || rest == "ve")) { return true }
            }
        }
        return false
    }
}
