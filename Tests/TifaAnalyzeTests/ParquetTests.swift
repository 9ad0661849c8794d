import Foundation
import Testing
import TifaCore
import TifaIngest
@testable import TifaAnalyze

/// Whether the DuckDB command line is installed (CI installs it: `pip install duckdb-cli pyarrow`).
let duckdbInstalled = ExternalTool.find("duckdb") != nil

/// `--parquet`: typed Parquet files written by the DuckDB command line, read back with pyarrow and compared with
/// the CSV files (original unguarded text, typed numbers). Skipped when duckdb is not installed.
@Suite(.enabled(if: duckdbInstalled, "duckdb is not installed (pip install duckdb-cli): the Parquet tests cannot run"))
struct ParquetTests {
    /// Values around the injection guard: triggers, quotes before triggers, negative numbers, line breaks.
    static let tricky = CSVInjectionTests.hostile + [
        "-1.5", "-3", "'-1.5", "''-1.5", "-1.", "-.5", "--1", "-1.5.2", "-1e5", "+", "-", "@", "'", "''", "'''=",
        "'=x", "''=x", "'quoted", "a=b", "形式主义", "=形式主义", "'\n=x", "=a\nb", "\r", "'\r", "'\t", "", "x'", "'@",
    ]

    /// The SQL inverse of the guard gives what `SpreadsheetGuard.original` gives, for guarded and raw fields.
    @Test func theSQLGuardInverseIsSpreadsheetGuardOriginal() throws {
        let inputs = Self.tricky.flatMap { [$0, SpreadsheetGuard.guarded($0), "'" + $0] }
        let values = inputs.enumerated().map { "(\($0.offset), \(DuckDBSQL.literal($0.element)))" }.joined(separator: ", ")
        let sql = DuckDBSQL.originalMacro + "\nSELECT to_json(list(tifa_original(x) ORDER BY i)) FROM (VALUES \(values)) t(i, x);\n"
        let out = try runTool("duckdb", ["-init", "/dev/null", "-bail", "-list", "-noheader", "-c", sql])
        let got = try #require(try JSONSerialization.jsonObject(with: Data(out.utf8)) as? [String])
        #expect(got == inputs.map(SpreadsheetGuard.original))
        for v in Self.tricky { #expect(got[inputs.firstIndex(of: SpreadsheetGuard.guarded(v))!] == v, "\(v.debugDescription)") }
    }

    @Test func everyTableReadsBackAsTheCSVValuesTyped() throws {
        let dir = temporaryFolder()
        defer { try? FileManager.default.removeItem(at: dir) }
        let out = dir.appendingPathComponent("r")
        var items = fakeCorpus()
        for i in items.indices where items[i].text != nil {
            items[i].metadata["region"] = Self.tricky[i % Self.tricky.count]
            items[i].metadata["note, \"quoted\""] = Self.tricky[(i + 7) % Self.tricky.count]
            items[i].problems.append(ProblemRow(category: "形式主义", stance: "warned", cue: "=cue", section: "-a > @b",
                                                sentence: "+句子,\"引号\"\n第二行", start: 100 + i, end: 104 + i))
        }
        try runFake(items, to: out)
        try ParquetExport.write(folder: out)
        for name in ParquetExport.tables {
            #expect(FileManager.default.fileExists(atPath: out.appendingPathComponent("parquet/\(name).parquet").path), "\(name)")
        }
        guard pythonHas("pyarrow") else {
            Issue.record("pyarrow is not installed (pip install pyarrow): the Parquet files were not read back")
            return
        }
        let tables = try readParquet(out.appendingPathComponent("parquet"))
        for name in ["terms", "documents", "problems", "slogans", "criteria"] {
            let rows = parseCSV(readText(out, "\(name).csv"))
            let header = rows[0].map(SpreadsheetGuard.original)
            let columns = try ParquetExport.typedColumns(name, header: header, file: name)
            let table = try #require(tables[name], "\(name)")
            #expect(table.names == header, "\(name)")
            #expect(table.types == columns.map { Self.arrowType[$0.type]! }, "\(name)")
            #expect(table.rows.count == rows.count - 1, "\(name)")
            for (csvRow, row) in zip(rows.dropFirst(), table.rows) {
                for (i, column) in columns.enumerated() {
                    #expect(Self.same(row[i], csvRow[i], column.type), "\(name).\(column.name): \(row[i]) vs \(csvRow[i].debugDescription)")
                }
            }
        }
        #expect(tables["documents"]!.names.contains("region") && tables["documents"]!.names.contains("note, \"quoted\""))
        #expect(tables["documents"]!.types[tables["documents"]!.names.firstIndex(of: "characters")!] == "int64")

        // The triplets are the matrix entries with their document and term.
        let documents = readText(out, "dtm/documents.txt").split(separator: "\n").map(String.init)
        let terms = readText(out, "dtm/terms.txt").split(separator: "\n", omittingEmptySubsequences: false).dropLast().map(String.init)
        let entries = readText(out, "dtm/matrix.mtx").split(separator: "\n").filter { !$0.hasPrefix("%") }.dropFirst()
            .map { $0.split(separator: " ").map { Int($0)! } }
        let triplets = try #require(tables["document_terms"])
        #expect(triplets.names == ["document", "term", "count"] && triplets.types == ["string", "string", "int64"])
        #expect(triplets.rows.count == entries.count && !entries.isEmpty)
        for (e, row) in zip(entries, triplets.rows) {
            #expect(row[0] as? String == documents[e[0] - 1] && row[1] as? String == terms[e[1] - 1]
                    && (row[2] as? NSNumber)?.intValue == e[2], "\(e) vs \(row)")
        }
    }

