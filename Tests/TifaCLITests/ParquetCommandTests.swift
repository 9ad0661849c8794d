import Foundation
import Testing

/// `--parquet` from the command line: a clear error when duckdb is missing, and the same files from one run and
/// from a merge of partial runs.
@Suite struct ParquetCommandTests {
    /// PATH without any folder that holds a `duckdb`.
    static var pathWithoutDuckDB: String {
        let path = ProcessInfo.processInfo.environment["PATH"] ?? "/usr/bin:/bin"
        return path.split(separator: ":").filter { !FileManager.default.isExecutableFile(atPath: "\($0)/duckdb") }
            .joined(separator: ":")
    }

    static var duckdbInstalled: Bool {
        (ProcessInfo.processInfo.environment["PATH"] ?? "").split(separator: ":")
            .contains { FileManager.default.isExecutableFile(atPath: "\($0)/duckdb") }
    }

    @Test func aMissingDuckDBIsNamedWithHowToInstallIt() throws {
        let corpus = try CLIRunner.corpus()
        let work = corpus.deletingLastPathComponent()
        defer { try? FileManager.default.removeItem(at: work) }
        var environment = ProcessInfo.processInfo.environment
        environment["PATH"] = Self.pathWithoutDuckDB
        for args in [["analyze", corpus.path, "--out", work.appendingPathComponent("r").path, "--parquet"],
                     ["merge", work.path, "--out", work.appendingPathComponent("m").path, "--parquet"]] {
            let r = try CLIRunner.run(args, environment: environment)
            #expect(r.status == 69, "\(args[0]): \(r.stderr)")
            #expect(r.stderr.contains("parquet.duckdb-missing") && r.stderr.contains("duckdb")
                    && r.stderr.contains("pip install duckdb-cli"), "\(r.stderr)")
        }
        #expect(!FileManager.default.fileExists(atPath: work.appendingPathComponent("r").path))   // stopped before any work
        let r = try CLIRunner.run(["analyze", corpus.path, "--out", work.appendingPathComponent("p").path, "--partial", "--parquet"])
        #expect(r.status == 64 && r.stderr.contains("--parquet"))
        // The spreadsheet copies are report tables too: refused with --partial, not silently dropped.
        for flag in ["--excel", "--xlsx"] {
            let s = try CLIRunner.run(["analyze", corpus.path, "--out", work.appendingPathComponent("q").path, "--partial", flag])
            #expect(s.status == 64 && s.stderr.contains("--excel and --xlsx"), "\(flag): \(s.stderr)")
        }
    }

    @Test(.enabled(if: duckdbInstalled, "duckdb is not installed (pip install duckdb-cli)"))
    func oneRunAndAMergeWriteTheSameParquetFiles() throws {
        let corpus = try CLIRunner.corpus()
        let work = corpus.deletingLastPathComponent()
        defer { try? FileManager.default.removeItem(at: work) }
        let single = work.appendingPathComponent("single"), merged = work.appendingPathComponent("merged")
        #expect(try CLIRunner.run(["analyze", corpus.path, "--out", single.path, "--parquet", "--no-dashboard", "--quiet"]).status == 0)
        var parts: [String] = []
        for name in ["a.txt", "b.txt"] {
            let part = work.appendingPathComponent("part-\(name)").path
            #expect(try CLIRunner.run(["analyze", corpus.appendingPathComponent(name).path, "--partial", "--out", part, "--quiet"]).status == 0)
            parts.append(part)
        }
        let r = try CLIRunner.run(["merge"] + parts + ["--out", merged.path, "--parquet", "--no-dashboard", "--quiet"])
        #expect(r.status == 0, "\(r.stderr)")
        for table in ["terms", "documents", "problems", "slogans", "criteria", "document_terms"] {
            let a = try Data(contentsOf: single.appendingPathComponent("parquet/\(table).parquet"))
            let b = try Data(contentsOf: merged.appendingPathComponent("parquet/\(table).parquet"))
            #expect(a == b && a.starts(with: Array("PAR1".utf8)), "\(table)")
        }
    }
}
