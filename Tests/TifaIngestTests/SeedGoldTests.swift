import Foundation
import Testing
import TifaCore
@testable import TifaIngest

/// Done-when test: every evidence, slogan and criteria item of seeds-gold.json is in the normalised seeds.
@Suite(.enabled(if: Paths.hasShared))
struct SeedGoldTests {
    struct Gold: Decodable {
        struct Problem: Decodable { let evidence: String }
        struct CriteriaSet: Decodable { let items: [String] }
        struct Document: Decodable {
            let criteriaSets: [String: CriteriaSet]
            let problems: [Problem]
            let slogans: [String]
        }
        let documents: [String: Document]
    }

    /// Variants a document may write for an item (from the gold's about text).
    static let itemVariants = ["带头遵守纪律": ["带头遵纪守法"]]

    static func gold() throws -> Gold {
        try JSONDecoder().decode(Gold.self, from: Data(contentsOf: Paths.shared.appendingPathComponent("eval/seeds-gold.json")))
    }

    @Test func everyGoldStringIsInTheNormalisedSeed() throws {
        let builder = try Make.builder()
        let gold = try Self.gold()
        #expect(gold.documents.count == 5)
        for (name, expected) in gold.documents.sorted(by: { $0.key < $1.key }) {
            let doc = try builder.load(path: Paths.shared.appendingPathComponent("seeds/\(name)").path).document
            let text = doc.text.string
            for p in expected.problems {
                #expect(text.contains(p.evidence), "\(name): evidence \(p.evidence)")
                // Evidence lies inside one sentence.
                let r = try #require(doc.text.ranges(of: p.evidence).first)
                #expect(doc.sentences.contains { $0.range.contains(r.lowerBound) && $0.range.upperBound >= r.upperBound },
                        "\(name): evidence \(p.evidence) crosses a sentence boundary")
            }
            for s in expected.slogans { #expect(text.contains(s), "\(name): slogan \(s)") }
            for (set, c) in expected.criteriaSets {
                for item in c.items {
                    let forms = [item] + (Self.itemVariants[item] ?? [])
                    #expect(forms.contains { text.contains($0) }, "\(name): \(set) item \(item)")
                }
            }
        }
    }

    @Test func goldOffsetsMapBackToTheirSource() throws {
        let builder = try Make.builder()
        let normalizer = try Make.normalizer()
        let gold = try Self.gold()
        for (name, expected) in gold.documents {
            let doc = try builder.load(path: Paths.shared.appendingPathComponent("seeds/\(name)").path).document
            for needle in expected.problems.map(\.evidence) + expected.slogans {
                let r = try #require(doc.text.ranges(of: needle).first)
                let o = doc.offsets.original(r)
                let source = Array(doc.original[o])
                // The source substring normalises back to the text found.
                #expect(try normalizer.normalize(source).string.contains(needle), "\(name): \(needle) ← \(source.string)")
                // The first character comes from the first character of the source.
                #expect(try normalizer.normalize([source[0]]).text.first == needle.unicodeScalars.first)
            }
        }
    }

    @Test func seedsAreCleaned() throws {
        let builder = try Make.builder()
        func load(_ prefix: String) throws -> IngestedDocument {
            let dir = Paths.shared.appendingPathComponent("seeds")
            let name = try #require(try FileManager.default.contentsOfDirectory(atPath: dir.path).first { $0.hasPrefix(prefix) })
            return try builder.load(path: dir.appendingPathComponent(name).path)
        }
        let d000 = try load("000"), d001 = try load("001"), d002 = try load("002"), d004 = try load("004")
        let t000 = d000.document.text.string
        #expect(!t000.contains("当前位置") && !t000.contains("Baidu") && !t000.contains("信息来源"))
        #expect(d000.quality.script == .simplified)
        let t001 = d001.document.text.string
        #expect(d001.quality.script == .traditional)
        #expect(t001.hasPrefix("监管局长创优活动动员会讲话\n"))
        #expect(!t001.contains("本站观点") && t001.contains("(一)") && !t001.contains("(jiān)") && !t001.contains("jiān"))
        #expect(!t001.contains("/p>") && !t001.contains("顒"))
        #expect(d001.quality.cleaning.mojibakeRuns.count == 1)
        #expect(d001.quality.cleaning.removedByRule["pinyin", default: 0] > 2000)
        let t002 = d002.document.text.string
        #expect(!t002.contains("?") && !t002.contains("|"))
        #expect(d002.quality.lostCharactersFound > 0)
        #expect(d002.document.paragraphs.count > 10)
        let t004 = d004.document.text.string
        #expect(!t004.contains("点击量") && !t004.contains("3529"))
        #expect(t004.hasPrefix("创先争优活动中存在的问题及建议对策\n"))
    }

    @Test func sectionsOfSeed004() throws {
        let doc = try Make.builder().load(path: Paths.shared.appendingPathComponent("seeds/004_be4ee22275bf5d54.txt").path).document
        let titles = doc.sections.map(\.title)
        #expect(titles.contains("目前争创活动存在的主要问题"))
        #expect(titles.contains("认识不足"))
        let problems = try #require(doc.sections.firstIndex { $0.title == "目前争创活动存在的主要问题" })
        let admitted = try #require(doc.text.ranges(of: "表现出一定程度的松劲和懈怠").first)
        let sentence = try #require(doc.sentences.first { $0.range.contains(admitted.lowerBound) })
        #expect(sentence.sectionPath.first == problems)
        #expect(doc.sections[problems].level == 1)
    }
}

extension DocumentQuality {
    var lostCharactersFound: Int { cleaning.lostCharacters }
}
