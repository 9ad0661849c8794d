/// Numbered formulas (五个好, 八个一, 三严三实, 两学一做, 三牢记五争先, 十九大), told apart from counts and
/// ordinals (三个月, 五年来, 第一次, 一个偏僻的山村) and numeral idioms (千方百计, listed in codebooks).
enum NumberedFormulas {
    /// Characters that may follow a formula directly: punctuation, quotes, and a few function words.
    static let followers: Set<Unicode.Scalar> = ["的", "和", "与", "及", "、", "为", "是", "要", "中", "上", "活", "工",
                                                  "目", "标", "主", "精", "等", "”", "」", "』"]

    static func isBoundary(_ text: [Unicode.Scalar], _ i: Int) -> Bool {
        i >= text.count || !Scalars.isHan(text[i]) || followers.contains(text[i])
    }

    /// Length of the numeral run starting at i (二十, 十九, 三).
    static func numeralRun(_ text: [Unicode.Scalar], _ i: Int) -> Int {
        var j = i
        while j < text.count, j - i < 3, Scalars.isNumeral(text[j]) { j += 1 }
        return j - i
    }

    /// Formulas found by rule in text, as ranges (not overlapping, in order).
    static func find(in text: [Unicode.Scalar], exclusions: Set<String>) -> [Range<Int>] {
        var result: [Range<Int>] = []
        var i = 0
        while i < text.count {
            guard Scalars.isNumeral(text[i]),
                  i == 0 || (!Scalars.isNumeral(text[i - 1]) && !Scalars.ordinalPrefixes.contains(text[i - 1])
                             && !Scalars.isDigit(text[i - 1])),
                  let r = formula(at: i, in: text),
                  !exclusions.contains(text.string(r)) else {
                i += 1
                continue
            }
            result.append(r)
            i = r.upperBound
        }
        return result
    }

    /// Whether a whole quotation is a numbered formula (“五带头”, “十不准”, “三个一”, “五型”).
    static func isFormula(_ q: [Unicode.Scalar]) -> Bool {
        guard let first = q.first, Scalars.isNumeral(first) else { return false }
        if let r = formula(at: 0, in: q), r.upperBound == q.count { return true }
        let n = numeralRun(q, 0)
        let rest = q[n...]
        guard let head = rest.first, rest.count <= 4, rest.allSatisfy(Scalars.isHan) else { return false }
        if head == "个" { return rest.count >= 2 && !(n == 1 && first == "一") }
        return !Scalars.measures.contains(head) && !Scalars.isNumeral(head)
    }

    /// The formula starting at i, by rule: a congress (十九大), N个X, or two or more numeral groups (三严三实).
    static func formula(at i: Int, in text: [Unicode.Scalar]) -> Range<Int>? {
        let n = numeralRun(text, i)
        guard n > 0 else { return nil }
        let j = i + n
        guard j < text.count else { return nil }
        // 十七大, 十八大, 十九大, 二十大.
        if n == 2, text[i..<j].contains("十"), text[j] == "大" { return i..<(j + 1) }
        // N个X: 五个好, 八个一, 四个全面, 两个维护.
        if text[j] == "个" {
            if n == 1 && text[i] == "一" { return nil }
            let x = j + 1
            guard x < text.count, Scalars.isHan(text[x]), !Scalars.measures.contains(text[x]) else { return nil }
            if Scalars.isNumeral(text[x]) {
                return isBoundary(text, x + 1) ? i..<(x + 1) : nil
            }
            for len in [1, 2] where x + len <= text.count {
                let body = text[x..<(x + len)]
                guard body.allSatisfy({ Scalars.isHan($0) && !Scalars.isNumeral($0) }) else { break }
                if isBoundary(text, x + len) { return i..<(x + len) }
            }
            return nil
        }
        // Numeral groups: N X N Y (N Z), each X of the same length L (1 or 2); the last may be L + 1.
        for len in [1, 2] {
            var k = i
            var groups = 0
            while k < text.count, Scalars.isNumeral(text[k]) {
                let m = numeralRun(text, k)
                let body = k + m
                guard body + len <= text.count,
                      text[body..<(body + len)].allSatisfy({ Scalars.isHan($0) && !Scalars.isNumeral($0) }),
                      !Scalars.measures.contains(text[body]) else { break }
                groups += 1
                k = body + len
                if k < text.count, Scalars.isNumeral(text[k]) { continue }
                if groups >= 2, !isBoundary(text, k), k + 1 < text.count, Scalars.isHan(text[k]),
                   !Scalars.isNumeral(text[k]), isBoundary(text, k + 1) {
                    k += 1
                }
                break
            }
            if groups >= 2 { return i..<k }
        }
        return nil
    }
}
