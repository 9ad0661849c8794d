import Foundation
import Testing
import TifaCore
import TifaExtract
import TifaIngest

/// Scores extraction on the five seed documents against ../shared/eval/seeds-gold.json and asserts the targets.
struct SeedEvaluationTests {
    @Test(.enabled(if: Fixture.hasShared, "../shared (seeds and gold) is not present"))
    func seedsMeetTheTargets() throws {
        let seeds = Fixture.shared.appendingPathComponent("seeds")
        let names = try FileManager.default.contentsOfDirectory(atPath: seeds.path).filter { $0.hasSuffix(".txt") }.sorted()
        #expect(names.count == 5)
        let builder = try DocumentBuilder()
        var results: [(document: TextDocument, extraction: DocumentExtraction)] = []
        for name in names {
            let doc = try builder.load(path: seeds.appendingPathComponent(name).path).document
            results.append((doc, Fixture.extractor.extract(doc)))
        }
        let gold = try Data(contentsOf: Fixture.shared.appendingPathComponent("eval/seeds-gold.json"))
        // Like the reference scorer (score_extract.py), criteria are scored on the sets the gold annotates.
        let annotated = try GoldSets.annotated(goldJSON: gold)
        results = results.map { r in
            var ex = r.extraction
            ex.criteria = ex.criteria.filter { annotated[(r.document.path as NSString).lastPathComponent]?.contains($0.set) ?? true }
            // … and slogans are every quoted record, whatever its kind (a quoted “五个好” is kind numbered).
            ex.slogans = ex.slogans.map { s in
                var s = s
                if s.quoted == true { s.kind = .quoted }
                return s
            }
            return (r.document, ex)
        }
        let e = try GoldEvaluation.score(goldJSON: gold, results: results)
        print("Extraction on the seeds (tifa extract ../shared/seeds --gold ../shared/eval/seeds-gold.json):\n\(e.table)")
        for line in e.details { print("  \(line)") }
        #expect(e.criteriaItems.gold > 0 && e.slogans.gold > 0 && e.problems.gold > 0)
        #expect(e.criteriaItems.recall == 1.0)
        #expect(e.criteriaItems.precision >= 0.95)
        #expect(e.slogans.f1 >= 0.9)
        #expect(e.problems.f1 >= 0.8)
    }

    /// The criteria set names each gold document annotates, by file name.
    enum GoldSets {
        static func annotated(goldJSON: Data) throws -> [String: Set<String>] {
            let object = try JSONSerialization.jsonObject(with: goldJSON) as? [String: Any]
            let documents = object?["documents"] as? [String: [String: Any]] ?? [:]
            return documents.mapValues { Set(($0["criteriaSets"] as? [String: Any] ?? [:]).keys) }
        }
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
        #expect(Set(problem.keys) == ["category", "stance", "cue", "cueKind", "text", "sentence", "sentenceStart", "sentenceEnd",
                                      "start", "end"])
        let slogan = try #require((object["slogans"] as? [[String: Any]])?.first)
        #expect(Set(slogan.keys) == ["text", "kind", "quoted", "start", "end"])
        // Keys are sorted: "codebooks" comes before "criteria", "document" before "id".
        #expect(a.range(of: "\"codebooks\"")!.lowerBound < a.range(of: "\"criteria\"")!.lowerBound)
        let decoded = try JSONDecoder().decode(DocumentExtraction.self, from: Data(a.utf8))
        #expect(try decoded.jsonLine() == a)
    }
}
