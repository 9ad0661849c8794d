import Foundation
import Testing
import TifaCore
@testable import TifaAnalyze

/// `--excel` copies and `tables.xlsx`, read back by openpyxl (skipped when openpyxl is not installed).
@Suite struct SpreadsheetTests {
    @Test func excelCopiesStartWithTheByteOrderMark() throws {
        let dir = temporaryFolder()
        defer { try? FileManager.default.removeItem(at: dir) }
        let out = dir.appendingPathComponent("r")
        try runFake(fakeCorpus(), to: out, options: ReportOptions(groupBy: ["year"]))
        try SpreadsheetExport.writeExcelCopies(folder: out)
        for name in ["documents.csv", "terms.csv", "groups/year/keyness.csv"] {
            let original = try Data(contentsOf: out.appendingPathComponent(name))
            let copy = try Data(contentsOf: out.appendingPathComponent("excel/\(name)"))
            #expect(Array(copy.prefix(3)) == [0xEF, 0xBB, 0xBF])
            #expect(copy.dropFirst(3) == original)
        }
    }

    @Test func cellsAreTypedAndEscaped() {
        #expect(XLSXWriter.column(0) == "A" && XLSXWriter.column(25) == "Z" && XLSXWriter.column(26) == "AA")
        for n in ["0", "12", "-3.5", "0.0001"] { #expect(XLSXWriter.isNumber(n), "\(n)") }
        for t in ["007", "1/5", "1e5", "", "-", "1.", ".5", "2010-05", "12345678901234567"] { #expect(!XLSXWriter.isNumber(t), "\(t)") }
        #expect(XLSXWriter.escaped("a<b>&\"c\u{1}") == "a&lt;b&gt;&amp;&quot;c")
    }

    @Test func openpyxlReadsTheWorkbookAsTheCSVs() throws {
        let dir = temporaryFolder()
        defer { try? FileManager.default.removeItem(at: dir) }
        let out = dir.appendingPathComponent("r")
        try runFake(fakeCorpus(), to: out, options: ReportOptions())
        try SpreadsheetExport.writeWorkbook(folder: out)
        let first = try Data(contentsOf: out.appendingPathComponent("tables.xlsx"))
        try SpreadsheetExport.writeWorkbook(folder: out)
        #expect(try Data(contentsOf: out.appendingPathComponent("tables.xlsx")) == first)   // deterministic
        guard pythonHas("openpyxl") else { return }
        let script = """
        import csv, sys, openpyxl
        folder = sys.argv[1]
        wb = openpyxl.load_workbook(folder + "/tables.xlsx", read_only=True)
        checked = []
        for name in wb.sheetnames:
            rows = list(csv.reader(open(f"{folder}/{name}.csv", encoding="utf-8", newline="")))
            cells = [["" if v is None else v for v in r] for r in wb[name].iter_rows(values_only=True)]
            assert len(cells) == len(rows), name
            for r, (want, got) in enumerate(zip(rows, cells)):
                got = got + [""] * (len(want) - len(got))
                for w, g in zip(want, got):
                    if isinstance(g, (int, float)):
                        assert r > 0 and float(w) == g, (name, r, w, g)
                    else:
                        assert g == w, (name, r, w, g)
            checked.append(name)
        print(" ".join(checked))
        """
        let printed = python(["-c", script, out.path])
        #expect(printed == "documents terms ngrams collocations slogans criteria problems periods trends\n")
    }
}
