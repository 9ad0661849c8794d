/// Character classes used by the discovery rules.
enum Scalars {
    static func isHan(_ s: Unicode.Scalar) -> Bool {
        switch s.value {
        case 0x4E00...0x9FFF, 0x3400...0x4DBF, 0xF900...0xFAFF, 0x20000...0x2FFFF: return true
        default: return false
        }
    }

    /// Chinese numerals that start formulas (百/千/万 are left out: they mostly start idioms).
    static let numerals: Set<Unicode.Scalar> = ["一", "二", "三", "四", "五", "六", "七", "八", "九", "十", "两"]

    static func isNumeral(_ s: Unicode.Scalar) -> Bool { numerals.contains(s) }

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
