import Foundation
import Testing
@testable import TifaAnalyze

@Suite struct ExportTests {
    @Test func csvQuotesOnlyWhatMustBeQuoted() {
        #expect(CSVWriter.quoted("plain 文本") == "plain 文本")
        #expect(CSVWriter.quoted("a,b") == "\"a,b\"")
        #expect(CSVWriter.quoted("say \"hi\"") == "\"say \"\"hi\"\"\"")
        #expect(CSVWriter.quoted("two\nlines") == "\"two\nlines\"")
        #expect(CSVWriter.quoted("cr\rhere") == "\"cr\rhere\"")
        var w = CSVWriter()
        w.row(["a", "b,c", ""])
        w.row(["“中文”", "x\"y"])
        #expect(w.text == "a,\"b,c\",\n“中文”,\"x\"\"y\"\n")
    }

    @Test func tsvFieldsStayOnOneLine() {
        var w = CSVWriter(separator: "\t")
        w.row(["a\tb", "c\nd", "e,f"])
        #expect(w.text == "a b\tc d\te,f\n")
    }

    @Test func fixedNumbersHaveNoExponentAndNoNegativeZero() {
        #expect(NumberText.fixed(1e-9, 4) == "0.0000")
        #expect(NumberText.fixed(-1e-9, 4) == "0.0000")
        #expect(NumberText.fixed(123456789.5, 1) == "123456789.5")
        #expect(NumberText.fixed(1.23456, 4) == "1.2346")
        #expect(NumberText.fixed(-3.14159, 2) == "-3.14")
        #expect(NumberText.fixed(42, 0) == "42")
        #expect(NumberText.fixed(0.05, 3) == "0.050")
        #expect(NumberText.per10k(3, 20000) == "1.5000")
        #expect(NumberText.per10k(3, 0) == "")
    }

    @Test func matrixMarketLoadsInScipy() throws {
        let dir = temporaryFolder()
        defer { try? FileManager.default.removeItem(at: dir) }
        let path = dir.appendingPathComponent("m.mtx").path
        let w = try MatrixMarketWriter(path: path, rows: 3, columns: 4, entries: 4, comment: "test")
        try w.append(row: 0, columns: [0, 3], values: [5, 1])
        try w.append(row: 1, columns: [], values: [])
        try w.append(row: 2, columns: [1, 2], values: [7, 2])
        try w.close()
        let text = readText(dir, "m.mtx")
        #expect(text == "%%MatrixMarket matrix coordinate integer general\n% test\n3 4 4\n1 1 5\n1 4 1\n3 2 7\n3 3 2\n")
        let script = "import scipy.io,sys; m=scipy.io.mmread(sys.argv[1]).toarray(); print(m.shape, m.tolist())"
        guard pythonHas("scipy") else { return }
        #expect(python(["-c", script, path]) == "(3, 4) [[5, 0, 0, 1], [0, 0, 0, 0], [0, 7, 2, 0]]\n")
    }

    @Test func groupColumnsBecomeSafeFolderNames() {
        #expect(ReportWriter.folderName("region") == "region")
        #expect(ReportWriter.folderName("a/b") == "a_b")
        #expect(ReportWriter.folderName("..") == "_.")
        #expect(ReportWriter.folderName(".hidden") == "_hidden")
        #expect(ReportWriter.folderName("") == "_")
    }

    @Test func decimalDigits() {
        for n in [0, 7, 10, 99, 1234567890, Int.max, -5] {
            var out: [UInt8] = []
            MatrixMarketWriter.appendDecimal(n, to: &out)
            #expect(String(decoding: out, as: UTF8.self) == String(n))
        }
    }

    @Test func matrixMarketRefusesAWrongEntryCount() throws {
        let dir = temporaryFolder()
        defer { try? FileManager.default.removeItem(at: dir) }
        let w = try MatrixMarketWriter(path: dir.appendingPathComponent("m.mtx").path, rows: 1, columns: 1, entries: 2)
        try w.append(row: 0, columns: [0], values: [1])
        #expect(throws: (any Error).self) { try w.close() }
    }

    @Test func writeErrorsNameThePathAndTheReason() {
        #expect {
            _ = try OutputFile(path: "/proc/tifa-cannot-write-here/x.csv")
        } throws: { error in
            "\(error)".contains("/proc/tifa-cannot-write-here/x.csv") && "\(error)".contains("io.write")
        }
    }
}

/// Whether python3 with the given module is available (tests that need it are skipped otherwise).
func pythonHas(_ module: String) -> Bool { python(["-c", "import \(module)"]) != nil }

/// Runs python3 with arguments and returns its standard output, or nil when python3 (or scipy) is unavailable.
func python(_ arguments: [String]) -> String? {
    let p = Process()
    p.executableURL = URL(fileURLWithPath: "/usr/bin/env")
    p.arguments = ["python3"] + arguments
    let pipe = Pipe()
    p.standardOutput = pipe
    p.standardError = FileHandle.nullDevice
    do { try p.run() } catch { return nil }
    let data = pipe.fileHandleForReading.readDataToEndOfFile()
    p.waitUntilExit()
    return p.terminationStatus == 0 ? String(decoding: data, as: UTF8.self) : nil
}

@Suite struct JSONTextTests {
    @Test func quotedTextsParseBackToTheSameString() throws {
        let text = "“五个好”\n\t\"quoted\" back\\slash \u{01} 中文"
        let json = JSONText.quoted(text)
        #expect(json == "\"“五个好”\\n\\t\\\"quoted\\\" back\\\\slash \\u0001 中文\"")
        let back = try JSONDecoder().decode(String.self, from: Data(json.utf8))
        #expect(back == text)
        // The scalar form writes the same bytes (a supplementary character and U+1F included).
        let more = text + "𠮷\u{1F}é"
        var fromScalars: [UInt8] = [], fromUTF8: [UInt8] = []
        JSONText.append(scalars: more.unicodeScalars, to: &fromScalars)
        JSONText.append(more.utf8, to: &fromUTF8)
        #expect(fromScalars == fromUTF8)
        #expect(String(decoding: fromScalars, as: UTF8.self) == JSONText.quoted(more))
    }

    @Test func recordsSurviveTheBinaryCoder() throws {
        let item = fakeCorpus()[1]
        guard case .analyzed(let doc) = try FakeWorker().process(item) else {
            Issue.record("not analysed")
            return
        }
        let bytes = RecordCoder.encode(doc.record)
        #expect(try RecordCoder.decode(bytes) == doc.record)
        #expect(throws: (any Error).self) { try RecordCoder.decode(Array(bytes.dropLast(3))) }
    }
}
