import Foundation
import TifaCore
import TifaIngest

/// `parquet/`: terms, documents, problems, slogans, criteria and the document-term triplets as Parquet files with
/// the column types of `ReportColumns`, written from the finished CSV files by the DuckDB command line (`duckdb`,
/// `pip install duckdb-cli`), run bounded as an external tool. Text holds the original values (the CSV injection
/// guard undone), empty fields are NULL; each file's row count is checked against its source.
public enum ParquetExport {
    /// The folder inside the report.
    public static let folderName = "parquet"
    /// The tool's name on PATH.
    public static let toolName = "duckdb"
    /// How long DuckDB may run and how much it may print (it prints only the row counts).
    public static let limits: ToolLimits = {
        var l = ToolLimits()
        l.timeout = 3600
        l.outputCap = 1 << 20
        return l
    }()

    /// The tables written, in order: the triplets come last (they are built from the documents and terms files).
    public static let tables = ["terms", "documents", "problems", "slogans", "criteria", "document_terms"]

    /// The `duckdb` executable on PATH; an error naming the tool and how to install it when there is none.
    public static func tool() throws(TifaError) -> String {
        guard let path = ExternalTool.find(toolName) else {
            throw TifaError(code: "parquet.duckdb-missing", file: toolName,
                            message: "--parquet needs the DuckDB command-line tool `\(toolName)`, which is not on PATH "
                                + "(install it with `pip install duckdb-cli`, or get the binary from https://duckdb.org)")
        }
        return path
    }

    /// Writes `parquet/` into the finished report `folder`.
    public static func write(folder: URL, limits: ToolLimits = ParquetExport.limits) throws {
        let executable = try tool()
        let base = folder.standardizedFileURL.path
        let target = "\(base)/\(folderName)"
        try FileManager.default.createDirectory(atPath: target, withIntermediateDirectories: true)
        let scratch = "\(base)/.parquet-tmp"
        defer { try? FileManager.default.removeItem(atPath: scratch) }

        var sql = ["SET enable_progress_bar = false;", "SET temp_directory = \(DuckDBSQL.literal(scratch));",
                   DuckDBSQL.originalMacro]
        var expected: [String: Int] = [:]
        for name in tables.dropLast() {
            let csv = "\(base)/\(name).csv"
            let scan = try CSVFileScan(path: csv)
            let columns = try typedColumns(name, header: scan.header, file: csv)
            expected[name] = scan.records
            sql.append("COPY (\(DuckDBSQL.typedSelect(csv: csv, columns: columns))) TO \(DuckDBSQL.literal("\(target)/\(name).parquet")) (FORMAT parquet, COMPRESSION zstd);")
        }
        let matrix = try MatrixHeader(path: "\(base)/dtm/matrix.mtx")
        guard matrix.rows == expected["documents"] else {
            throw TifaError(code: "parquet.failed", file: matrix.path,
                            message: "\(matrix.path) has \(matrix.rows) rows but documents.csv \(expected["documents"] ?? 0) documents")
        }
        expected["document_terms"] = matrix.entries
        sql.append("COPY (\(triplets(target: target, matrix: matrix))) TO \(DuckDBSQL.literal("\(target)/document_terms.parquet")) (FORMAT parquet, COMPRESSION zstd);")
        for name in tables {
            sql.append("SELECT \(DuckDBSQL.literal(name)), count(*) FROM read_parquet(\(DuckDBSQL.literal("\(target)/\(name).parquet")));")
        }

        let counts = try run(executable, sql: sql.joined(separator: "\n") + "\n", scratch: "\(base)/.parquet.sql", target: target, limits: limits)
        for name in tables where counts[name] != expected[name] {
            throw TifaError(code: "parquet.failed", file: "\(target)/\(name).parquet",
                            message: "\(target)/\(name).parquet has \(counts[name].map(String.init) ?? "no") rows, its source \(expected[name] ?? 0)")
        }
    }

