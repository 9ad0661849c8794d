import Foundation
import SwiftCSV
import TifaCore

/// A CSV file of the analysis read as a header and rows of strings (RFC 4180, through SwiftCSV).
struct CSVTable: Encodable {
    let header: [String]
    let rows: [[String]]
    /// Data rows in the file, including those past the limit.
    let total: Int

    /// Reads file, keeping at most limit data rows; nil when the file does not exist.
    static func read(_ file: URL, limit: Int? = nil) throws -> CSVTable? {
        guard FileManager.default.fileExists(atPath: file.path) else { return nil }
        let text: String
        do {
            text = try String(contentsOf: file, encoding: .utf8)
        } catch {
            throw TifaError(code: "dashboard.read", file: file.path, message: "cannot read: \(error.localizedDescription)")
        }
        do {
            let csv = try EnumeratedCSV(string: text, delimiter: .comma, loadColumns: false, rowLimit: limit)
            let total = limit == nil ? csv.rows.count : Self.countRecords(text) - 1
            return CSVTable(header: csv.header, rows: csv.rows, total: max(total, csv.rows.count))
        } catch {
            throw TifaError(code: "dashboard.csv", file: file.path, message: "not a valid CSV file: \(error)")
        }
    }

    /// Counts records (lines not inside quotes).
    private static func countRecords(_ text: String) -> Int {
        var inQuotes = false, records = 0, sawContent = false
        for byte in text.utf8 {
            if byte == UInt8(ascii: "\"") { inQuotes.toggle() }
            if byte == UInt8(ascii: "\n") && !inQuotes { records += 1; sawContent = false } else { sawContent = true }
        }
        return records + (sawContent ? 1 : 0)
    }
}
