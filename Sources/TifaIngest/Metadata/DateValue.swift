/// Dates as researchers write them (2010年5月20日, 2010-5-20, 2010/05/20, 2010.5, 20100520, 2010年5月, 2010)
/// turned into a sortable ISO form: `YYYY-MM-DD`, `YYYY-MM` or `YYYY`.
enum DateValue {
    static func sortable(_ raw: String) -> String? {
        var numbers: [Int] = []
        var current = ""
        for c in raw.trimmingCharactersInSet() {
            if c.isASCII, c.isNumber {
                current.append(c)
            } else if let fw = c.unicodeScalars.first, (0xFF10...0xFF19).contains(fw.value) {
                current.append(Character(Unicode.Scalar(fw.value - 0xFEE0)!))
            } else {
                if !current.isEmpty { numbers.append(Int(current) ?? -1) }
                current = ""
                guard "-/.年月日号 T:".contains(c) || c == "\t" else { return nil }
            }
        }
        if !current.isEmpty { numbers.append(Int(current) ?? -1) }
        if numbers.count == 1, let only = numbers.first {
            let s = String(only)
            if s.count == 8 { numbers = [only / 10000, only / 100 % 100, only % 100] }
            else if s.count == 6 { numbers = [only / 100, only % 100] }
        }
        guard let year = numbers.first, (1000...2999).contains(year) else { return nil }
        var parts = [String(year)]
        if numbers.count >= 2 {
            guard (1...12).contains(numbers[1]) else { return nil }
            parts.append(two(numbers[1]))
        }
        if numbers.count >= 3 {
            guard (1...31).contains(numbers[2]) else { return nil }
            parts.append(two(numbers[2]))
        }
        return parts.joined(separator: "-")
    }

    private static func two(_ n: Int) -> String { n < 10 ? "0\(n)" : "\(n)" }
}