    /// The typed columns of a report table from its header: the declared ones for the fixed tables (the header must
    /// match them), a type per name for `documents.csv`.
    static func typedColumns(_ table: String, header: [String], file: String) throws -> [ReportColumn] {
        let declared: [ReportColumn]
        switch table {
        case "documents": return header.map { ReportColumn($0, ReportColumns.Documents.type(of: $0)) }
        case "terms": declared = ReportColumns.Terms.typed
        case "problems": declared = ReportColumns.Problems.typed
        case "slogans": declared = ReportColumns.Slogans.typed
        case "criteria": declared = ReportColumns.Criteria.typed
        default: throw TifaError(code: "parquet.failed", file: file, message: "no column types declared for \(table)")
        }
        guard declared.map(\.name) == header else {
            throw TifaError(code: "parquet.failed", file: file,
                            message: "the columns of \(file) (\(header.joined(separator: ","))) are not the declared ones (\(declared.map(\.name).joined(separator: ",")))")
        }
        return declared
    }

    /// The document-term triplets: the matrix entries (row, column, count) joined to the documents and terms they
    /// stand for. Rows are documents and columns terms in Unicode scalar order, which is DuckDB's byte order of
    /// UTF-8 text, so `row_number()` over the sorted names gives the matrix indices.
    static func triplets(target: String, matrix: MatrixHeader) -> String {
        let documents = DuckDBSQL.literal("\(target)/documents.parquet"), terms = DuckDBSQL.literal("\(target)/terms.parquet")
        let entries = "read_csv(\(DuckDBSQL.literal(matrix.path)), header = false, delim = ' ', auto_detect = false, "
            + "skip = \(matrix.headerLines), columns = {'r': 'BIGINT', 'c': 'BIGINT', 'n': 'BIGINT'})"
        return """
            WITH d AS (SELECT row_number() OVER (ORDER BY document) AS r, document FROM read_parquet(\(documents))), \
            t AS (SELECT row_number() OVER (ORDER BY term) AS c, term FROM read_parquet(\(terms))), \
            m AS (SELECT * FROM \(entries)) \
            SELECT d.document AS document, t.term AS term, m.n AS count FROM m JOIN d ON m.r = d.r JOIN t ON m.c = t.c \
            ORDER BY m.r, m.c
            """
    }

    /// Runs DuckDB on `sql` (given on standard input) and returns the row counts it printed.
    private static func run(_ executable: String, sql: String, scratch: String, target: String, limits: ToolLimits) throws -> [String: Int] {
        try OutputFile.write(sql, to: scratch)
        let fd = open(scratch, O_RDONLY)
        unlink(scratch)
        guard fd >= 0 else { throw TifaError(code: "io.read", file: scratch, message: "cannot read \(scratch)") }
        defer { close(fd) }
        let result = try ExternalTool(executable: executable, limits: limits)
            .run(["-init", "/dev/null", "-bail", "-csv", "-noheader"], input: fd, file: target, code: "parquet.failed")
        guard result.status == 0 else {
            throw TifaError(code: "parquet.failed", file: target,
                            message: "\(toolName) failed writing \(target) (status \(result.status)): \(result.errors.trimmingCharacters(in: .whitespacesAndNewlines))")
        }
        var counts: [String: Int] = [:]
        for line in String(decoding: result.output, as: UTF8.self).split(separator: "\n") {
            let parts = line.split(separator: ",")
            if parts.count == 2, let n = Int(parts[1]) { counts[String(parts[0])] = n }
        }
        return counts
    }
}

/// The size line of a Matrix Market file and how many lines precede the entries.
struct MatrixHeader {
    let path: String
    let rows: Int, columns: Int, entries: Int
    /// Comment lines plus the size line.
    let headerLines: Int

    init(path: String) throws {
        self.path = path
        guard let handle = FileHandle(forReadingAtPath: path) else {
            throw TifaError(code: "io.read", file: path, message: "cannot read \(path)")
        }
        defer { try? handle.close() }
        let head = String(decoding: try handle.read(upToCount: 1 << 16) ?? Data(), as: UTF8.self)
        var lines = 0
        for line in head.split(separator: "\n", omittingEmptySubsequences: false) {
            lines += 1
            if line.hasPrefix("%") { continue }
            let sizes = line.split(separator: " ").compactMap { Int($0) }
            guard sizes.count == 3 else { break }
            (rows, columns, entries, headerLines) = (sizes[0], sizes[1], sizes[2], lines)
            return
        }
        throw TifaError(code: "parquet.failed", file: path, message: "\(path) has no Matrix Market size line")
    }
}
