import TifaCore

/// Builds RFC 4180 CSV text: a header row, then rows; fields are quoted only when they must be, and a field a
/// spreadsheet would run as a formula gets a leading `'` (`SpreadsheetGuard`; docs/ANALYZE.md → CSV injection).
public struct CSVWriter: Sendable {
    /// The separator between fields: `,` for CSV, `\t` for TSV (TSV fields never get quoted; tabs and
    /// line breaks inside a TSV field are replaced by spaces).
    public let separator: Character
    /// The text written so far.
    public private(set) var text = ""

    public init(separator: Character = ",") { self.separator = separator }

    /// Appends one row, ended by `\n`.
    public mutating func row(_ fields: [String]) {
        var first = true
        for field in fields {
            if !first { text.append(separator) }
            first = false
            let safe = SpreadsheetGuard.guarded(field)
            text.append(separator == "," ? CSVWriter.quoted(safe) : CSVWriter.tsvField(safe))
        }
        text.append("\n")
    }

    /// Takes the text written so far and starts again empty (for streaming large files in chunks).
    public mutating func drain() -> String {
        defer { text = "" }
        return text
    }

    /// A CSV field, quoted with doubled inner quotes when it holds `,`, `"`, CR or LF.
    public static func quoted(_ field: String) -> String {
        var needs = false
        for b in field.utf8 where b == 0x2C || b == 0x22 || b == 0x0A || b == 0x0D {
            needs = true
            break
        }
        guard needs else { return field }
        var out = "\""
        for ch in field.unicodeScalars {
            if ch == "\"" { out.append("\"\"") } else { out.unicodeScalars.append(ch) }
        }
        out.append("\"")
        return out
    }

    /// A TSV field: tabs and line breaks become spaces, so every row stays one line.
    public static func tsvField(_ field: String) -> String {
        guard field.utf8.contains(where: { $0 == 0x09 || $0 == 0x0A || $0 == 0x0D }) else { return field }
        var out = ""
        for ch in field.unicodeScalars {
            out.unicodeScalars.append(ch == "\t" || ch == "\n" || ch == "\r" ? " " : ch)
        }
        return out
    }
}
