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
    }

    /// Class bits of every BMP scalar.
    static let table: [UInt8] = {
        var t = [UInt8](repeating: 0, count: 0x10000)
        for v in 0x4E00...0x9FFF { t[v] |= Class.han.rawValue }
        for v in 0x3400...0x4DBF { t[v] |= Class.han.rawValue }
        for v in 0xF900...0xFAFF { t[v] |= Class.han.rawValue }
        func mark(_ set: Set<Unicode.Scalar>, _ c: Class) { for s in set where s.value < 0x10000 { t[Int(s.value)] |= c.rawValue } }
        mark(numerals, .numeral)
        mark(sentenceEnds, .sentenceEnd)
        mark(clauseSeparators, .clauseSeparator)
        mark(["“", "”", "「", "」", "『", "』", "《", "》", "(", ")", "(", ")"], .quote)
        mark(measures, .measure)
        mark(ordinalPrefixes, .ordinalPrefix)
        return t
    }()

    @inline(__always) static func has(_ s: Unicode.Scalar, _ c: Class) -> Bool {
        s.value < 0x10000 ? table[Int(s.value)] & c.rawValue != 0 : (c == .han && s.value >= 0x20000 && s.value <= 0x2FFFF)
    }

    @inline(__always) static func isHan(_ s: Unicode.Scalar) -> Bool { has(s, .han) }

    /// Chinese numerals that start formulas (百/千/万 are left out: they mostly start idioms).
    static let numerals: Set<Unicode.Scalar> = ["一", "二", "三", "四", "五", "六", "七", "八", "九", "十", "两"]

    @inline(__always) static func isNumeral(_ s: Unicode.Scalar) -> Bool { has(s, .numeral) }
    @inline(__always) static func isMeasure(_ s: Unicode.Scalar) -> Bool { has(s, .measure) }
    @inline(__always) static func isOrdinalPrefix(_ s: Unicode.Scalar) -> Bool { has(s, .ordinalPrefix) }
    @inline(__always) static func isSentenceEnd(_ s: Unicode.Scalar) -> Bool { has(s, .sentenceEnd) }
    @inline(__always) static func isClauseSeparator(_ s: Unicode.Scalar) -> Bool { has(s, .clauseSeparator) }

    static func isDigit(_ s: Unicode.Scalar) -> Bool { ("0"..."9").contains(s) }

    /// Measure words and time units: a numeral before one of these is a count, not a formula (三个月, 五年来).
    static let measures: Set<Unicode.Scalar> = [
        "个", "年", "月", "日", "天", "周", "次", "人", "名", "位", "户", "家", "件", "项", "点", "条", "种", "批",
        "些", "类", "级", "期", "届", "份", "股", "所", "处", "支", "只", "座", "台", "辆", "元", "万", "亿", "千",
        "百", "米", "里", "吨", "亩", "斤", "倍", "成", "分", "秒", "时", "岁", "层", "篇", "本", "句", "段", "章",
        "节", "字", "场", "轮", "遍", "趟", "番", "样", "套", "部", "班", "组", "队", "片", "块", "张", "阵", "代",
        "号", "楼", "间", "排", "行", "列", "笔", "封", "首", "门", "道", "步", "声", "口", "头", "匹", "棵", "朵",
        "双", "对", "半", "度", "伙", "群", "堆", "辈", "世", "季", "旬", "晚", "夜", "早", "刻", "方", "面", "线",
    ]

    /// Characters before a numeral that make it an ordinal or a date (第一, 周五, 初三, 星期二).
    static let ordinalPrefixes: Set<Unicode.Scalar> = ["第", "周", "初", "期", "每", "礼", "拜", "几", "多", "约", "近", "逾", "共", "计",
                                                         "这", "那", "各", "同", "单", "唯", "统", "万", "之", "其", "任",
                                                         "逐", "专", "如", "归", "划", "合", "星", "数", "某"]

    /// Sentence-final punctuation.
    static let sentenceEnds: Set<Unicode.Scalar> = ["。", "!", "?", "!", "?", "\n"]

    /// Clause separators inside a sentence.
    static let clauseSeparators: Set<Unicode.Scalar> = [",", "、", ";", ":", ",", ";", ":"]
}

extension Array where Element == Unicode.Scalar {
    /// The scalars in range as a String.
    func string(_ r: Range<Int>) -> String {
        var s = String.UnicodeScalarView()
        s.append(contentsOf: self[r])
        return String(s)
    }
}
