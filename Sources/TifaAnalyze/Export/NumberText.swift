import Foundation

/// Fixed, locale-free number formatting for outputs, so that the same numbers always give the same bytes.
public enum NumberText {
    /// `value` rounded to `decimals` places in fixed notation (no exponent); `-0` is written `0`.
    public static func fixed(_ value: Double, _ decimals: Int) -> String {
        guard value.isFinite else { return "" }
        let scale = powers[min(max(decimals, 0), powers.count - 1)]
        let scaled = (abs(value) * scale).rounded(.toNearestOrEven)
        guard scaled < 9e15 else { return String(format: "%.\(decimals)f", value) }
        let units = UInt64(scaled)
        let whole = units / UInt64(scale), fraction = units % UInt64(scale)
        var s = value < 0 && units > 0 ? "-" : ""
        s += String(whole)
        if decimals > 0 {
            let digits = String(fraction)
            s += "." + String(repeating: "0", count: decimals - digits.count) + digits
        }
        return s
    }

    private static let powers: [Double] = (0...15).map { pow(10, Double($0)) }

    /// A rate per 10,000 of `total`, 4 decimals; empty when the total is zero.
    public static func per10k(_ count: Int, _ total: Int) -> String {
        total > 0 ? fixed(Double(count) * 10_000 / Double(total), 4) : ""
    }

    /// A rate per 10,000 as a number (0 when the total is zero).
    public static func per10kValue(_ count: Int, _ total: Int) -> Double {
        total > 0 ? Double(count) * 10_000 / Double(total) : 0
    }
}
