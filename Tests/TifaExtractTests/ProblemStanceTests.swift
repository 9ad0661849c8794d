import Testing
import TifaCore
@testable import TifaExtract

/// Problem categories with stance, each decision naming its cue.
struct ProblemStanceTests {
    struct Case: Sendable, CustomStringConvertible {
        let text: String
        let category: String
        let stance: ProblemStance
        let cue: String
        var description: String { text }
    }

    static let cases: [Case] = [
        Case(text: "一些单位表现出一定程度的松劲和懈怠。", category: "松劲懈怠", stance: .admitted, cue: "表现出"),
        Case(text: "通过强化责任意识,防止和克服松劲懈怠情绪。", category: "松劲懈怠", stance: .warned, cue: "克服"),
        Case(text: "对搞形式、走过场的,群众不满意的,要严肃追究。", category: "形式主义", stance: .warned, cue: "严肃追究"),
        Case(text: "对领导重视不够的,要进行约谈。", category: "重视不够", stance: .warned, cue: "对…的,要"),
        Case(text: "确保活动不走过场、常态推进。", category: "形式主义", stance: .warned, cue: "不"),
        Case(text: "严禁以权谋私。", category: "以权谋私", stance: .warned, cue: "严禁"),
        Case(text: "有的可以到事业单位,但要与原单位脱钩,严禁以权经商、以权谋私。", category: "以权谋私", stance: .warned, cue: "严禁"),
        Case(text: "如果只是党员争优秀,就容易产生脱离群众的问题。", category: "脱离群众", stance: .mentioned, cue: "如果"),
        Case(text: "一旦出现形式主义,后果严重。", category: "形式主义", stance: .mentioned, cue: "一旦"),
        Case(text: "若干单位存在作风涣散的问题。", category: "作风问题", stance: .admitted, cue: "存在"),
        Case(text: "形式主义是一种不良作风。", category: "形式主义", stance: .mentioned, cue: ""),
        Case(text: "有的存在滥用职权的问题。", category: "以权谋私", stance: .admitted, cue: "存在"),
        Case(text: "官僚主义问题仍然存在。", category: "作风问题", stance: .admitted, cue: "仍然存在"),
        Case(text: "假公济私、任用私人这些恶习,在国家机关里是完全不允许的。", category: "以权谋私", stance: .warned, cue: "不允许"),
    ]

    @Test("stance and cue", arguments: cases)
    func stance(_ c: Case) throws {
        let ex = try Fixture.extract(c.text)
        let p = try #require(ex.problems.first { $0.category == c.category }, "\(ex.problems)")
        #expect(p.stance == c.stance, "\(p)")
        #expect(p.cue == c.cue, "\(p)")
        #expect(p.cueKind == (c.cue.isEmpty ? "none" : "word"))
    }

    @Test func headingMakesAnAdmission() throws {
        let ex = try Fixture.extract("""
            一、存在的主要问题
            (一)认识不足。
            争创活动没有特点,注重提口号而缺乏实际行动。
            二、下一步打算
            要注重提口号而缺乏实际行动的现象。
            """)
        let inSection = ex.problems.filter { $0.category == "形式主义" }
        #expect(inSection.count == 2)
        #expect(inSection.first?.stance == .admitted)
        #expect(inSection.first?.cueKind == "section")
        #expect(inSection.first?.cue.contains("存在的主要问题") == true)
        #expect(inSection.last?.stance == .mentioned)
        #expect(ex.problems.first { $0.category == "认识不足" }?.stance == .admitted)
    }

    @Test func adjacentWordingsOfOneCategoryFormOneProblem() throws {
        let ex = try Fixture.extract("要避免“一阵风”、走形式、装样子、做虚功等不良习气。")
        #expect(ex.problems.count == 1)
        #expect(ex.problems.first?.text == "一阵风”、走形式、装样子、做虚功")
        #expect(ex.problems.first?.sentence == "要避免“一阵风”、走形式、装样子、做虚功等不良习气。")
    }
}
