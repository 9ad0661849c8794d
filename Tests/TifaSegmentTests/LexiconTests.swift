import Foundation
import Testing
import TifaCore
@testable import TifaSegment

@Suite struct LexiconTests {
    @Test func readsTifaFormatWithHeader() throws {
        let text = "\u{FEFF}# tifa-lexicon v1\r\n# name: test\r\n# version: 3\r\n# role: general\r\n\r\n创先争优 12 n\r\n五个好\t7\r\n# a comment\r\n五带头 x\r\n"
        let lexicon = try Lexicon(bytes: Array(text.utf8), source: "test.txt")
        #expect(lexicon.name == "test")
        #expect(lexicon.version == "3")
        #expect(lexicon.role == .general)
        #expect(lexicon.terms == ["创先争优", "五个好", "五带头"])
        #expect(lexicon.frequency(at: 0) == 12)
        #expect(lexicon.frequency(at: 1) == 7)
        #expect(lexicon.frequency(at: 2) == nil)
        #expect(lexicon.contentHash == ContentHash.sha256(Data(text.utf8)))
    }

    @Test func readsJiebaUserDictionaries() throws {
        let text = "云计算 5\n李小福 2 nr\n创新办 3 i\neasy_install 3 eng\n好用 300\n韩玉赏鉴 3 nz\n八一双鹿\n台中 nz\n"
        let lexicon = try Lexicon(bytes: Array(text.utf8), source: "userdict.txt")
        #expect(lexicon.name == "userdict")
        #expect(lexicon.version == nil)
        #expect(lexicon.role == .forced)
        #expect(lexicon.terms == ["云计算", "李小福", "创新办", "easy_install", "好用", "韩玉赏鉴", "八一双鹿", "台中"])
        #expect(lexicon.frequency(at: 1) == 2)
        #expect(lexicon.frequency(at: 7) == nil)
    }

    @Test func badLinesNameFileLineAndReason() throws {
        let text = "# tifa-lexicon v1\n# version: 1\n好词\n坏词 12x\n太多 1 n extra\n标签 1 n2\n"
        let error = try #require(throws: TifaError.self) { try Lexicon(bytes: Array(text.utf8), source: "bad.txt") }
        #expect(error.diagnostics.map(\.line) == [4, 5, 6])
        #expect(error.diagnostics.allSatisfy { $0.file == "bad.txt" && $0.code == "lexicon.bad-line" })
        #expect(error.diagnostics[0].message.contains("12x"))
        #expect(error.diagnostics[1].message.contains("too many fields"))
        #expect(error.description.contains("bad.txt:4"))
    }

    @Test func invalidUTF8InATermIsALineError() throws {
        let bytes: [UInt8] = Array("好词 3\n".utf8) + [0xE5, 0xA5, 0x20, 0x33, 0x0A]
        let error = try #require(throws: TifaError.self) { try Lexicon(bytes: bytes, source: "u.txt") }
        #expect(error.diagnostics.first?.line == 2)
        #expect(error.diagnostics.first?.message.contains("UTF-8") == true)
    }

    @Test func headerProblems() throws {
        let missingVersion = "# tifa-lexicon v1\n# name: x\n词\n"
        let e1 = try #require(throws: TifaError.self) { try Lexicon(bytes: Array(missingVersion.utf8), source: "m.txt") }
        #expect(e1.diagnostics.first?.code == "lexicon.bad-header")
        #expect(e1.diagnostics.first?.message.contains("version") == true)
        let future = "# tifa-lexicon v9\n# version: 1\n"
        let e2 = try #require(throws: TifaError.self) { try Lexicon(bytes: Array(future.utf8), source: "f.txt") }
        #expect(e2.diagnostics.first?.line == 1)
        let badRole = "# tifa-lexicon v1\n# version: 1\n# role: sometimes\n"
        let e3 = try #require(throws: TifaError.self) { try Lexicon(bytes: Array(badRole.utf8), source: "r.txt") }
        #expect(e3.diagnostics.first?.line == 3)
    }

    @Test func unreadableFileIsNamed() throws {
        let error = try #require(throws: TifaError.self) {
            try Lexicon(contentsOf: URL(fileURLWithPath: "/nonexistent/dict.txt"))
        }
        #expect(error.diagnostics.first?.file == "/nonexistent/dict.txt")
        #expect(error.diagnostics.first?.code == "lexicon.unreadable")
    }

    @Test func inCodeLexiconDropsWhitespaceAndHashesTerms() {
        let a = Lexicon(name: "codebook", version: "1", terms: ["两张皮", " ", "走 过场", ""])
        #expect(a.terms == ["两张皮", "走过场"])
        #expect(a.role == .forced)
        let b = Lexicon(name: "codebook", version: "1", terms: ["两张皮", "一阵风"])
        #expect(a.contentHash != b.contentHash)
    }

    @Test func shippedLexiconsAreVersionedAndHashed() throws {
        let byName = Dictionary(uniqueKeysWithValues: Shipped.lexicons.map { ($0.name, $0) })
        let domain = try #require(byName["domain"])
        let general = try #require(byName["general"])
        #expect(domain.role == .forced && general.role == .general)
        #expect(domain.version != nil && general.version != nil)
        #expect(general.count > 300_000)
        for term in ["创先争优", "五个好", "五带头", "基层党组织", "领导班子好", "重承诺轻践诺", "松劲懈怠", "四风", "三严三实"] {
            #expect(domain.terms.contains(term), "\(term) missing from the domain lexicon")
        }
        let file = packageRoot.appendingPathComponent("Dictionaries/lexicons/domain.txt")
        #expect(domain.contentHash == ContentHash.sha256(try Data(contentsOf: file)))
        let info = Shipped.segmenter.lexicons.map(\.name)
        #expect(info == Shipped.lexicons.map(\.name))
    }
}

@Suite struct DefaultLexiconsTests {
    @Test func explicitFolderMustHoldLexicons() throws {
        let notDictionaries = FileManager.default.temporaryDirectory.appendingPathComponent("tifa-no-dict-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: notDictionaries, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: notDictionaries) }
        let error = try #require(throws: TifaError.self) { try DictionariesFolder.locate(explicit: notDictionaries) }
        #expect(error.diagnostics.first?.code == "dictionaries.not-found")
        #expect(error.diagnostics.first?.file == notDictionaries.path)
    }

    @Test func findsTheRepositoryFolderAndLoadsEveryTxtFileSorted() throws {
        let folder = try DictionariesFolder.locate(explicit: packageRoot.appendingPathComponent("Dictionaries"))
        let files = try DefaultLexicons.lexiconFiles(in: folder).map(\.lastPathComponent)
        #expect(files == files.sorted() && files.contains("domain.txt") && files.contains("general.txt"))
        #expect(!files.contains("general.LICENSE"))
        // Without an explicit folder the search (executable, current directory, checkout) finds one too.
        #expect(FileManager.default.fileExists(atPath: try DictionariesFolder.locate().appendingPathComponent("lexicons").path))
    }

    @Test func roleCanBeOverriddenOnLoad() throws {
        let url = try temporaryFile(Array("常用词 100\n".utf8), name: "words.txt")
        defer { try? FileManager.default.removeItem(at: url.deletingLastPathComponent()) }
        #expect(try Lexicon(contentsOf: url).role == .forced)
        let general = try Lexicon(contentsOf: url, role: .general)
        #expect(general.role == .general && general.frequency(at: 0) == 100 && general.source == url.path)
    }
}
