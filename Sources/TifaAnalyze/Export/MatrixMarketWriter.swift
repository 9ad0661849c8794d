import TifaCore

/// Writes a sparse integer matrix in Matrix Market coordinate format (`coordinate integer general`), the form
/// R's `Matrix::readMM` and `scipy.io.mmread` load. Entries are streamed row by row.
public final class MatrixMarketWriter {
    private let file: OutputFile
    private let rows: Int
    private let columns: Int
    private let entries: Int
    private var written = 0
    private var line: [UInt8] = []

    /// Starts the file with its header; `entries` must be the exact number of entries that will follow.
    public init(path: String, rows: Int, columns: Int, entries: Int, comment: String? = nil) throws {
        file = try OutputFile(path: path)
        self.rows = rows
        self.columns = columns
        self.entries = entries
        var header = "%%MatrixMarket matrix coordinate integer general\n"
        if let comment { header += "% \(comment)\n" }
        header += "\(rows) \(columns) \(entries)\n"
        try file.write(header)
    }

    /// Appends the non-zero entries of one row (0-based row and column indices; written 1-based).
    public func append(row: Int, columns cols: [Int32], values: [Int32]) throws {
        line.removeAll(keepingCapacity: true)
        for (c, v) in zip(cols, values) where v != 0 {
            Self.appendDecimal(row + 1, to: &line)
            line.append(0x20)
            Self.appendDecimal(Int(c) + 1, to: &line)
            line.append(0x20)
            Self.appendDecimal(Int(v), to: &line)
            line.append(0x0A)
            written += 1
        }
        try file.write(bytes: line)
    }

    /// Appends the decimal digits of an integer.
    static func appendDecimal(_ value: Int, to out: inout [UInt8]) {
        if value < 0 { out.append(0x2D) }
        var v = value.magnitude
        var digits: (UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8,
                      UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8) =
            (0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0)
        var n = 0
        withUnsafeMutableBytes(of: &digits) { buf in
            repeat {
                buf[n] = UInt8(truncatingIfNeeded: v % 10) + 0x30
                v /= 10
                n += 1
            } while v > 0
            for i in stride(from: n - 1, through: 0, by: -1) { out.append(buf[i]) }
        }
    }

    /// Finishes the file; it is an error when fewer or more entries were written than announced.
    public func close() throws {
        try file.close()
        if written != entries {
            throw TifaError(code: "analyze.dtm", file: file.path,
                            message: "\(written) matrix entries written, \(entries) announced")
        }
    }
}
