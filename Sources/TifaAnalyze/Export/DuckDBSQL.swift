import TifaCore

/// SQL text for the DuckDB command line (`ParquetExport`): quoted literals and identifiers, and typed reads of the
/// report's CSV files that undo the CSV injection guard.
enum DuckDBSQL {
    /// A string literal: `'…'` with every `'` doubled (file paths, column names as keys).
    static func literal(_ s: String) -> String { "'" + s.replacingOccurrences(of: "'", with: "''") + "'" }

    /// A quoted identifier: `"…"` with every `"` doubled (column names of the result).
    static func identifier(_ s: String) -> String { "\"" + s.replacingOccurrences(of: "\"", with: "\"\"") + "\"" }

    /// Defines `tifa_original(s)`: the value a guarded CSV field stood for, as `SpreadsheetGuard.original` gives it
    /// (a leading `'` is dropped when the rest, at least 2 bytes, starts with `'`s and then `=`, `+`, `-`, `@`, tab
    /// or CR, and is not a negative number). A test checks it against the Swift function.
    static let originalMacro = """
        CREATE TEMP MACRO tifa_original(s) AS CASE WHEN strlen(s) >= 3 AND regexp_full_match(s, '(?s)''+[=+\\-@\\t\\r].*') \
        AND NOT regexp_full_match(s, '''-[0-9]+(\\.[0-9]+)?') THEN substr(s, 2) ELSE s END;
        """

    /// Longest CSV record DuckDB accepts (its default, 2 MB, is less than a long sentence or metadata value may need).
    static let maxLineSize = 256 * 1024 * 1024

    /// `SELECT` of every column of the CSV file at `path`, in order, with the declared names and types: text through
    /// `tifa_original`, numbers and booleans cast (a value that does not parse stops the run); empty fields are NULL.
    static func typedSelect(csv path: String, columns: [ReportColumn]) -> String {
        let raw = columns.indices.map { "\(literal("c\($0)")): 'VARCHAR'" }.joined(separator: ", ")
        let values = columns.enumerated().map { i, c in "\(value("c\(i)", c.type)) AS \(identifier(c.name))" }
        return "SELECT \(values.joined(separator: ", ")) FROM read_csv(\(literal(path)), header = true, delim = ',', "
            + "quote = '\"', escape = '\"', auto_detect = false, max_line_size = \(maxLineSize), columns = {\(raw)})"
    }

    /// The SQL type of a column type.
    static func sqlType(_ type: ColumnType) -> String {
        switch type {
        case .text: "VARCHAR"
        case .integer: "BIGINT"
        case .real: "DOUBLE"
        case .boolean: "BOOLEAN"
        }
    }

    private static func value(_ column: String, _ type: ColumnType) -> String {
        type == .text ? "tifa_original(\(column))" : "CAST(\(column) AS \(sqlType(type)))"
    }
}
