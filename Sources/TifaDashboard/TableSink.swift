import TifaCore

/// Receives one report table row by row, the same values whether a report writer is writing it during a run or a
/// saved file is read back (`DashboardFolder`); the dashboard's pieces in `DashboardInput` are sinks.
public protocol TableSink: AnyObject {
    /// Starts the table with its header row; `source` names where it comes from (a file path), for messages.
    func begin(header: [String], source: String) throws
    /// Adds one data row: the values as written, before the CSV injection guard.
    func add(_ row: [String]) throws
}

/// Finding a sink's columns by name (the names come from `ReportColumns`).
enum HeaderColumns {
    /// The positions of names in header, in the order given; an error naming source when one is missing.
    static func positions(_ names: [String], in header: [String], source: String) throws -> [Int] {
        let found = names.map { header.firstIndex(of: $0) }
        guard found.allSatisfy({ $0 != nil }) else {
            let file = source.split(separator: "/").last.map(String.init) ?? source
            throw TifaError(code: "dashboard.csv", file: source, line: 1,
                            message: "\(file) lacks a column of \(names.joined(separator: ", "))")
        }
        return found.compactMap { $0 }
    }
}
