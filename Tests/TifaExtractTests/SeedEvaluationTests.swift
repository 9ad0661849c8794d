import Foundation
import Testing
import TifaCore
import TifaExtract
import TifaIngest

/// Scores extraction on the gold sets (../shared/eval) with the built-in port of the reference scorer, asserts
/// the targets, and checks that the port gives the reference scorer's own figures.
struct SeedEvaluationTests {
    /// The documents of a gold file (keys relative to `root`, `#suffix` dropped), extracted.
    static func extractGoldDocuments(gold: String, root: URL) throws -> (Data, [(document: TextDocument, extraction: DocumentExtraction)]) {
        let data = try Data(contentsOf: Fixture.shared.appendingPathComponent("eval/\(gold)"))
        let object = try #require(try JSONSerialization.jsonObject(with: data) as? [String: Any])
        let keys = try #require(object["documents"] as? [String: Any]).keys
        let files = Set(keys.map { String($0.split(separator: "#").first ?? "") }).sorted()
        let builder = try DocumentBuilder()
        var results: [(document: TextDocument, extraction: DocumentExtraction)] = []
        for file in files {
            let doc = try builder.load(path: root.appendingPathComponent(file).path).document
            results.append((doc, Fixture.extractor.extract(doc)))
        }
        return (data, results)
    }

    @Test(.enabled(if: Fixture.hasShared, "../shared (seeds and gold) is not present"))
    func seedsMeetTheTargets() throws {
        let (gold, results) = try Self.extractGoldDocuments(gold: "seeds-gold.json", root: Fixture.shared.appendingPathComponent("seeds"))
        #expect(results.count == 5)
        let e = try GoldEvaluation.score(goldJSON: gold, results: results)
        print("Extraction on the seeds (tifa extract ../shared/seeds --gold ../shared/eval/seeds-gold.json):\n\(e.table)")
        for line in e.details { print("  \(line)") }
        #expect(e.missingDocuments.isEmpty)
        #expect(e.items.recall == 1.0)
        #expect(e.items.precision >= 0.95)
        #expect(e.quoted.f1 >= 0.9)
        #expect(e.problems.f1 >= 0.98)
    }

    @Test(.enabled(if: Fixture.hasShared, "../shared (dev documents and gold) is not present"))
    func devProblemsMeetTheTargets() throws {
        let (gold, results) = try Self.extractGoldDocuments(gold: "dev-gold.json", root: Fixture.shared)
        let e = try GoldEvaluation.score(goldJSON: gold, results: results)
        print("Extraction on the dev set:\n\(e.table)")
        #expect(e.missingDocuments.isEmpty)
        #expect(e.problems.f1 >= 0.75)
        #expect(e.problemsCategory.f1 >= 0.85)
    }

    /// `tifa extract --gold` and ../shared/eval/score_extract.py give the same table on both gold sets.
    /// python3 on the PATH, if any.
    static let python3: String? = (ProcessInfo.processInfo.environment["PATH"] ?? "").split(separator: ":")
        .map { "\($0)/python3" }.first { FileManager.default.isExecutableFile(atPath: $0) }

    @Test(.enabled(if: Fixture.hasShared && python3 != nil, "../shared or python3 is not present"),
          arguments: [("seeds-gold.json", "seeds"), ("dev-gold.json", "")])
    func portGivesTheReferenceFigures(gold: String, folder: String) throws {
        let root = folder.isEmpty ? Fixture.shared : Fixture.shared.appendingPathComponent(folder)
        let (data, results) = try Self.extractGoldDocuments(gold: gold, root: root)
        let port = try GoldEvaluation.score(goldJSON: data, results: results)
        let jsonl = FileManager.default.temporaryDirectory.appendingPathComponent("tifa-gold-\(UUID().uuidString).jsonl")
        defer { try? FileManager.default.removeItem(at: jsonl) }
        try Data(results.map { try $0.extraction.inOriginalOffsets($0.document.offsets).jsonLine() + "\n" }.joined().utf8).write(to: jsonl)
        let python = Process()
        python.executableURL = URL(fileURLWithPath: try #require(Self.python3))
        python.arguments = [Fixture.shared.appendingPathComponent("eval/score_extract.py").path,
                            Fixture.shared.appendingPathComponent("eval/\(gold)").path, root.path, jsonl.path]
        python.currentDirectoryURL = Fixture.root
        let out = Pipe()
        python.standardOutput = out
        try python.run()
        let reference = String(decoding: out.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        python.waitUntilExit()
        #expect(python.terminationStatus == 0)
        #expect(reference.trimmingCharacters(in: .whitespacesAndNewlines) == port.table)
    }

    @Test func jsonIsDeterministicWithStableFieldNames() throws {
        let text = "一些单位重承诺,轻践诺。要做到“五个好”。"
        let a = try Fixture.extract(text).jsonLine()
        let b = try Fixture.extract(text).jsonLine()
        #expect(a == b)
        let object = try #require(try JSONSerialization.jsonObject(with: Data(a.utf8)) as? [String: Any])
        #expect(Set(object.keys) == ["document", "id", "codebooks", "slogans", "terms", "criteria", "problems",
                                     "quotations", "lists"])
        let problem = try #require((object["problems"] as? [[String: Any]])?.first)
        #expect(Set(problem.keys) == ["category", "subtype", "stance", "cue", "cueKind", "cueClass", "text", "sentence",
                                      "sentenceStart", "sentenceEnd", "start", "end"])
        #expect(problem["subtype"] is NSNull)
        let slogan = try #require((object["slogans"] as? [[String: Any]])?.first)
        #expect(Set(slogan.keys) == ["text", "kind", "quoted", "start", "end"])
        // Keys are sorted: "codebooks" comes before "criteria", "document" before "id".
        #expect(a.range(of: "\"codebooks\"")!.lowerBound < a.range(of: "\"criteria\"")!.lowerBound)
        let decoded = try JSONDecoder().decode(DocumentExtraction.self, from: Data(a.utf8))
        #expect(try decoded.jsonLine() == a)
    }
}
