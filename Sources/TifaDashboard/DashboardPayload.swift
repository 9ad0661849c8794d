import Foundation
import TifaCore

/// Gathers the analysis folder's files into the JSON the page's script renders.
enum DashboardPayload {
    /// The payload as JSON text (keys in a fixed order, so the page's bytes depend only on the analysis).
    static func load(from folder: URL, codebook: DashboardCodebook?, limits: Dashboard.Limits) throws -> String {
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: folder.path, isDirectory: &isDirectory), isDirectory.boolValue else {
            throw TifaError(code: "dashboard.not-found", file: folder.path, message: "not an analysis folder")
        }
        let summaryURL = folder.appendingPathComponent("summary.json")
        guard FileManager.default.fileExists(atPath: summaryURL.path) else {
            throw TifaError(code: "dashboard.not-found", file: folder.path,
                            message: "no summary.json: run `tifa analyze PATH --out \(folder.path)` first")
        }
        var fields: [(String, String)] = []
        fields.append(("summary", try JSONFile.object(summaryURL)))
        for (key, name, limit) in [("documents", "documents.csv", nil as Int?), ("terms", "terms.csv", limits.terms),
                                   ("slogans", "slogans.csv", limits.slogans), ("periods", "periods.csv", nil)] {
            let table = try CSVTable.read(folder.appendingPathComponent(name), limit: limit)
            fields.append((key, try table.map(JSONFile.encode) ?? "null"))
        }
        fields.append(("criteria", try CriteriaMatrix.load(folder.appendingPathComponent("criteria.csv"))))
        fields.append(("problems", try ProblemTotals.load(folder.appendingPathComponent("problems.csv"))))
        fields.append(("trends", try TrendSeries.load(folder, terms: limits.trendTerms)))
        fields.append(("codebook", try codebook.map(JSONFile.encode) ?? "null"))
        fields.append(("groups", try GroupTables.load(folder.appendingPathComponent("groups"))))
        fields.append(("extractions", try JSONFile.lines(folder.appendingPathComponent("extractions.jsonl"),
                                                         byteLimit: limits.extractionBytes)))
        fields.append(("texts", try JSONFile.lines(folder.appendingPathComponent("texts.jsonl"),
                                                   byteLimit: limits.textBytes)))
        fields.append(("reuse", try ReuseView.load(folder, limit: limits.reusePairs, textBytes: limits.reuseTextBytes)))
        return "{" + fields.map { "\"\($0.0)\":\($0.1)" }.joined(separator: ",") + "}"
    }
}

/// The `groups/<column>/` tables of a `--group-by` analysis.
enum GroupTables {
    private struct Group: Encodable {
        let column: String
        let groups: CSVTable?
        let keyness: CSVTable?
        let problems: CSVTable?
        let criteria: CSVTable?
    }

    static func load(_ folder: URL) throws -> String {
        guard let columns = try? FileManager.default.contentsOfDirectory(atPath: folder.path) else { return "[]" }
        var result: [Group] = []
        for column in columns.sorted() where !column.hasPrefix(".") {
            let dir = folder.appendingPathComponent(column)
            result.append(Group(column: column,
                                groups: try CSVTable.read(dir.appendingPathComponent("groups.csv")),
                                keyness: try CSVTable.read(dir.appendingPathComponent("keyness.csv")),
                                problems: try CSVTable.read(dir.appendingPathComponent("problems.csv")),
                                criteria: try CSVTable.read(dir.appendingPathComponent("criteria.csv"))))
        }
        return try JSONFile.encode(result)
    }
}

/// Reading and writing the JSON pieces of the payload.
enum JSONFile {
    static func encode<T: Encodable>(_ value: T) throws -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        return String(decoding: try encoder.encode(value), as: UTF8.self)
    }

    /// A JSON file's text, checked to be a JSON object.
    static func object(_ file: URL) throws -> String {
        let data: Data
        do { data = try Data(contentsOf: file) } catch {
            throw TifaError(code: "dashboard.read", file: file.path, message: "cannot read: \(error.localizedDescription)")
        }
        guard (try? JSONSerialization.jsonObject(with: data)) is [String: Any] else {
            throw TifaError(code: "dashboard.json", file: file.path, message: "not a JSON object")
        }
        return String(decoding: data, as: UTF8.self).trimmingCharacters(in: .whitespacesAndNewlines)
    }

    /// A JSON Lines file as `{"lines": [...], "total": n, "kept": k}`, keeping whole lines up to byteLimit bytes;
    /// the rest is only counted, never held.
    static func lines(_ file: URL, byteLimit: Int) throws -> String {
        var kept: [String] = []
        var bytes = 0, total = 0, full = false
        let found = try ByteStream.forEachLine(of: file) { line, number in
            guard !line.isEmpty else { return }
            total += 1
            full = full || bytes + line.count > byteLimit
            if full { return }
            guard (try? JSONSerialization.jsonObject(with: Data(line))) is [String: Any] else {
                throw TifaError(code: "dashboard.json", file: file.path, line: number, message: "not a JSON object")
            }
            kept.append(String(decoding: line, as: UTF8.self))
            bytes += line.count
        }
        guard found else { return "null" }
        return "{\"kept\":\(kept.count),\"lines\":[\(kept.joined(separator: ","))],\"total\":\(total)}"
    }
}
