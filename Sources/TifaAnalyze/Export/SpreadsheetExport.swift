import Foundation
import TifaCore
import TifaIngest

/// Spreadsheet-friendly copies of a finished report folder: `excel/` (every CSV with a UTF-8 byte-order mark, which
/// Excel on Chinese Windows needs to read UTF-8) and `tables.xlsx` (the main tables as worksheets).
public enum SpreadsheetExport {
    /// The tables of `tables.xlsx`, in sheet order (those the folder has).
    public static let workbookTables = ["documents", "terms", "ngrams", "collocations", "slogans", "criteria", "problems",
                                        "periods", "trends"]

    /// Writes `excel/<same path>.csv` for every CSV file of the folder, each starting with the BOM.
    public static func writeExcelCopies(folder: URL) throws {
        let base = folder.standardizedFileURL.path
        for rel in csvFiles(base) {
            let target = "\(base)/excel/\(rel)"
            try FileManager.default.createDirectory(atPath: (target as NSString).deletingLastPathComponent,
                                                    withIntermediateDirectories: true)
            guard let data = FileManager.default.contents(atPath: "\(base)/\(rel)") else {
                throw TifaError(code: "io.read", file: "\(base)/\(rel)", message: "cannot read \(base)/\(rel)")
            }
            let file = try OutputFile(path: target)
            try file.write(bytes: [0xEF, 0xBB, 0xBF])
            try file.write(bytes: Array(data))
            try file.close()
        }
    }

    /// Writes `tables.xlsx`: one sheet per main table; a table longer than Excel's row limit is cut there, and a
    /// `notes` sheet says so.
    public static func writeWorkbook(folder: URL) throws {
        let base = folder.standardizedFileURL.path
        var sheets: [XLSXWriter.Sheet] = []
        var notes: [[String]] = []
        for name in workbookTables {
            let path = "\(base)/\(name).csv"
            guard let data = FileManager.default.contents(atPath: path) else { continue }
            let table = try CSVTable(text: String(decoding: data, as: UTF8.self), file: path)
            let rows = [table.header] + table.rows.map(\.fields)
            if rows.count > XLSXWriter.maxRows {
                notes.append([name, "cut at \(XLSXWriter.maxRows - 1) of \(rows.count - 1) rows (Excel's limit); see \(name).csv"])
            }
            sheets.append(.init(name: name, rows: rows))
        }
        if !notes.isEmpty { sheets.append(.init(name: "notes", rows: [["table", "note"]] + notes)) }
        try XLSXWriter.write(sheets, to: "\(base)/tables.xlsx")
    }

    private static func csvFiles(_ base: String) -> [String] {
        var out: [String] = []
        guard let e = FileManager.default.enumerator(atPath: base) else { return out }
        while let rel = e.nextObject() as? String {
            if rel.hasSuffix(".csv") && !rel.hasPrefix("excel/") { out.append(rel) }
        }
        return out.sorted()
    }
}
