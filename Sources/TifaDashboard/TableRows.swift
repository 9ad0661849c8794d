/// A report table as the page embeds it, `{"header", "rows", "total"}`: the header and the first `limit` rows,
/// with `total` counting them all. Rows are kept as their JSON text, written as they arrive (compact, and nothing
/// left to encode at the end); `keepingValues` also keeps them as strings, for a table the payload folds further.
/// Null on the page when the table never began (its file is missing).
public final class TableRows: TableSink {
    /// Rows kept at most; nil keeps every row.
    let limit: Int?
    let keepingValues: Bool
    private(set) var header: [String]?
    /// The kept rows as strings (only when `keepingValues`).
    private(set) var rows: [[String]] = []
    /// The kept rows as JSON arrays separated by commas.
    private var rowsJSON: [UInt8] = []
    private var kept = 0
    /// Data rows added, including those past the limit.
    private(set) var total = 0
    private(set) var source = ""

    init(limit: Int? = nil, keepingValues: Bool = false) {
        self.limit = limit
        self.keepingValues = keepingValues
    }

    public func begin(header: [String], source: String) {
        self.header = header
        self.source = source
        rows = []
        rowsJSON = []
        kept = 0
        total = 0
    }

    public func add(_ row: [String]) {
        total += 1
        guard limit.map({ kept < $0 }) ?? true else { return }
        if kept > 0 { rowsJSON.append(JSONBytes.comma) }
        JSONBytes.append(row, to: &rowsJSON)
        kept += 1
        if keepingValues { rows.append(row) }
    }

    var began: Bool { header != nil }

    /// Appends the table's JSON (`{"header", "rows", "total"}`, as `JSONEncoder` would write it).
    func appendJSON(to out: inout [UInt8]) {
        out.append(UInt8(ascii: "{"))
        JSONBytes.key("header", to: &out)
        JSONBytes.append(header ?? [], to: &out)
        out.append(JSONBytes.comma)
        JSONBytes.key("rows", to: &out)
        out.append(UInt8(ascii: "["))
        out.append(contentsOf: rowsJSON)
        out.append(UInt8(ascii: "]"))
        out.append(JSONBytes.comma)
        JSONBytes.key("total", to: &out)
        out.append(contentsOf: String(total).utf8)
        out.append(UInt8(ascii: "}"))
    }

    /// The table as JSON, or `null` when it never began.
    func json() -> String {
        guard began else { return "null" }
        var out: [UInt8] = []
        appendJSON(to: &out)
        return String(decoding: out, as: UTF8.self)
    }
}
