import Foundation
import Testing
import TifaCore
@testable import TifaAnalyze

/// The CSV injection guard: text a spreadsheet would run as a formula is written with a leading `'`.
@Suite struct CSVInjectionTests {
    static let hostile = ["=cmd|' /C calc'!A0", "=HYPERLINK(\"http://x\",\"y\")", "+1", "@SUM(A1:A9)", "-2+3", "\t=1+1", "\r=1"]

    @Test func formulaStartsAreGuardedAndComeBackWhole() {
        for value in Self.hostile {
            let written = SpreadsheetGuard.guarded(value)
            #expect(written == "'" + value, "\(value)")
            #expect(SpreadsheetGuard.original(written) == value)
        }
        for value in ["-1.5", "-3", "0.25", "+", "-", "形式主义", "", "'quoted", "''=x", "'-1.5", "a=b"] {
            #expect(SpreadsheetGuard.original(SpreadsheetGuard.guarded(value)) == value, "\(value)")
        }
        #expect(SpreadsheetGuard.guarded("-1.5") == "-1.5")
        #expect(SpreadsheetGuard.guarded("-") == "-")
        #expect(SpreadsheetGuard.guarded("'=x") == "''=x")
    }

    @Test func everyWriterGuardsTextButLeavesNumbers() {
        var w = CSVWriter()
        w.row(["=cmd|' /C calc'!A0", "-1.5", "@SUM(A1:A9)"])
        #expect(w.text == "'=cmd|' /C calc'!A0,-1.5,'@SUM(A1:A9)\n")
        var t = CSVWriter(separator: "\t")
        t.row(["+1", "\t=1"])
        #expect(t.text == "'+1\t' =1\n")
    }

    /// Manifest values reach documents.csv and the group tables guarded.
    @Test func metadataInTheReportIsGuarded() throws {
        let dir = temporaryFolder()
        defer { try? FileManager.default.removeItem(at: dir) }
        var items = fakeCorpus()
        for i in items.indices { items[i].metadata["region"] = Self.hostile[i % Self.hostile.count] }
        try runFake(items, to: dir.appendingPathComponent("r"), options: ReportOptions(groupBy: ["region"]))
        for file in ["documents.csv", "groups/region/groups.csv"] {
            let rows = parseCSV(try String(contentsOf: dir.appendingPathComponent("r/\(file)"), encoding: .utf8))
            let fields = rows.dropFirst().flatMap { $0 }
            #expect(fields.contains("'=cmd|' /C calc'!A0"), "\(file)")
            for field in fields {
                #expect(!(field.hasPrefix("=") || field.hasPrefix("@") || field.hasPrefix("+") || field.hasPrefix("\t")), "\(file): \(field)")
            }
        }
    }
}
