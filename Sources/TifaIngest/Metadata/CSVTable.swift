import TifaCore

/// A small RFC 4180 CSV reader: quoted fields with "" escapes and line breaks, CRLF or LF, a UTF-8 BOM.
/// Rows keep the line they start on, so problems can name it.
public struct CSVTable: Sendable {
    public struct Row: Sendable {
        public let line: Int
        public let fields: [String]
    }

    public let header: [String]
    public let rows: [Row]

    public init(text: String, file: String) throws(TifaError) {
        var rows: [Row] = []
        var field = String.UnicodeScalarView()
        var fields: [String] = []
        var line = 1, rowLine = 1
        var quoted = false, quoteStartLine = 1
        var scalars = Array(text.unicodeScalars)
        if scalars.first == "\u{FEFF}" { scalars.removeFirst() }
        var i = 0
        func endRow() {
            fields.append(String(field))
            field = String.UnicodeScalarView()
            if !(fields.count == 1 && fields[0].isEmpty) { rows.append(Row(line: rowLine, fields: fields)) }
            fields = []
        }
        while i < scalars.count {
            let c = scalars[i]
            if quoted {
                if c == "\"" {
                    if i + 1 < scalars.count, scalars[i + 1] == "\"" {
                        field.append("\"")
                        i += 1
                    } else {
                        quoted = false
                    }
                } else {
                    if c == "\n" { line += 1 }
                    field.append(c)
                }
            } else {
                switch c {
                case "\"" where field.isEmpty:
                    quoted = true
                    quoteStartLine = line
                case ",":
                    fields.append(String(field))
                    field = String.UnicodeScalarView()
                case "\r":
                    break
                case "\n":
                    endRow()
                    line += 1
                    rowLine = line
                default:
                    field.append(c)
                }
            }
            i += 1
        }
        if quoted {
            throw TifaError(code: "manifest.malformed", file: file, line: quoteStartLine, message: "a quoted field is never closed")
        }
        if !field.isEmpty || !fields.isEmpty { endRow() }
        guard let first = rows.first else {
            throw TifaError(code: "manifest.malformed", file: file, line: 1, message: "the manifest is empty (no header row)")
        }
        header = first.fields.map { $0.trimmingCharactersInSet() }
        self.rows = Array(rows.dropFirst())
    }
}
