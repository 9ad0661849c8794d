import Foundation
import Testing
import Tifa

/// Codebook terms are never cut by an overlapping lexicon entry: `terms.csv` of `tifa analyze` counts each codebook
/// term as often as `tifa kwic`'s search (`Concordance`, literal) finds it, less the hits where a longer codebook
/// term overlaps it (不搞形式主义 holds the wordings 搞形式 and 形式主义: the longer one is the token).
@Suite struct CodebookTermCountTests {
    /// Runs the binary with arguments; returns status and standard output (through a file, so it cannot block).
    func run(_ args: [String]) throws -> (status: Int32, stdout: String) {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("tifa-cli-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: dir) }
        let output = dir.appendingPathComponent("stdout")
        FileManager.default.createFile(atPath: output.path, contents: nil)
        let process = Process()
        process.executableURL = SegmentCommandTests.binary
        process.arguments = args
        process.standardOutput = try FileHandle(forWritingTo: output)
        process.standardError = FileHandle.nullDevice
        try process.run()
        process.waitUntilExit()
        return (process.terminationStatus, String(decoding: try Data(contentsOf: output), as: UTF8.self))
    }

    /// The fields of one CSV line (quoted fields with doubled quotes allowed).
    func csvFields(_ line: Substring) -> [String] {
        var fields: [String] = [], field = "", quoted = false
        var chars = line.makeIterator()
        while let c = chars.next() {
            if quoted {
                if c == "\"" { quoted = false } else { field.append(c) }
            } else if c == "\"" {
                quoted = true
            } else if c == "," {
                fields.append(field)
                field = ""
            } else {
                field.append(c)
            }
        }
        fields.append(field)
        return fields
    }

    @Test(.enabled(if: FileManager.default.isExecutableFile(atPath: SegmentCommandTests.binary.path)))
    func termsCSVAgreesWithKwicForEveryCodebookTerm() throws {
        let corpus = SegmentCommandTests.root.appendingPathComponent("Corpus").path
        let out = FileManager.default.temporaryDirectory.appendingPathComponent("tifa-cli-report-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: out) }
        #expect(try run(["analyze", corpus, "--out", out.path, "--quiet"]).status == 0)
        let terms = try String(contentsOf: out.appendingPathComponent("terms.csv"), encoding: .utf8)
        var counted: [String: Int] = [:]
        for line in terms.split(separator: "\n").dropFirst() {
            let f = csvFields(line)
            if f.count > 2, f[1] == "codebook" { counted[f[0]] = Int(f[2]) }
        }
        try #require(counted.count > 50)
        // 形式主义 sits inside 不搞形式主义 next to the problem wording 搞形式 and the domain entry 搞形式.
        let kwic = try run(["kwic", "形式主义", corpus])
        #expect(kwic.status == 0)
        let kwicLines = kwic.stdout.split(separator: "\n").count - 1
        #expect(kwicLines >= 34 && counted["形式主义"] == kwicLines)
        // Every codebook term, searched the way kwic searches, over the documents analyze reads.
        let setup = try AnalysisSetup.make(inputs: [corpus], dictionaries: SegmentCommandTests.root.appendingPathComponent("Dictionaries"))
        let concordances = try counted.keys.map { ($0, try Concordance(query: .literals([$0]), width: 0)) }
        var documents = try setup.components.reader.documents()
        var expected: [String: Int] = [:]
        while let doc = documents.next() {
            var hits: [(term: String, range: Range<Int>)] = []
            for (term, concordance) in concordances {
                for line in try concordance.lines(in: doc.document) { hits.append((term, line.start..<line.end)) }
            }
            for hit in hits where !hits.contains(where: { $0.range.count > hit.range.count && $0.range.overlaps(hit.range) }) {
                expected[hit.term, default: 0] += 1
            }
        }
        for (term, n) in counted.sorted(by: { $0.key < $1.key }) {
            #expect(expected[term, default: 0] == n, "\(term): terms.csv \(n), kwic without longer overlapping terms \(expected[term, default: 0])")
        }
    }
}
