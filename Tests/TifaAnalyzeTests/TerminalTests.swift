import Testing
@testable import TifaAnalyze

@Suite struct TerminalTests {
    @Test func cjkTakesTwoColumns() {
        #expect(DisplayWidth.of("abc") == 3)
        #expect(DisplayWidth.of("五个好") == 6)
        #expect(DisplayWidth.of("，。") == 4)
        #expect(DisplayWidth.of("e\u{301}") == 1)
    }

    @Test func tablesAlignMixedScripts() {
        var t = TextTable(header: ["term", "n"], rightAligned: [1])
        t.add(["形式主义", "12"])
        t.add(["WTO", "3"])
        let lines = t.render().split(separator: "\n").map(String.init)
        #expect(lines.count == 4)
        #expect(Set(lines.map(DisplayWidth.of)).count == 1)
        #expect(lines[2] == "形式主义  12")
        #expect(lines[3] == "WTO        3")
    }
}
