import Foundation
import Testing
import TifaCore
@testable import TifaExtract

/// Loading codebooks: every error is reported at once with file, line, entry and reason; never a crash.
struct CodebookValidationTests {
    struct Case: CustomStringConvertible, Sendable {
        let name: String
        let yaml: String
        let code: String
        let line: Int?
        let mentions: String
        var description: String { name }
    }

    static let header = "codebook: t\nversion: \"1\"\n"

    static let cases: [Case] = [
        Case(name: "broken YAML", yaml: header + "entries:\n  - name: 形式主义\n    category: [problem\n", code: "codebook.yaml",
             line: 6, mentions: "broken YAML"),
        Case(name: "duplicate canonical name", yaml: header + """
            entries:
              - {name: 形式主义, category: problem}
              - {name: 形式主义, category: problem}
            """, code: "codebook.duplicate", line: 5, mentions: "entry 形式主义"),
        Case(name: "regex that does not compile", yaml: header + """
            entries:
              - name: 缺乏总结
                category: problem
                variants:
                  - regex: '没有(对'
                    anchor: 没有
            """, code: "codebook.regex", line: 7, mentions: "entry 缺乏总结"),
        Case(name: "empty category", yaml: header + """
            entries:
              - name: 四风
                category: ""
            """, code: "codebook.empty-category", line: 5, mentions: "entry 四风"),
        Case(name: "missing category", yaml: header + """
            entries:
              - name: 四风
            """, code: "codebook.empty-category", line: 4, mentions: "entry 四风"),
        Case(name: "item shared by two sets", yaml: header + """
            criteria:
              - name: 甲
                items: [公开承诺, 领导点评]
              - name: 乙
                items: [群众评议, 公开承诺]
            """, code: "codebook.shared-item", line: 7, mentions: "item 公开承诺 is also an item of set 甲"),
        Case(name: "unknown key", yaml: header + """
            entries:
              - name: 四风
                category: formula
                varients: [四风]
            """, code: "codebook.schema", line: 6, mentions: "unknown key `varients`"),
        Case(name: "subtype on a vocabulary entry", yaml: header + """
            entries:
              - name: 四风
                category: formula
                subtype: 四风
            """, code: "codebook.schema", line: 4, mentions: "`problem` and `subtype` belong to entries of category problem"),
        Case(name: "cue class with an unknown stance", yaml: header + """
            stance:
              classes:
                - class: remedy
                  stance: forbidden
                  before: [纠正]
            """, code: "codebook.schema", line: 5, mentions: "stance class remedy: unknown stance `forbidden`"),
        Case(name: "missing version", yaml: "codebook: t\nentries: []\n", code: "codebook.schema", line: 1,
             mentions: "missing `version`"),
        Case(name: "parts with one part", yaml: header + """
            entries:
              - name: 松劲懈怠
                category: problem
                variants:
                  - parts: [松劲]
            """, code: "codebook.schema", line: 7, mentions: "entry 松劲懈怠"),
        Case(name: "regex without anchor", yaml: header + """
            entries:
              - name: 缺乏总结
                category: problem
                variants:
                  - regex: '没有.{0,4}总结'
            """, code: "codebook.schema", line: 7, mentions: "needs an `anchor`"),
        Case(name: "retired minItemsUnnamed", yaml: header + """
            criteria:
              - name: 甲
                minItemsUnnamed: 2
                items: [公开承诺, 领导点评]
            """, code: "codebook.schema", line: 5, mentions: "no longer read"),
        Case(name: "not a mapping", yaml: "- just\n- a list\n", code: "codebook.schema", line: 1, mentions: "mapping"),
    ]

    @Test("each broken codebook gives an error naming file, line and reason", arguments: cases)
    func reportsError(_ c: Case) {
        let (_, diagnostics) = CodebookLoader.parse(yaml: c.yaml, file: "user/book.yaml", sha256: "x")
        let hit = diagnostics.first { $0.code == c.code }
        #expect(hit != nil, "expected \(c.code), got \(diagnostics)")
        guard let hit else { return }
        #expect(hit.file == "user/book.yaml")
        #expect(hit.line == c.line, "\(hit)")
        #expect(hit.message.contains(c.mentions), "\(hit.message)")
    }

