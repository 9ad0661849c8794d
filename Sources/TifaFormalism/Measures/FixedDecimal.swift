/// Non-negative numbers with a fixed number of decimals, formatted the same on every platform.
enum FixedDecimal {
    static func format(_ v: Double, _ decimals: Int) -> String {
        var scale = 1
        for _ in 0..<decimals { scale *= 10 }
        let n = Int((max(0, v) * Double(scale)).rounded())
        let frac = String(n % scale)
        return "\(n / scale)." + String(repeating: "0", count: decimals - frac.count) + frac
    }
}
