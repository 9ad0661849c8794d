import Foundation
import TifaCore
import TifaIngest

/// One streaming pass over a CSV file Tifa wrote: its header (the guard undone) and how many data records follow
/// (line ends outside quotes), to check an export against.
struct CSVFileScan {
    let header: [String]
    let records: Int

    init(path: String) throws {
        guard let handle = FileHandle(forReadingAtPath: path) else {
            throw TifaError(code: "io.read", file: path, message: "cannot read \(path)")
        }
        defer { try? handle.close() }
        var headerBytes: [UInt8] = [], headerDone = false, quoted = false, lineEnds = 0
        while let chunk = try handle.read(upToCount: 1 << 20), !chunk.isEmpty {
            chunk.withUnsafeBytes { buffer in
                for b in buffer {
                    if b == 0x22 { quoted.toggle() } else if b == 0x0A && !quoted { lineEnds += 1 }
                    if !headerDone {
                        headerBytes.append(b)
                        if lineEnds == 1 { headerDone = true }
                    }
                }
            }
        }
        guard headerDone else {
            throw TifaError(code: "parquet.failed", file: path, message: "\(path) has no complete header row")
        }
        do {
            header = try CSVTable(text: String(decoding: headerBytes, as: UTF8.self), file: path).header.map(SpreadsheetGuard.original)
        } catch {
            throw TifaError(code: "parquet.failed", file: path, message: "cannot read the header of \(path): \(error.description)")
        }
        records = lineEnds - 1
    }
}
