import ArgumentParser
import Foundation
import Tifa

/// `--parquet`: the main tables as typed Parquet files, written by the DuckDB command line (`ParquetExport`).
struct ParquetOption: ParsableArguments {
    @Flag(help: "Also write parquet/: terms, documents, problems, slogans, criteria and document-term triplets as typed Parquet files (needs the duckdb command line: pip install duckdb-cli).")
    var parquet = false

    /// Stops before any work when Parquet is asked for and `duckdb` is not installed.
    func checkTool() throws {
        if parquet { _ = try ParquetExport.tool() }
    }

    /// Writes `parquet/` into a finished report folder when asked for.
    func write(into folder: URL) throws {
        if parquet { try ParquetExport.write(folder: folder) }
    }
}