    @Test func theFilesAreTheSameBytesForTheSameReport() throws {
        let dir = temporaryFolder()
        defer { try? FileManager.default.removeItem(at: dir) }
        let out = dir.appendingPathComponent("r")
        try runFake(fakeCorpus(), to: out)
        try ParquetExport.write(folder: out)
        let first = folderContents(out.appendingPathComponent("parquet"))
        try ParquetExport.write(folder: out)
        #expect(folderContents(out.appendingPathComponent("parquet")) == first && first.count == ParquetExport.tables.count)
        #expect(!FileManager.default.fileExists(atPath: out.appendingPathComponent(".parquet-tmp").path))
    }

    /// A header that is not the declared one stops the export (the declaration and the writer must agree).
    @Test func aTableWithUndeclaredColumnsIsRefused() {
        #expect(throws: TifaError.self) { try ParquetExport.typedColumns("terms", header: ["term", "kind"], file: "terms.csv") }
        #expect(ReportColumns.Documents.type(of: "named_五个好") == .boolean)
        #expect(ReportColumns.Documents.type(of: "problems_形式主义_admitted") == .integer)
        #expect(ReportColumns.Documents.type(of: "coverage_五个好") == .text && ReportColumns.Documents.type(of: "year") == .text)
        #expect(ReportColumns.Documents.type(of: "mattr") == .real && ReportColumns.Documents.type(of: "commitments") == .integer)
    }

    static let arrowType: [ColumnType: String] = [.text: "string", .integer: "int64", .real: "double", .boolean: "bool"]

    /// A Parquet value (from JSON) equals a CSV field read with the column's type; an empty field is NULL.
    static func same(_ value: Any, _ field: String, _ type: ColumnType) -> Bool {
        if field.isEmpty { return value is NSNull }
        switch type {
        case .text: return value as? String == SpreadsheetGuard.original(field)
        case .integer: return (value as? NSNumber).map { $0.int64Value == Int64(field) && Double(field) == $0.doubleValue } ?? false
        case .real: return (value as? NSNumber)?.doubleValue == Double(field)
        case .boolean: return (value as? NSNumber).map { $0.boolValue == (field == "1") } ?? false && (field == "1" || field == "0")
        }
    }

    struct Table {
        var names: [String]
        var types: [String]
        var rows: [[Any]]
    }

    /// Every Parquet file of `folder` as read by pyarrow: column names, Arrow types and rows (through JSON).
    func readParquet(_ folder: URL) throws -> [String: Table] {
        let script = """
            import json, sys, pathlib, pyarrow.parquet as pq
            out = {}
            for f in sorted(pathlib.Path(sys.argv[1]).glob("*.parquet")):
                t = pq.read_table(f)
                out[f.stem] = {"names": t.column_names, "types": [str(c.type) for c in t.schema], "rows": [list(r.values()) for r in t.to_pylist()]}
            print(json.dumps(out, ensure_ascii=False))
            """
        let text = try runTool("python3", ["-c", script, folder.path])
        let json = try #require(try JSONSerialization.jsonObject(with: Data(text.utf8)) as? [String: [String: Any]])
        return json.mapValues { Table(names: $0["names"] as? [String] ?? [], types: $0["types"] as? [String] ?? [], rows: $0["rows"] as? [[Any]] ?? []) }
    }
}

/// Runs a tool found on PATH and returns its standard output; a failure is an error with its standard error.
func runTool(_ tool: String, _ arguments: [String]) throws -> String {
    let p = Process()
    p.executableURL = URL(fileURLWithPath: "/usr/bin/env")
    p.arguments = [tool] + arguments
    let out = Pipe(), err = Pipe()
    p.standardOutput = out
    p.standardError = err
    try p.run()
    let data = out.fileHandleForReading.readDataToEndOfFile()
    let errors = err.fileHandleForReading.readDataToEndOfFile()
    p.waitUntilExit()
    guard p.terminationStatus == 0 else {
        throw TifaError(code: "io.read", file: tool, message: "\(tool) failed: \(String(decoding: errors, as: UTF8.self))")
    }
    return String(decoding: data, as: UTF8.self)
}
