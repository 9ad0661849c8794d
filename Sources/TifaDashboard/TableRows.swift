/// A report table as the page embeds it, `{"header", "rows", "total"}`: the header and the first `limit` rows,
/// with `total` counting them all. Null on the page when the table never began (its file is missing).
public final class TableRows: TableSink {
    /// Rows kept at most; nil keeps every row.
    let limit: Int?
    private(set) var header: [String]?
    private(set) var rows: [[String]] = []
    /// Data rows added, including those past the limit.
    private(set) var total = 0
    private(set) var source = ""

    init(limit: Int? = nil) { self.limit = limit }

    public func begin(header: [String], source: String) {
        self.header = header
        self.source = source
        rows = []
        total = 0
    }

    public func add(_ row: [String]) {
        total += 1
        if limit.map({ rows.count < $0 }) ?? true { rows.append(row) }
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
        for (i, row) in rows.enumerated() {
            if i > 0 { out.append(JSONBytes.comma) }
            JSONBytes.append(row, to: &out)
        }
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
