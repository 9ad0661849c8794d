import Foundation
import Testing
import Tifa

/// Codebook terms are never cut by an overlapping lexicon entry: `terms.csv` of `tifa analyze` counts each codebook
/// term as often as `tifa kwic`'s search (`Concordance`, literal) finds it, less the hits where another codebook
/// term overlaps it and wins by the tokenizer's rule: the longer one (不搞形式主义 holds the wordings 搞形式 and
/// 形式主义: 形式主义 is the token), or of two as long the leftmost (反腐败 holds 反腐 and 腐败: 反腐 is the token).
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
        // 形式主义 sits inside 不搞形式主义 next to the problem wording 搞形式 and the domain entry 搞形式; the problem
        // wording 搞形式主义 holds it whole, so every hit of kwic is one of the two tokens.
        let kwic = try run(["kwic", "形式主义", corpus])
        #expect(kwic.status == 0)
        let kwicLines = kwic.stdout.split(separator: "\n").count - 1
        let whole = (counted["形式主义"] ?? 0) + (counted["搞形式主义"] ?? 0)
        #expect(kwicLines >= 34 && whole == kwicLines, "形式主义 and 搞形式主义: terms.csv \(whole), kwic \(kwicLines)")
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
            for hit in Self.tokensAmong(hits) { expected[hit.term, default: 0] += 1 }
        }
        for (term, n) in counted.sorted(by: { $0.key < $1.key }) {
            #expect(expected[term, default: 0] == n, "\(term): terms.csv \(n), kwic without overlapping codebook terms that win \(expected[term, default: 0])")
        }
    }

    /// The hits that become tokens by the tokenizer's rule for codebook terms: from left to right, the longest term
    /// starting at a position, unless a longer one starts inside it and ends after it.
    static func tokensAmong(_ hits: [(term: String, range: Range<Int>)]) -> [(term: String, range: Range<Int>)] {
        let sorted = hits.sorted { ($0.range.lowerBound, -$0.range.count) < ($1.range.lowerBound, -$1.range.count) }
        var tokens: [(term: String, range: Range<Int>)] = []
        var coveredEnd = Int.min
        for (i, hit) in sorted.enumerated() where hit.range.lowerBound >= coveredEnd {
            if i > 0, sorted[i - 1].range.lowerBound == hit.range.lowerBound { continue }  // a longer one starts here
            let beaten = sorted.contains { o in
                o.range.lowerBound > hit.range.lowerBound && o.range.lowerBound < hit.range.upperBound
                    && o.range.upperBound > hit.range.upperBound && o.range.count > hit.range.count
            }
            if beaten { continue }
            tokens.append(hit)
            coveredEnd = hit.range.upperBound
        }
        return tokens
    }
}