    @Test func everyErrorIsReportedAtOnce() throws {
        let yaml = Self.header + """
            entries:
              - {name: 形式主义, category: problem}
              - {name: 形式主义, category: problem}
              - {name: 四风, category: ""}
              - name: 缺乏总结
                category: problem
                variants: [{regex: '(', anchor: 总结}]
            criteria:
              - {name: 甲, items: [a1, shared]}
              - {name: 乙, items: [shared, b2]}
            """
        let path = Fixture.temporaryFile(yaml)
        do {
            _ = try CodebookLoader.load(files: [path])
            Issue.record("a broken codebook must not load")
        } catch {
            let codes = Set(error.diagnostics.map(\.code))
            #expect(codes == ["codebook.duplicate", "codebook.empty-category", "codebook.regex", "codebook.shared-item"])
            #expect(error.diagnostics.allSatisfy { $0.file == path && $0.line != nil })
        }
    }

    @Test func duplicatesAcrossFilesNameBothPlaces() throws {
        let a = Fixture.temporaryFile(Self.header + "entries:\n  - {name: 四风, category: formula}\n", name: "a.yaml")
        let b = Fixture.temporaryFile("codebook: u\nversion: \"2\"\nentries:\n  - {name: 四风, category: formula}\n", name: "b.yaml")
        do {
            _ = try CodebookLoader.load(files: [a, b])
            Issue.record("duplicate across files must fail")
        } catch {
            #expect(error.diagnostics.count == 1)
            #expect(error.diagnostics[0].file == b && error.diagnostics[0].line == 4)
            #expect(error.diagnostics[0].message.contains("\(a):4"))
        }
    }

    @Test func unreadableAndMissingPathsAreErrors() {
        #expect(throws: TifaError.self) { try CodebookLoader.files(in: ["/nonexistent/tifa.yaml"]) }
        let bin = Fixture.temporaryFile("", name: "bin.yaml")
        try? Data([0xff, 0xfe, 0x00, 0x81]).write(to: URL(fileURLWithPath: bin))
        do {
            _ = try CodebookLoader.load(files: [bin])
            Issue.record("binary codebook must fail")
        } catch {
            #expect(error.diagnostics.first?.code == "codebook.encoding")
        }
    }

    @Test func shippedCodebooksLoadWithVersionsAndHashes() throws {
        let books = try BuiltinCodebooks.load()
        #expect(books.count >= 3)
        for book in books {
            #expect(!book.version.isEmpty)
            #expect(book.sha256.count == 64)
        }
        let entries = books.flatMap(\.entries).filter { $0.category == problemCategory }
        // The thirteen categories of ../shared/eval/ANNOTATION.md, and the subtypes of 作风问题 and 以权谋私.
        #expect(Set(entries.map(\.problemCategory)) == ["重承诺轻践诺", "松劲懈怠", "形式主义", "官僚主义", "认识不足", "重视不够",
                                                     "结合实际不够", "宣传不到位", "脱离群众", "作风问题", "安于现状",
                                                     "以权谋私", "缺乏总结"])
        #expect(Set(entries.filter { $0.problemCategory == "作风问题" }.compactMap(\.subtype))
                == ["不作为", "乱作为", "作风涣散", "纪律松弛", "享乐主义", "奢靡之风", "四风"])
        #expect(Set(entries.filter { $0.problemCategory == "以权谋私" }.compactMap(\.subtype)) == ["腐败", "滥用职权"])
        let classes = Set(books.flatMap(\.cues).map(\.cueClass))
        #expect(classes.isSuperset(of: ["warning", "prohibition", "sanction", "remedy", "danger", "admission", "persistence",
                                        "case-statistics", "self-criticism", "problem-heading", "hypothesis", "overcome",
                                        "definition"]))
    }
}
