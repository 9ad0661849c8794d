/// Numbered formulas (五个好, 八个一, 三严三实, 两学一做, 三牢记五争先, 十九大), told apart from counts and
/// ordinals (三个月, 五年来, 第一次, 一个偏僻的山村) and numeral idioms (千方百计, listed in codebooks).
enum NumberedFormulas {
    /// Characters that may follow a formula directly: punctuation, quotes, and a few function words.
    static let followers: Set<Unicode.Scalar> = ["的", "和", "与", "及", "、", "为", "是", "等", "”", "」", "』"]

    /// Words after N个X that announce a formula (五个好的要求, 四个全面战略布局).
    static let announcingAfter = ["要求", "活动", "标准", "目标", "工程", "精神", "战略", "布局", "原则", "方针", "理念",
                                  "思想", "建设", "的要求", "的目标", "的标准", "的原则"]
    /// Verbs before N个X that announce a formula (做到五个好, 增强四个意识).
    static let announcingBefore = ["做到", "坚持", "实现", "落实", "树立", "增强", "践行", "推进", "贯彻", "开展", "围绕",
                                   "突出", "坚定", "做好", "抓好", "达到", "争创", "创建", "深化", "把握", "强化"]
    /// Characters after any numeral that make a name or a word (四川, 三峡, 五金, 九州).
    static let placeWords: Set<Unicode.Scalar> = ["川", "峡", "金", "州", "亚", "角", "维", "原", "明"]
    /// Characters after 一 that make a word rather than a numeral group (一定, 一些, 一切 …).
    static let wordsAfterOne: Set<Unicode.Scalar> = ["定", "些", "切", "般", "直", "致", "起", "样", "律", "再", "旦",
                                                      "度", "向", "贯", "同", "道", "体", "带", "流", "线", "举", "时",
                                                      "经", "味", "齐", "共", "概", "并", "连", "系", "手", "身", "心",
                                                      "边", "年", "月", "天", "行", "下"]

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
    static func find(in text: [Unicode.Scalar], landmarks: TextLandmarks, exclusions: Set<String>) -> [Range<Int>] {
        var result: [Range<Int>] = []
        var reach = 0
        for position in landmarks.numerals {
            let i = Int(position)
            guard i >= reach,
                  i == 0 || (!Scalars.isNumeral(text[i - 1]) && !Scalars.isOrdinalPrefix(text[i - 1])
                             && !Scalars.isDigit(text[i - 1])),
                  let r = formula(at: i, in: text),
                  !exclusions.contains(text.string(r)),
                  text[i + numeralRun(text, i)] != "个" || announced(r, in: text) else { continue }
            result.append(r)
            reach = r.upperBound
        }
        return result
    }

    /// Whether an N个X formula outside quotes is announced as one by the words around it.
    static func announced(_ r: Range<Int>, in text: [Unicode.Scalar]) -> Bool {
        func hasPrefix(_ w: [Unicode.Scalar]) -> Bool {
            r.upperBound + w.count <= text.count && text[r.upperBound..<(r.upperBound + w.count)].elementsEqual(w)
        }
        func hasSuffix(_ w: [Unicode.Scalar]) -> Bool {
            r.lowerBound >= w.count && text[(r.lowerBound - w.count)..<r.lowerBound].elementsEqual(w)
        }
        return announcingAfterScalars.contains(where: hasPrefix) || announcingBeforeScalars.contains(where: hasSuffix)
    }
    static let announcingAfterScalars = announcingAfter.map { Array($0.unicodeScalars) }
    static let announcingBeforeScalars = announcingBefore.map { Array($0.unicodeScalars) }

    /// Whether a whole quotation is a numbered formula (“五带头”, “十不准”, “三个一”, “五型”).
    static func isFormula(_ q: [Unicode.Scalar]) -> Bool {
        guard let first = q.first, Scalars.isNumeral(first) else { return false }
        if let r = formula(at: 0, in: q), r.upperBound == q.count { return true }
        let n = numeralRun(q, 0)
        let rest = q[n...]
        guard let head = rest.first, rest.count <= 4, rest.allSatisfy(Scalars.isHan) else { return false }
        if head == "个" { return rest.count >= 2 && !(n == 1 && first == "一") }
        return !Scalars.isMeasure(head) && !Scalars.isNumeral(head)
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
            if n != 1 || text[i] == "一" { return nil }
            let x = j + 1
            guard x < text.count, Scalars.isHan(text[x]), !Scalars.isMeasure(text[x]) else { return nil }
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
                guard m == 1, body + len <= text.count, !placeWords.contains(text[body]),
                      k == i || !Scalars.isOrdinalPrefix(text[k - 1]),
                      !(text[k] == "一" && wordsAfterOne.contains(text[body])),
                      text[body..<(body + len)].allSatisfy({ Scalars.isHan($0) && !Scalars.isNumeral($0) }),
                      !Scalars.isMeasure(text[body]) else { break }
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
