/// A report table as the page embeds it, `{"header", "rows", "total"}`: the header and the first `limit` rows,
/// with `total` counting them all. Null on the page when the table never began (its file is missing).
public final class TableRows: TableSink, Encodable {
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

    private enum Keys: String, CodingKey { case header, rows, total }

    public func encode(to encoder: Encoder) throws {
        var c = encoder.container(keyedBy: Keys.self)
        try c.encode(header ?? [], forKey: .header)
        try c.encode(rows, forKey: .rows)
        try c.encode(total, forKey: .total)
    }

    /// The table as JSON, or `null` when it never began.
    func json() throws -> String { began ? try JSONFile.encode(self) : "null" }
}
