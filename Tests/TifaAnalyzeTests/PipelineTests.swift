import Foundation
import Testing
import TifaCore
import TifaIngest
@testable import TifaAnalyze

/// End-to-end runs of the real pipeline (ingest → segment → extract → report) on the repository's corpus.
@Suite struct PipelineTests {
    static let seeds = packageRoot.appendingPathComponent("Corpus/seeds").path
    static let reports = ["1954", "1978", "2008", "2017"].map { packageRoot.appendingPathComponent("Corpus/gov-work-reports/\($0).txt").path }

    func analyze(_ inputs: [String], to out: URL, partial: Bool = false, jobs: Int = 2,
                 options: ReportOptions = ReportOptions(groupBy: ["year"], keynessTop: 50, trendTerms: 50)) throws -> AnalysisResult {
        let setup = try AnalysisSetup.make(inputs: inputs, options: options)
        let components = setup.components
        return try Analysis.run(items: setup.items, skipped: setup.skipped, info: setup.info, stopwords: setup.stopwords,
                                output: OutputOptions(folder: out, partial: partial), jobs: jobs, progress: nil,
                                makeWorker: { try AnalysisWorker(components: components) })
    }

    @Test func realRunsAreDeterministicAndMergeable() throws {
        let dir = temporaryFolder()
        defer { try? FileManager.default.removeItem(at: dir) }
        let all = [Self.seeds] + Self.reports
        try analyze(all, to: dir.appendingPathComponent("a"), jobs: 2)
        try analyze(all.reversed(), to: dir.appendingPathComponent("b"), jobs: 1)
        try analyze([Self.seeds, Self.reports[0]], to: dir.appendingPathComponent("p1"), partial: true)
        try analyze(Array(Self.reports.dropFirst()), to: dir.appendingPathComponent("p2"), partial: true)
        let setup = try AnalysisSetup.make(inputs: [])
        try Analysis.merge(parts: [dir.appendingPathComponent("p2"), dir.appendingPathComponent("p1")], stopwords: setup.stopwords,
                           output: OutputOptions(folder: dir.appendingPathComponent("m")))
        let a = folderContents(dir.appendingPathComponent("a"))
        for other in ["b", "m"] {
            let b = folderContents(dir.appendingPathComponent(other))
            #expect(a.keys.sorted() == b.keys.sorted())
            for (name, bytes) in a { #expect(bytes == b[name], "\(name) differs in \(other)") }
        }
        // The seeds' criteria: 002 states all of 五个好 and names it; every extraction line names its document.
        let criteria = readText(dir.appendingPathComponent("a"), "criteria.csv")
        #expect(criteria.contains("/Corpus/seeds/002_2f6f21b1a8e46b68.txt,五个好,领导班子好,1,1,"))
        let lines = readText(dir.appendingPathComponent("a"), "extractions.jsonl").split(separator: "\n")
        #expect(lines.count == 9)
        let keyness = parseCSV(readText(dir.appendingPathComponent("a"), "groups/year/keyness.csv"))
        #expect(keyness.contains { $0[0] == "1954" && $0[2] == "+" })
        // Seeds 001 and 002 share the definitions of 五个好 and 五带头: reuse.csv lists passages between them.
        let reuse = parseCSV(readText(dir.appendingPathComponent("a"), "reuse.csv"))
        #expect(reuse.first == ["a", "b", "a_start", "a_end", "b_start", "b_end", "chars", "similarity", "kind", "earlier"])
        #expect(reuse.contains { $0[0].contains("seeds/001_") && $0[1].contains("seeds/002_") })
    }

    @Test func badInputsAreSkippedAndListed() throws {
        let dir = temporaryFolder()
        defer { try? FileManager.default.removeItem(at: dir) }
        let inputs = dir.appendingPathComponent("in")
        try FileManager.default.createDirectory(at: inputs, withIntermediateDirectories: true)
        try Data([0, 1, 2, 0xFF, 0, 0, 7, 0, 0x89, 0x50, 0x4E, 0x47] + Array(repeating: 0, count: 500))
            .write(to: inputs.appendingPathComponent("binary.txt"))
        try Data().write(to: inputs.appendingPathComponent("empty.txt"))
        try FileManager.default.copyItem(atPath: Self.reports[3], toPath: inputs.appendingPathComponent("2017.txt").path)
        let out = dir.appendingPathComponent("r")
        let result = try analyze([inputs.path, dir.appendingPathComponent("missing.txt").path], to: out)
        #expect(result.documents == 1)
        let skipped = Set(result.skipped.map { ($0.file as NSString).lastPathComponent })
        #expect(skipped == ["binary.txt", "empty.txt", "missing.txt"])
        let summary = try JSONSerialization.jsonObject(with: Data(readText(out, "summary.json").utf8)) as! [String: Any]
        let listed = (summary["skipped"] as! [[String: Any]]).map { ($0["file"] as! NSString).lastPathComponent }
        #expect(Set(listed) == skipped)
        #expect(parseCSV(readText(out, "documents.csv")).count == 2)
    }

    @Test func jsonLinesRecordsAreDocuments() throws {
        let dir = temporaryFolder()
        defer { try? FileManager.default.removeItem(at: dir) }
        let input = dir.appendingPathComponent("export.jsonl")
        let lines = [
            #"{"id": "a1", "region": "东部", "text": "各级党组织要做到“五个好”，防止形式主义。"}"#,
            #"{"id": "a2", "region": "西部", "text": ""}"#,
            #"{"id": "a3", "region": "西部", "text": "存在重承诺轻践诺的问题。"}"#,
        ]
        try (lines.joined(separator: "\n") + "\n").write(to: input, atomically: true, encoding: .utf8)
        let out = dir.appendingPathComponent("r")
        let result = try analyze([input.path], to: out, options: ReportOptions(groupBy: ["region"]))
        #expect(result.documents == 2)
        #expect(result.skipped.count == 1)
        let docs = parseCSV(readText(out, "documents.csv"))
        #expect(docs.dropFirst().map { $0[0] } == ["\(input.path)#1", "\(input.path)#3"])
        #expect(docs.dropFirst().map { $0[1] } == ["a1", "a3"])
        let summary = try JSONSerialization.jsonObject(with: Data(readText(out, "summary.json").utf8)) as! [String: Any]
        let bytes = (summary["inputs"] as! [[String: Any]]).map { $0["bytes"] as! Int }
        #expect(bytes == ["各级党组织要做到“五个好”，防止形式主义。".utf8.count, "存在重承诺轻践诺的问题。".utf8.count])
        #expect(parseCSV(readText(out, "groups/region/groups.csv")).count == 3)
    }
}
