import Foundation
import TifaCore

/// A sidecar manifest: a CSV with a `path` (or `file`) column, an `id` column, or both, and any other columns
/// (region, unit, level, date, type …) that become document metadata. Paths are relative to the manifest's
/// folder. Rows naming a file that does not exist, ragged rows and duplicate keys are reported, not fatal.
struct Manifest: Sendable {
    struct Entry: Sendable {
        let line: Int
        let id: String?
        let metadata: [String: String]
    }

    let file: String
    private(set) var byPath: [String: Entry] = [:]
    private(set) var byID: [String: Entry] = [:]
    /// Problems with single rows (the rest of the manifest still applies).
    private(set) var problems: [Diagnostic] = []

    /// Reads the manifest; an unreadable or malformed file (no header, no path/id column, open quote) throws.
    init(path: String) throws(TifaError) {
        guard let data = FileManager.default.contents(atPath: path) else {
            throw TifaError(code: "manifest.unreadable", file: path, message: "cannot read the manifest")
        }
        guard let text = String(data: data, encoding: .utf8) else {
            throw TifaError(code: "manifest.malformed", file: path, message: "the manifest is not UTF-8 text")
        }
        try self.init(text: text, path: path)
    }

    /// Parses the manifest text of the file at `path` (rows' paths are relative to its folder).
    init(text: String, path: String) throws(TifaError) {
        file = path
        let table = try CSVTable(text: text, file: path)
        let columns = table.header.map { $0.lowercased() }
        let pathColumn = columns.firstIndex(of: "path") ?? columns.firstIndex(of: "file")
        let idColumn = columns.firstIndex(of: "id")
        guard pathColumn != nil || idColumn != nil else {
            throw TifaError(code: "manifest.malformed", file: path, line: 1,
                            message: "the header has no path, file or id column (columns: \(table.header.joined(separator: ", ")))")
        }
        let folder = URL(fileURLWithPath: path).deletingLastPathComponent()
        for row in table.rows {
            guard row.fields.count == table.header.count else {
                problems.append(Diagnostic(code: "manifest.bad-row", file: path, line: row.line,
                                           message: "\(row.fields.count) fields, the header has \(table.header.count); row skipped"))
                continue
            }
            var metadata: [String: String] = [:]
            for (k, name) in table.header.enumerated() where k != pathColumn && k != idColumn && !name.isEmpty {
                let value = row.fields[k].trimmingCharactersInSet()
                if !value.isEmpty { metadata[name] = value }
            }
            let id = idColumn.map { row.fields[$0].trimmingCharactersInSet() }.flatMap { $0.isEmpty ? nil : $0 }
            let entry = Entry(line: row.line, id: id, metadata: MetadataFields.normalized(metadata))
            if let pathColumn {
                let relative = row.fields[pathColumn].trimmingCharactersInSet()
                let full = Self.key(URL(fileURLWithPath: relative, relativeTo: folder).path)
                if !FileManager.default.fileExists(atPath: full) {
                    problems.append(Diagnostic(code: "manifest.missing-file", severity: .warning, file: path, line: row.line,
                                               message: "no file \(relative) for this row"))
                    continue
                }
                if byPath[full] != nil {
                    problems.append(Diagnostic(code: "manifest.duplicate", file: path, line: row.line,
                                               message: "\(relative) is listed twice; the first row applies"))
                    continue
                }
                byPath[full] = entry
            } else if let id {
                if byID[id] != nil {
                    problems.append(Diagnostic(code: "manifest.duplicate", file: path, line: row.line,
                                               message: "id \(id) is listed twice; the first row applies"))
                    continue
                }
                byID[id] = entry
            }
        }
    }

    /// The canonical key of a file path.
    static func key(_ path: String) -> String { URL(fileURLWithPath: path).standardizedFileURL.path }

    /// The row for a file (by path) or a record (by id, or by the file's stem).
    func entry(path: String?, id: String?) -> Entry? {
        if let path, let e = byPath[Self.key(path)] { return e }
        if let id, let e = byID[id] { return e }
        return nil
    }

    /// Rows of an id-only manifest that matched none of the given ids.
    func unmatchedIDs(seen: Set<String>) -> [Diagnostic] {
        byID.filter { !seen.contains($0.key) }.sorted { $0.value.line < $1.value.line }.map {
            Diagnostic(code: "manifest.missing-file", severity: .warning, file: file, line: $0.value.line,
                       message: "no file or record with id \($0.key) for this row")
        }
    }
}

/// Metadata clean-up shared by manifests, name patterns and JSON Lines: dates in sortable form, a year from the date.
enum MetadataFields {
    static func normalized(_ m: [String: String]) -> [String: String] {
        var result = m
        for (key, value) in m where key.lowercased() == "date" || key.lowercased().hasSuffix("_date") || key == "日期" {
            if let iso = DateValue.sortable(value), iso != value {
                result[key] = iso
                result[key + "_raw"] = value
            }
        }
        if result["year"] == nil, let date = result["date"] ?? result["日期"], let iso = DateValue.sortable(date) {
            result["year"] = String(iso.prefix(4))
        }
        return result
    }
}
