import Foundation

/// Fixed, locale-free number formatting for outputs, so that the same numbers always give the same bytes.
public enum NumberText {
    /// `value` rounded to `decimals` places in fixed notation (no exponent); `-0` is written `0`.
    public static func fixed(_ value: Double, _ decimals: Int) -> String {
        guard value.isFinite else { return "" }
        let s = String(format: "%.\(decimals)f", value)
        if s.hasPrefix("-"), s.dropFirst().allSatisfy({ $0 == "0" || $0 == "." }) { return String(s.dropFirst()) }
        return s
    }

    /// A rate per 10,000 of `total`, 4 decimals; empty when the total is zero.
    public static func per10k(_ count: Int, _ total: Int) -> String {
        total > 0 ? fixed(Double(count) * 10_000 / Double(total), 4) : ""
    }

    /// A rate per 10,000 as a number (0 when the total is zero).
    public static func per10kValue(_ count: Int, _ total: Int) -> Double {
        total > 0 ? Double(count) * 10_000 / Double(total) : 0
    }
}
