import ArgumentParser
import Foundation
import Tifa

/// `--excel` and `--xlsx`: spreadsheet-friendly copies of the report's tables.
struct SpreadsheetOptions: ParsableArguments {
    @Flag(help: "Also write excel/: every CSV with a UTF-8 byte-order mark (for Excel on Chinese Windows).")
    var excel = false

    @Flag(help: "Also write tables.xlsx: the main tables as worksheets.")
    var xlsx = false

    /// Writes the copies asked for into a finished report folder.
    func write(into folder: URL) throws {
        if excel { try SpreadsheetExport.writeExcelCopies(folder: folder) }
        if xlsx { try SpreadsheetExport.writeWorkbook(folder: folder) }
    }
}
