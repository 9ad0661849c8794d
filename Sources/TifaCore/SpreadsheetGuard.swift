/// The CSV injection guard: a text field a spreadsheet would run as a formula (it starts with `=`, `+`, `-`,
/// `@`, a tab or a carriage return) is written with a leading `'`; readers of Tifa's CSVs strip it again.
///
/// Left as they are: numbers as Tifa writes them (`-1.5`), a lone sign (the `direction` column of
/// keyness.csv), which cannot be a formula. A field that already starts with `'`s before a trigger gets one more
/// `'`, so `original(guarded(x)) == x` for every x.
public enum SpreadsheetGuard {
    /// The field as written to a CSV file.
    public static func guarded(_ field: String) -> String {
        needsGuard(field) ? "'" + field : field
    }

    /// The value a guarded field stood for (the inverse of `guarded`).
    public static func original(_ field: String) -> String {
        guard field.utf8.first == quote else { return field }
        let rest = String(field.dropFirst())
        return needsGuard(rest) ? rest : field
    }

    private static let quote = UInt8(ascii: "'")

    private static func needsGuard(_ field: String) -> Bool {
        let bytes = field.utf8
        guard bytes.count >= 2 else { return false }
        guard let first = bytes.first(where: { $0 != quote }), isTrigger(first) else { return false }
        return !isNegativeNumber(bytes)
    }

    private static func isTrigger(_ b: UInt8) -> Bool {
        b == UInt8(ascii: "=") || b == UInt8(ascii: "+") || b == UInt8(ascii: "-") || b == UInt8(ascii: "@")
            || b == 0x09 || b == 0x0D
    }

    /// `-` then digits with at most one `.` between digits: how Tifa writes a negative number.
    private static func isNegativeNumber(_ bytes: String.UTF8View) -> Bool {
        var digits = 0, dot = false, previousDigit = false
        for (i, b) in bytes.enumerated() {
            if i == 0 {
                if b != UInt8(ascii: "-") { return false }
            } else if b >= 0x30 && b <= 0x39 {
                digits += 1
                previousDigit = true
            } else if b == UInt8(ascii: "."), !dot, previousDigit {
                dot = true
                previousDigit = false
            } else {
                return false
            }
        }
        return digits > 0 && previousDigit
    }
}
