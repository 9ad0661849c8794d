import Foundation

/// A versioned list file of `Dictionaries/discovery` (`# format: tifa-list`): header lines, then one
/// tab-separated row per line. See Dictionaries/README.md.
public struct DataList: Sendable {
    /// One data line: its 1-based line number and its fields (missing trailing fields are empty).
    public struct Row: Sendable {
        public let line: Int
        public let fields: [String]
        public subscript(_ i: Int) -> String { i < fields.count ? fields[i] : "" }
    }

    public let path: String
    public let name: String
    public let version: String
    public let sha256: String
    public let columns: [String]
    public let rows: [Row]

    /// Reads and checks a list file; every problem is reported at once with file and line. A row's first
    /// `keyColumns` fields must be unique in the file.
    public static func load(path: String, keyColumns: Int = 1) throws(TifaError) -> DataList {
        let (list, problems) = read(path: path, keyColumns: keyColumns)
        guard let list, problems.isEmpty else { throw TifaError(problems) }
        return list
    }

    /// Reads a list file: its good rows, and every problem found (bad rows are left out of the list).
    /// The list is nil when the file cannot be read or decoded.
    public static func read(path: String, keyColumns: Int = 1) -> (DataList?, [Diagnostic]) {
        guard let data = FileManager.default.contents(atPath: path) else {
            return (nil, [Diagnostic(code: "list.io", file: path, message: "cannot read the list file")])
        }
        guard let text = String(data: data, encoding: .utf8) else {
            return (nil, [Diagnostic(code: "list.encoding", file: path, message: "the list file is not UTF-8")])
        }
        var header: [String: String] = [:]
        var rows: [Row] = []
        var problems: [Diagnostic] = []
        var seen: [String: Int] = [:]
        func fail(_ line: Int, _ message: String) {
            problems.append(Diagnostic(code: "list.bad-line", file: path, line: line, message: message))
        }
        let lines = text.split(separator: "\n", omittingEmptySubsequences: false)
        for (index, raw) in lines.enumerated() {
            let line = raw.hasSuffix("\r") ? String(raw.dropLast()) : String(raw)
            let number = index + 1
            if line.hasPrefix("#") {
                let body = line.dropFirst().drop(while: { $0 == " " })
                if rows.isEmpty, let colon = body.firstIndex(of: ":") {
                    let key = body[..<colon].trimmingCharacters(in: .whitespaces)
                    if ["format", "name", "version", "columns"].contains(key), header[key] == nil {
                        header[key] = String(body[body.index(after: colon)...]).trimmingCharacters(in: .whitespaces)
                    }
                }
                continue
            }
            if line.trimmingCharacters(in: .whitespaces).isEmpty { continue }
            let fields = line.split(separator: "\t", omittingEmptySubsequences: false).map(String.init)
            let columnCount = (header["columns"] ?? "").split(separator: "\t").count
            if fields[0].isEmpty || fields[0] != fields[0].trimmingCharacters(in: .whitespaces) {
                fail(number, "the first field is empty or has blanks around it")
            } else if columnCount > 0, fields.count > columnCount {
                fail(number, "\(fields.count) fields, but the header declares \(columnCount) columns")
            } else if fields.contains(where: { $0.unicodeScalars.contains { $0.properties.generalCategory == .control } }) {
                fail(number, "a control character inside a field")
            } else if let first = seen[fields.prefix(keyColumns).joined(separator: "\t")] {
                fail(number, "duplicate entry \(fields.prefix(keyColumns).joined(separator: " ")) (first at line \(first))")
            } else {
                seen[fields.prefix(keyColumns).joined(separator: "\t")] = number
                rows.append(Row(line: number, fields: fields))
            }
        }
        if header["format"] != "tifa-list" {
            problems.insert(Diagnostic(code: "list.header", file: path, line: 1,
                                       message: "missing `# format: tifa-list` header"), at: 0)
        }
        for key in ["name", "version", "columns"] where (header[key] ?? "").isEmpty {
            problems.append(Diagnostic(code: "list.header", file: path, line: 1, message: "missing `# \(key):` header"))
        }
        return (DataList(path: path, name: header["name"] ?? "", version: header["version"] ?? "",
                        sha256: ContentHash.sha256(data),
                        columns: (header["columns"] ?? "").split(separator: "\t").map(String.init), rows: rows), problems)
    }

    /// An error about one row of this list.
    public func problem(_ row: Row, _ message: String, code: String = "list.bad-line") -> Diagnostic {
        Diagnostic(code: code, file: path, line: row.line, message: message)
    }
}
