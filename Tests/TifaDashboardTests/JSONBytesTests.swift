import Foundation
import Testing
@testable import TifaDashboard

/// The page's tables are written as JSON by hand (`JSONBytes`); their bytes must stay those `JSONEncoder` writes,
/// so the page does not change.
@Suite struct JSONBytesTests {
    private struct Table: Encodable { let header: [String]; let rows: [[String]]; let total: Int }

    private func encoded<T: Encodable>(_ value: T) throws -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        return String(decoding: try encoder.encode(value), as: UTF8.self)
    }

    /// Every ASCII character (controls included), slashes, quotes, backslashes, CJK, U+2028 and a non-BMP character.
    private static let hard: [String] = (0..<0x80).map { String(UnicodeScalar(UInt8($0))) }
        + ["a/b", #"say "hi""#, #"C:\x"#, "形式主义", "\u{2028}\u{2029}", "𠮷", "", "'=SUM(A1)", "</script>"]

    @Test func aTableIsWrittenAsJSONEncoderWritesIt() throws {
        let table = TableRows(limit: 3)
        table.begin(header: ["term", "per_10k"], source: "t.csv")
        for s in Self.hard { table.add([s, s + s]) }
        let expected = Table(header: ["term", "per_10k"], rows: Self.hard.prefix(3).map { [$0, $0 + $0] },
                             total: Self.hard.count)
        #expect(table.json() == (try encoded(expected)))

        let all = TableRows()
        all.begin(header: Self.hard, source: "t.csv")
        for s in Self.hard { all.add([s]) }
        #expect(all.json() == (try encoded(Table(header: Self.hard, rows: Self.hard.map { [$0] }, total: Self.hard.count))))
    }

    @Test func aTableThatNeverBeganIsNull() {
        #expect(TableRows().json() == "null")
    }

    @Test func groupTablesLeaveOutWhatNeverBegan() throws {
        struct Group: Encodable { let column: String; let groups: Table; let keyness: Table }
        let group = GroupTables(column: "year/\"x\"")
        group.groups.begin(header: ["group"], source: "g.csv")
        group.groups.add(["2010"])
        group.keyness.begin(header: ["group", "term"], source: "k.csv")
        var out: [UInt8] = []
        group.appendJSON(to: &out)
        let expected = Group(column: "year/\"x\"", groups: Table(header: ["group"], rows: [["2010"]], total: 1),
                             keyness: Table(header: ["group", "term"], rows: [], total: 0))
        #expect(String(decoding: out, as: UTF8.self) == (try encoded(expected)))
    }
}
