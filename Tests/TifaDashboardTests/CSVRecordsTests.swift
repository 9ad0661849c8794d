import Foundation
import Testing
@testable import TifaDashboard
import TifaCore

@Suite struct CSVRecordsTests {
    private func file(_ text: String) throws -> URL {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("tifa-csv-\(UUID().uuidString).csv")
        try Data(text.utf8).write(to: url)
        return url
    }

    /// The table of a CSV file as the dashboard reads it; nil when the file does not exist.
    private func read(_ url: URL, limit: Int? = nil) throws -> TableRows? {
        let table = TableRows(limit: limit, keepingValues: true)
        try DashboardFolder.feed(csv: url, into: table)
        return table.began ? table : nil
    }

    @Test func readsRFC4180QuotingAndLineEnds() throws {
        let url = try file("\u{FEFF}a,b\r\n\"x, \"\"y\"\"\",\"line\nbreak\"\r\n,last\n")
        defer { try? FileManager.default.removeItem(at: url) }
        let table = try #require(try read(url))
        #expect(table.header == ["a", "b"])
        #expect(table.rows == [["x, \"y\"", "line\nbreak"], ["", "last"]])
        #expect(table.total == 2)
    }

    @Test func fullWidthFirstCharacterIsNotTakenForABOM() throws {
        let url = try file("，a\n1\n")
        defer { try? FileManager.default.removeItem(at: url) }
        #expect(try read(url)?.header == ["，a"])
    }

    @Test func recordsSpanningReadBlocksStayWhole() throws {
        let long = String(repeating: "长", count: ByteStream.blockSize / 3 + 7)
        let url = try file("a,b\n\"\(long)\"\"x\",2\n")
        defer { try? FileManager.default.removeItem(at: url) }
        #expect(try read(url)?.rows == [[long + "\"x", "2"]])
    }

    /// The dashboard shows a guarded field (`'=…`, written so spreadsheets do not run it) as its original value.
    @Test func theCSVInjectionGuardIsTakenOff() throws {
        let url = try file("region,per_10k\n\"'=cmd|' /C calc'!A0\",-1.5\n'@SUM(A1:A9),2\n'plain,3\n")
        defer { try? FileManager.default.removeItem(at: url) }
        #expect(try read(url)?.rows == [["=cmd|' /C calc'!A0", "-1.5"], ["@SUM(A1:A9)", "2"], ["'plain", "3"]])
    }

    @Test func limitKeepsFirstRowsAndCountsAll() throws {
        let url = try file("n\n1\n2\n3\n")
        defer { try? FileManager.default.removeItem(at: url) }
        let table = try #require(try read(url, limit: 2))
        #expect(table.rows == [["1"], ["2"]])
        #expect(table.total == 3)
    }

    @Test func unclosedQuoteNamesFileAndLine() throws {
        let url = try file("a\nok\n\"never closed\n")
        defer { try? FileManager.default.removeItem(at: url) }
        #expect {
            _ = try read(url)
        } throws: { error in
            let d = (error as? TifaError)?.diagnostics.first
            return d?.code == "dashboard.csv" && d?.line == 3 && d?.file == url.path
        }
    }

    @Test func missingFileIsNil() throws {
        #expect(try read(URL(fileURLWithPath: "/nonexistent/tifa.csv")) == nil)
    }
}
