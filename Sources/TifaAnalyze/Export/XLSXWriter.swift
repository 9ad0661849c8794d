import Foundation
import TifaCore
import ZIPFoundation

/// A minimal Office Open XML workbook writer (what openpyxl, Excel and LibreOffice read): one worksheet per
/// table, text as inline strings (never formulas), plain decimal numbers as numbers. Deterministic: fixed entry
/// dates and order, so the same tables give the same bytes.
public struct XLSXWriter {
    /// A worksheet: its name (at most 31 characters, no `[]:*?/\`) and rows, the first being the header.
    public struct Sheet {
        public var name: String
        public var rows: [[String]]
        public init(name: String, rows: [[String]]) {
            self.name = name
            self.rows = rows
        }
    }

    /// Excel's row limit per sheet.
    public static let maxRows = 1_048_576
    /// Excel's limit of characters in one cell.
    public static let maxCellCharacters = 32_767

    /// Writes the workbook to `path` (replacing a file there).
    public static func write(_ sheets: [Sheet], to path: String) throws {
        let url = URL(fileURLWithPath: path)
        try? FileManager.default.removeItem(at: url)
        let archive: Archive
        do {
            archive = try Archive(url: url, accessMode: .create)
        } catch {
            throw TifaError(code: "io.write", file: path, message: "cannot create \(path): \(error)")
        }
        var parts: [(String, String)] = [
            ("[Content_Types].xml", contentTypes(sheets.count)),
            ("_rels/.rels", #"<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/></Relationships>"#),
            ("xl/workbook.xml", workbook(sheets.map(\.name))),
            ("xl/_rels/workbook.xml.rels", workbookRelations(sheets.count)),
        ]
        for (i, sheet) in sheets.enumerated() { parts.append(("xl/worksheets/sheet\(i + 1).xml", worksheet(sheet.rows))) }
        let date = Date(timeIntervalSince1970: 315_532_800)   // 1980-01-01, the earliest ZIP date
        do {
            for (name, text) in parts {
                let data = Data(text.utf8)
                try archive.addEntry(with: name, type: .file, uncompressedSize: Int64(data.count), modificationDate: date,
                                     compressionMethod: .deflate) { position, size in
                    data.subdata(in: Int(position)..<(Int(position) + size))
                }
            }
        } catch {
            throw TifaError(code: "io.write", file: path, message: "cannot write \(path): \(error)")
        }
    }

    static func contentTypes(_ count: Int) -> String {
        var s = #"<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>"#
        for i in 1...max(count, 1) where count > 0 {
            s += #"<Override PartName="/xl/worksheets/sheet\#(i).xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>"#
        }
        return s + "</Types>"
    }

    static func workbook(_ names: [String]) -> String {
        var s = #"<?xml version="1.0" encoding="UTF-8" standalone="yes"?><workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><sheets>"#
        for (i, name) in names.enumerated() {
            s += #"<sheet name="\#(escaped(name))" sheetId="\#(i + 1)" r:id="rId\#(i + 1)"/>"#
        }
        return s + "</sheets></workbook>"
    }

    static func workbookRelations(_ count: Int) -> String {
        var s = #"<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">"#
        for i in 0..<count {
            s += #"<Relationship Id="rId\#(i + 1)" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet\#(i + 1).xml"/>"#
        }
        return s + "</Relationships>"
    }

    static func worksheet(_ rows: [[String]]) -> String {
        var s = #"<?xml version="1.0" encoding="UTF-8" standalone="yes"?><worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>"#
        for (r, row) in rows.prefix(maxRows).enumerated() {
            s += "<row r=\"\(r + 1)\">"
            for (c, value) in row.enumerated() {
                let ref = column(c) + String(r + 1)
                if r > 0, isNumber(value) {
                    s += "<c r=\"\(ref)\"><v>\(value)</v></c>"
                } else if !value.isEmpty {
                    let text = value.unicodeScalars.count > maxCellCharacters
                        ? String(String.UnicodeScalarView(value.unicodeScalars.prefix(maxCellCharacters))) : value
                    s += "<c r=\"\(ref)\" t=\"inlineStr\"><is><t xml:space=\"preserve\">\(escaped(text))</t></is></c>"
                }
            }
            s += "</row>"
        }
        return s + "</sheetData></worksheet>"
    }

    /// The column letters of a 0-based index (0 → A, 26 → AA).
    static func column(_ index: Int) -> String {
        var n = index + 1, s = ""
        while n > 0 {
            let r = (n - 1) % 26
            s = String(UnicodeScalar(UInt8(65 + r))) + s
            n = (n - 1) / 26
        }
        return s
    }

    /// A plain decimal number as the outputs write it (`12`, `-0.5`, `3.1416`); codes like `007` stay text.
    static func isNumber(_ v: String) -> Bool {
        var digits = v.utf8[...]
        if digits.first == UInt8(ascii: "-") { digits = digits.dropFirst() }
        guard let first = digits.first, first >= 0x30 && first <= 0x39, digits.count <= 15 else { return false }
        let parts = digits.split(separator: UInt8(ascii: "."), omittingEmptySubsequences: false)
        guard parts.count <= 2, parts.allSatisfy({ !$0.isEmpty && $0.allSatisfy { $0 >= 0x30 && $0 <= 0x39 } }) else { return false }
        return !(parts[0].count > 1 && parts[0].first == 0x30)
    }

    /// XML text: markup characters escaped, characters XML 1.0 forbids (most C0 controls) dropped.
    static func escaped(_ text: String) -> String {
        var out = ""
        out.reserveCapacity(text.utf8.count)
        for s in text.unicodeScalars {
            switch s {
            case "&": out += "&amp;"
            case "<": out += "&lt;"
            case ">": out += "&gt;"
            case "\"": out += "&quot;"
            case "\t", "\n", "\r": out.unicodeScalars.append(s)
            default:
                if s.value >= 0x20 && s.value != 0xFFFE && s.value != 0xFFFF { out.unicodeScalars.append(s) }
            }
        }
        return out
    }
}
