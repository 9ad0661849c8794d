import Foundation
import TifaCore

/// Reads a saved `tifa analyze` folder into a `DashboardInput`, file by file through the same sinks the report
/// writers fill during a run, so a rebuilt page equals the run's own.
public enum DashboardFolder {
    /// The input of the analysis in folder; an error naming the folder when it is not one.
    public static func read(_ folder: URL, limits: Dashboard.Limits = Dashboard.Limits()) throws -> DashboardInput {
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: folder.path, isDirectory: &isDirectory), isDirectory.boolValue else {
            throw TifaError(code: "dashboard.not-found", file: folder.path, message: "not an analysis folder")
        }
        let summaryURL = folder.appendingPathComponent(ReportFiles.summary)
        guard FileManager.default.fileExists(atPath: summaryURL.path) else {
            throw TifaError(code: "dashboard.not-found", file: folder.path,
                            message: "no \(ReportFiles.summary): run `tifa analyze PATH --out \(folder.path)` first")
        }
        let input = DashboardInput(limits: limits, validatingLines: true)
        input.setSummary(try object(summaryURL))
        let tables: [(String, any TableSink)] = [
            (ReportFiles.documents, input.documents), (ReportFiles.terms, input.terms), (ReportFiles.slogans, input.slogans),
            (ReportFiles.periods, input.periods), (ReportFiles.criteria, input.criteria), (ReportFiles.problems, input.problems),
            (ReportFiles.trends, input.trends), (ReportFiles.reuse, input.reuse),
        ]
        for (name, sink) in tables { try feed(csv: folder.appendingPathComponent(name), into: sink) }
        for (name, lines) in [(ReportFiles.extractions, input.extractions), (ReportFiles.texts, input.texts),
                              (ReportFiles.reuseTexts, input.reuse.texts)] {
            try feed(lines: folder.appendingPathComponent(name), into: lines)
        }
        let groupsFolder = folder.appendingPathComponent(ReportFiles.groupsFolder)
        for column in (try? FileManager.default.contentsOfDirectory(atPath: groupsFolder.path)) ?? [] where !column.hasPrefix(".") {
            let dir = groupsFolder.appendingPathComponent(column)
            let group = input.group(folder: column)
            for (name, sink) in [(ReportFiles.groups, group.groups), (ReportFiles.keyness, group.keyness),
                                 (ReportFiles.problems, group.problems), (ReportFiles.criteria, group.criteria)] {
                try feed(csv: dir.appendingPathComponent(name), into: sink)
            }
        }
        return input
    }

    /// Feeds a CSV file's header and rows to sink; nothing when the file does not exist.
    static func feed(csv file: URL, into sink: any TableSink) throws {
        var began = false
        let found = try CSVRecords.forEach(in: file) { record in
            if began { try sink.add(record) } else { try sink.begin(header: record, source: file.path); began = true }
        }
        if found && !began { try sink.begin(header: [], source: file.path) }
    }

    /// Feeds a JSON Lines file to lines; nothing when the file does not exist.
    static func feed(lines file: URL, into lines: JSONLinePrefix) throws {
        guard FileManager.default.fileExists(atPath: file.path) else { return }
        lines.begin(source: file.path)
        _ = try ByteStream.forEachBlock(of: file) { try lines.feed($0) }
        try lines.finish()
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
        return String(decoding: data, as: UTF8.self)
    }
}
