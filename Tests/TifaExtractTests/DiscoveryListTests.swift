import Foundation
import Testing
import TifaCore
@testable import TifaExtract

/// The discovery lists (Dictionaries/discovery): validated with file and line, stamped, one numeral table.
struct DiscoveryListTests {
    static let shipped = Fixture.root.appendingPathComponent("Dictionaries/discovery")

    /// A copy of the shipped lists with one file replaced.
    func folder(replacing name: String, with text: String) throws -> URL {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("tifa-lists-\(UUID().uuidString)")
        try FileManager.default.copyItem(at: Self.shipped, to: dir)
        try Data(text.utf8).write(to: dir.appendingPathComponent("\(name).tsv"))
        return dir
    }

    @Test func shippedListsLoadWithStamps() throws {
        let lists = try DiscoveryLists(folder: Self.shipped)
        #expect(lists.stamps.map(\.name) == ["numerals", "measures", "formula-words", "quote-pairs",
                                             "numeral-abbreviations", "quote-classes"])
        #expect(lists.stamps.allSatisfy { !$0.version.isEmpty && $0.sha256.count == 64 })
        let ex = try Fixture.extract("要做到“五个好”。")
        #expect(ex.lists.map(\.name) == lists.stamps.map(\.name))
    }

    @Test func brokenRowsNameFileAndLine() throws {
        let dir = try folder(replacing: "measures", with: """
            # format: tifa-list
            # name: measures
            # version: 1
            # columns: form\tkind\tnote
            个\tcount
            项目\tcount
            条\tsize
            个\tcount
            """)
        #expect(throws: TifaError.self) { try DiscoveryLists(folder: dir) }
        do {
            _ = try DiscoveryLists(folder: dir)
        } catch {
            let lines = error.diagnostics.map { "\(($0.file as NSString).lastPathComponent):\($0.line ?? 0)" }
            #expect(Set(lines) == ["measures.tsv:6", "measures.tsv:7", "measures.tsv:8"], "\(error)")
        }
    }

    @Test func missingHeaderIsAnError() throws {
        let dir = try folder(replacing: "quote-pairs", with: "“\t”\tquote\n")
        do {
            _ = try DiscoveryLists(folder: dir)
            Issue.record("no error")
        } catch {
            #expect(error.diagnostics.contains { $0.code == "list.header" && $0.file.hasSuffix("quote-pairs.tsv") })
        }
    }

    @Test func aRankCueIsOneCharacter() throws {
        let dir = try folder(replacing: "quote-classes", with: """
            # format: tifa-list
            # name: quote-classes
            # version: 1
            # columns: form\tclass\tnote
            佳\trank
            百强\trank
            """)
        do {
            _ = try DiscoveryLists(folder: dir)
            Issue.record("no error")
        } catch {
            #expect(error.diagnostics.contains { $0.file.hasSuffix("quote-classes.tsv") && $0.line == 6 && $0.message.contains("rank") })
        }
    }

    /// One numeral table serves formulas, enumerations, headings and dates.
    @Test func oneNumeralTable() throws {
        let numerals = try ChineseNumerals(try DataList.load(path: Self.shipped.appendingPathComponent("numerals.tsv").path))
        #expect(numerals.scalars(.formula).isSuperset(of: Set("一二三四五六七八九十两".unicodeScalars)))
        #expect(numerals.scalars(.heading).contains("百") && !numerals.scalars(.formula).contains("百"))
        #expect(numerals.scalars(.date).contains("〇") && numerals.scalars(.date).contains("○"))
        #expect(numerals.value("十") == 10 && numerals.scalars(.pair) == ["双"])
        #expect(Enumerations.ordinals.count == 10 && Enumerations.ordinals.first == "一")
    }
}
