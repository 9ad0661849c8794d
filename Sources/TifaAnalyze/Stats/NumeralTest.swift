/// Whether a term is a numeral, a year or a date (`一九五八年`, `1958年`, `百分之五`, `第三`, `10.3%`): the
/// terms `--drop-numbers` leaves out of ranked lists, n-grams, collocations and tokens.
public enum NumeralTest {
    /// True when the term, after an optional `第` or `百分之`/`千分之`/`万分之` prefix and an optional unit suffix
    /// (`年`, `月`, `日`, `号`, `%` …), is made only of digits and Chinese numerals (a `点` or `.` inside).
    public static func isNumeral(_ term: String) -> Bool {
        if words.contains(term) { return false }
        var scalars = Array(term.unicodeScalars)
        for prefix in prefixes where scalars.starts(with: prefix) {
            scalars.removeFirst(prefix.count)
            break
        }
        for suffix in suffixes where scalars.count > suffix.count && scalars.suffix(suffix.count).elementsEqual(suffix) {
            scalars.removeLast(suffix.count)
            break
        }
        guard let first = scalars.first, let last = scalars.last, !separators.contains(first), !separators.contains(last)
        else { return false }
        return scalars.allSatisfy { digits.contains($0) || separators.contains($0) }
    }

    private static func scalars(_ list: [String]) -> [[Unicode.Scalar]] { list.map { Array($0.unicodeScalars) } }

    private static let prefixes = scalars(["百分之", "千分之", "万分之", "第"])
    /// Longest first, so `年代` is stripped before `年`.
    private static let suffixes = scalars(["周年", "年代", "年度", "世纪", "月份", "年", "月", "日", "号", "岁", "倍", "%", "\u{FF05}",
                                           "\u{2030}", "多", "余"])
    /// Words written with numeral characters that are not numbers (万一 "in case", 千万 "by all means").
    private static let words: Set<String> = ["万一", "千万", "万万", "一一", "十分", "万分", "一再", "万岁"]
    private static let digits = Set("0123456789０１２３４５６７８９〇○零一二三四五六七八九十百千万亿两壹贰叁肆伍陆柒捌玖拾佰仟廿卅".unicodeScalars)
    private static let separators = Set(".\u{FF0E}点,\u{FF0C}".unicodeScalars)
}
