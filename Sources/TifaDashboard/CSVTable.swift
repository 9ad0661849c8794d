import Foundation
import TifaCore

/// A CSV file of the analysis read as a header and rows of strings (RFC 4180).
struct CSVTable: Encodable {
    let header: [String]
    let rows: [[String]]
    /// Data rows in the file, including those past the limit.
    let total: Int

    /// Reads file, keeping at most limit data rows; nil when the file does not exist.
    static func read(_ file: URL, limit: Int? = nil) throws -> CSVTable? {
        var header: [String]? = nil
        var rows: [[String]] = []
        var total = 0
        let found = try CSVRecords.forEach(in: file) { record in
            if header == nil { header = record; return }
            total += 1
            if limit.map({ rows.count < $0 }) ?? true { rows.append(record) }
        }
        guard found else { return nil }
        return CSVTable(header: header ?? [], rows: rows, total: total)
    }
}

/// Streams the records of an RFC 4180 CSV file (quoted fields, doubled quotes, LF or CRLF line ends, a leading
/// BOM ignored), holding one record's fields at a time. SwiftCSV parses whole files as `Character`s: on the
/// 33 MB criteria.csv of 10,000 documents it took 300 MB and 8 s, so the dashboard reads its files with this.
enum CSVRecords {
    /// Calls body with each record's fields; returns false when the file does not exist.
    static func forEach(in file: URL, _ body: ([String]) throws -> Void) throws -> Bool {
        guard FileManager.default.fileExists(atPath: file.path) else { return false }
        let data: Data
        do { data = try Data(contentsOf: file) } catch {
            throw TifaError(code: "dashboard.read", file: file.path, message: "cannot read: \(error.localizedDescription)")
        }
        let quote = UInt8(ascii: "\""), comma = UInt8(ascii: ","), newline = UInt8(ascii: "\n"), cr = UInt8(ascii: "\r")
        var fields: [String] = []
        var field: [UInt8] = []
        var inQuotes = false, afterQuote = false, line = 1, recordLine = 1, sawAny = false
        func endField() { fields.append(String(decoding: field, as: UTF8.self)); field.removeAll(keepingCapacity: true) }
        var i = data.starts(with: [0xEF, 0xBB, 0xBF]) ? data.startIndex + 3 : data.startIndex
        while i < data.endIndex {
            let b = data[i]
            i += 1
            if inQuotes {
                if b == quote {
                    if i < data.endIndex && data[i] == quote { field.append(quote); i += 1 } else { inQuotes = false; afterQuote = true }
                } else {
                    if b == newline { line += 1 }
                    field.append(b)
                }
                continue
            }
            switch b {
            case quote where field.isEmpty && !afterQuote: inQuotes = true; sawAny = true
            case comma: endField(); afterQuote = false; sawAny = true
            case newline:
                line += 1
                if sawAny || !field.isEmpty {
                    endField()
                    try body(fields)
                }
                fields.removeAll(keepingCapacity: true)
                afterQuote = false
                sawAny = false
                recordLine = line
            case cr where i < data.endIndex && data[i] == newline: continue
            default:
                if afterQuote {
                    throw TifaError(code: "dashboard.csv", file: file.path, line: recordLine,
                                    message: "text after a closing quote (not RFC 4180)")
                }
                field.append(b)
                sawAny = true
            }
        }
        if inQuotes { throw TifaError(code: "dashboard.csv", file: file.path, line: recordLine, message: "a quoted field is never closed") }
        if sawAny || !field.isEmpty { endField(); try body(fields) }
        return true
    }
}
