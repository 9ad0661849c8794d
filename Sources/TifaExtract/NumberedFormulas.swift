/// Numbered formulas (五个好, 八个一, 三严三实, 两学一做, 三牢记五争先, 十九大), told apart from counts and
/// ordinals (三个月, 五年来, 第一次, 一个偏僻的山村) and numeral idioms (千方百计, listed in codebooks).
enum NumberedFormulas {
    /// Characters that may follow a formula directly: punctuation, quotes, and a few function words.
    static let followers: ScalarSet = ["的", "和", "与", "及", "\u{3001}", "为", "是", "等", "\u{201D}", "\u{300D}", "\u{300F}"]

    /// Words around N个X that announce a formula (formula-words.tsv roles `after` and `before`), longest first.
    static let announcingAfterScalars = DiscoveryLists.active.words("after")
    static let announcingBeforeScalars = DiscoveryLists.active.words("before")
    /// Nouns after N项/N条/N大/N种 that make a closed list (formula-words.tsv role `head`: 八项规定, 三条红线).
    static let heads = DiscoveryLists.active.words("head")
    /// Words after N五 that make a five-year plan (role `plan`: 九五计划, 十一五规划).
    static let planWords = DiscoveryLists.active.words("plan")
    /// Established numeral abbreviations (numeral-abbreviations.tsv: 三农, 两会, 双减), longest first.
    static let abbreviations: [(form: [Unicode.Scalar], except: [[Unicode.Scalar]])] = DiscoveryLists.active.abbreviations
        .map { (Array($0.key.unicodeScalars), $0.value.except.map { Array($0.unicodeScalars) }) }
        .sorted { $0.form.count != $1.form.count ? $0.form.count > $1.form.count : String(String.UnicodeScalarView($0.form)) < String(String.UnicodeScalarView($1.form)) }
    /// The second scalars of the abbreviations, and whether one is a single scalar (then every position is tried).
    static let abbreviationSeconds = ScalarSet(abbreviations.compactMap { $0.form.count > 1 ? $0.form[1] : nil })
    static let hasOneScalarAbbreviation = abbreviations.contains { $0.form.count < 2 }
    /// Measure words that make a formula when a head follows (measures.tsv kind `formula`: 项 条 大 种).
    static let formulaMeasures = ScalarSet(DiscoveryLists.active.measures.filter { $0.value == "formula" }.keys)
    /// 中全会 (plenum: 三中全会), 次全会 (四次全会).
    static let plenums: [[Unicode.Scalar]] = [Array("中全会".unicodeScalars), Array("次全会".unicodeScalars)]

    /// Characters after any numeral that make a name or a word (四川, 三峡, 五金, 九州).
    static let placeWords: ScalarSet = ["川", "峡", "金", "州", "亚", "角", "维", "原", "明"]
    /// Characters after 一 that make a word rather than a numeral group (一定, 一些, 一切 …).
    static let wordsAfterOne: ScalarSet = ["定", "些", "切", "般", "直", "致", "起", "样", "律", "再", "旦",
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
                             && !Scalars.isDigit(text[i - 1])) else { continue }
            if let r = abbreviation(at: i, in: text) {
                result.append(r)
                reach = r.upperBound
                continue
            }
            guard let r = formula(at: i, in: text),
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

    /// An established abbreviation (三农, 两会, 双减 …) starting at i, unless it lies inside one of its exceptions.
    static func abbreviation(at i: Int, in text: [Unicode.Scalar]) -> Range<Int>? {
        // Most numerals start none: the scalar after them is the second of no abbreviation.
        guard hasOneScalarAbbreviation || (i + 1 < text.count && abbreviationSeconds.contains(text[i + 1])) else { return nil }
        for a in abbreviations where starts(a.form, at: i, in: text) {
            let inside = a.except.contains { x in
                guard let k = x.firstIndex(of: a.form[0]) else { return false }
                return i >= k && starts(x, at: i - k, in: text)
            }
            if !inside { return i..<(i + a.form.count) }
        }
        return nil
    }

    static func starts(_ w: [Unicode.Scalar], at i: Int, in text: [Unicode.Scalar]) -> Bool {
        i >= 0 && i + w.count <= text.count && text[i..<(i + w.count)].elementsEqual(w)
    }

    /// Whether a whole quotation is a numbered formula (“五带头”, “十不准”, “三个一”, “五型”).
    static func isFormula(_ q: [Unicode.Scalar]) -> Bool {
        guard let first = q.first else { return false }
        if let r = abbreviation(at: 0, in: q), r.upperBound == q.count { return true }
        // 双X (双减, 双引擎, 双随机): a pair numeral with a short Han body.
        if Scalars.isPair(first) { return (2...4).contains(q.count) && q.dropFirst().allSatisfy(Scalars.isHan) }
        guard Scalars.isNumeral(first) else { return false }
        if let r = formula(at: 0, in: q), r.upperBound == q.count { return true }
        // Only numerals, quoted: a plan or programme number (“九五”, “十一五”, “八七”); counts are written in digits.
        if (2...3).contains(q.count), q.allSatisfy(Scalars.isNumeral) { return true }
        // 一 + one body (“一刀切”, “一站式”) is an idiom; formulas with 一 have groups (一岗双责) or are listed.
        if first == "一" { return false }
        let n = numeralRun(q, 0)
        let rest = q[n...]
        // N个X may hold digits (三个1亿人) and a four-character X (“两个毫不动摇”, “三个区分开来”).
        guard let head = rest.first, rest.count <= (head == "个" ? 5 : 4), Scalars.isHan(head),
              rest.allSatisfy({ Scalars.isHan($0) || Scalars.isDigit($0) }) else { return false }
        if head == "个" { return rest.count >= 2 && !(n == 1 && first == "一") }
        // Quoted, N项X / N条X / N大X / N种X is a name (“三项制度”), not a count.
        if formulaMeasures.contains(head) { return rest.count >= 2 && !(n == 1 && first == "一") }
        return !Scalars.isMeasure(head) && !Scalars.isNumeral(head)
    }

    /// The formula starting at i, by rule: a congress (十九大), N个X, or two or more numeral groups (三严三实).
    static func formula(at i: Int, in text: [Unicode.Scalar]) -> Range<Int>? {
        let n = numeralRun(text, i)
        guard n > 0 else { return nil }
        let j = i + n
        guard j < text.count else { return nil }
        // Congresses: 十七大, 十八大, 十九大, 二十大.
        if n == 2, text[i..<j].contains("十"), text[j] == "大" { return i..<(j + 1) }
        // Plenums: 三中全会, 四次全会; and N中 before another plenum (十八届二中、三中全会).
        if n == 1 {
            for p in plenums where starts(p, at: j, in: text) { return i..<(j + p.count) }
            if text[j] == "中", j + 2 < text.count, text[j + 1] == "\u{3001}", Scalars.isNumeral(text[j + 2]),
               starts(plenums[0], at: j + 2 + numeralRun(text, j + 2), in: text) {
                return i..<(j + 1)
            }
        }
        // Five-year plans: 七五, 九五, 十五, 十一五 … before 计划, 规划, 期间 (counts such as 十五年 never are).
        if n >= 2, text[j - 1] == "五", planWords.contains(where: { starts($0, at: j, in: text) }) { return i..<j }
        // N项X, N条X, N大X, N种X with a formula head: 八项规定, 四项基本原则, 三条红线, 三大战略, 四种形态.
        if n == 1, formulaMeasures.contains(text[j]), text[i] != "一",
           let head = heads.first(where: { starts($0, at: j + 1, in: text) }) {
            return i..<(j + 1 + head.count)
        }
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
