import Testing
import TifaCore
@testable import TifaExtract

/// Problem categories and subtypes with stance, each decision naming its cue and the cue's class. The sentences
/// are written for these tests, one or more per class of wording and of cue.
struct ProblemStanceTests {
    struct Case: Sendable, CustomStringConvertible {
        let text: String
        let category: String
        var subtype: String? = nil
        let stance: ProblemStance
        let cue: String
        let cueClass: String
        var description: String { text }
    }

    static let cases: [Case] = [
        // Taxonomy: 官僚主义 is its own category; 作风问题 and 以权谋私 carry subtypes.
        Case(text: "个别窗口人员存在推诿扯皮现象。", category: "官僚主义", stance: .admitted, cue: "存在", cueClass: "admission"),
        Case(text: "官僚主义问题仍然存在。", category: "官僚主义", stance: .admitted, cue: "仍然存在", cueClass: "persistence"),
        Case(text: "有的干部慢作为,影响了工作进度。", category: "作风问题", subtype: "不作为", stance: .admitted, cue: "有的", cueClass: "admission"),
        Case(text: "少数人员违反工作纪律。", category: "作风问题", subtype: "纪律松弛", stance: .admitted, cue: "少数", cueClass: "admission"),
        Case(text: "坚决刹住大吃大喝之风。", category: "作风问题", subtype: "奢靡之风", stance: .warned, cue: "刹住", cueClass: "remedy"),
        Case(text: "持续整治“四风”。", category: "作风问题", subtype: "四风", stance: .warned, cue: "整治", cueClass: "remedy"),
        Case(text: "个别干部贪图享乐。", category: "作风问题", subtype: "享乐主义", stance: .admitted, cue: "个别", cueClass: "admission"),
        Case(text: "这类不正之风仍很突出。", category: "作风问题", stance: .admitted, cue: "仍很突出", cueClass: "persistence"),
        Case(text: "深入开展反腐败工作。", category: "以权谋私", subtype: "腐败", stance: .warned, cue: "反", cueClass: "prohibition"),
        Case(text: "全面推进反腐倡廉建设。", category: "以权谋私", subtype: "腐败", stance: .warned, cue: "反", cueClass: "prohibition"),
        Case(text: "对滥用权力的,要严肃处理。", category: "以权谋私", subtype: "滥用职权", stance: .warned, cue: "对…的,要", cueClass: "sanction"),
        Case(text: "一些支部战斗堡垒作用发挥不够。", category: "重视不够", stance: .admitted, cue: "一些", cueClass: "admission"),
        // Warned classes.
        Case(text: "要警惕享乐主义抬头。", category: "作风问题", subtype: "享乐主义", stance: .warned, cue: "警惕", cueClass: "warning"),
        Case(text: "严禁弄虚作假。", category: "形式主义", stance: .warned, cue: "严禁", cueClass: "prohibition"),
        Case(text: "确保检查不走过场。", category: "形式主义", stance: .warned, cue: "不", cueClass: "prohibition"),
        Case(text: "会上不能搞形式主义。", category: "形式主义", stance: .warned, cue: "不能搞", cueClass: "prohibition"),
        Case(text: "着力解决文山会海问题。", category: "形式主义", stance: .warned, cue: "着力解决", cueClass: "remedy"),
        Case(text: "对推诿扯皮的,一律调离岗位。", category: "官僚主义", stance: .warned, cue: "对…的,一律", cueClass: "sanction"),
        Case(text: "弄虚作假的严肃追究责任。", category: "形式主义", stance: .warned, cue: "严肃追究", cueClass: "sanction"),
        Case(text: "形式主义是干事创业的大敌。", category: "形式主义", stance: .warned, cue: "的大敌", cueClass: "danger"),
        Case(text: "稍有放松就可能沦为走过场。", category: "形式主义", stance: .warned, cue: "沦为", cueClass: "danger"),
        Case(text: "官僚主义是人民群众最大的敌人。", category: "官僚主义", stance: .warned, cue: "的敌人", cueClass: "danger"),
        // Admitted classes.
        Case(text: "部分同志存在松劲懈怠情绪。", category: "松劲懈怠", stance: .admitted, cue: "存在", cueClass: "admission"),
        Case(text: "铺张浪费现象屡禁不止。", category: "作风问题", subtype: "奢靡之风", stance: .admitted, cue: "屡禁不止", cueClass: "persistence"),
        Case(text: "官僚主义具有顽固性和反复性。", category: "官僚主义", stance: .admitted, cue: "顽固性", cueClass: "persistence"),
        Case(text: "全年严肃查处违反中央八项规定问题4起。", category: "作风问题", subtype: "纪律松弛", stance: .admitted, cue: "起", cueClass: "case-statistics"),
        Case(text: "年内共有三名贪腐干部受到惩处。", category: "以权谋私", subtype: "腐败", stance: .admitted, cue: "受到惩处", cueClass: "case-statistics"),
        Case(text: "本人存在重视不够的问题。", category: "重视不够", stance: .admitted, cue: "本人存在", cueClass: "self-criticism"),
        // Mentioned classes.
        Case(text: "一旦放松监督,形式主义就会抬头。", category: "形式主义", stance: .mentioned, cue: "就会", cueClass: "hypothesis"),
        Case(text: "如果只是党员争优秀,就容易产生脱离群众的问题。", category: "脱离群众", stance: .mentioned, cue: "容易产生", cueClass: "hypothesis"),
        Case(text: "本人没有以权谋私行为。", category: "以权谋私", stance: .mentioned, cue: "没有", cueClass: "rebuttal"),
        Case(text: "若干单位的办事推诿现象明显减少。", category: "官僚主义", stance: .mentioned, cue: "明显减少", cueClass: "overcome"),
        Case(text: "什么是形式主义?", category: "形式主义", stance: .mentioned, cue: "什么是", cueClass: "definition"),
        Case(text: "办事推诿现象得到有效解决。", category: "官僚主义", stance: .mentioned, cue: "得到有效解决", cueClass: "overcome"),
        // An overcome predicate under a demand word is a prescription; right after a negation, a persistence.
        Case(text: "这类铺张浪费现象必须得到纠正。", category: "作风问题", subtype: "奢靡之风", stance: .warned, cue: "必须\u{2026}得到纠正", cueClass: "remedy"),
        Case(text: "务必使文山会海明显减少。", category: "形式主义", stance: .warned, cue: "务必\u{2026}明显减少", cueClass: "remedy"),
        Case(text: "推诿扯皮现象尚未得到有效解决。", category: "官僚主义", stance: .admitted, cue: "尚未得到有效解决", cueClass: "persistence"),
        // Getting free of a problem is a remedy; condemning it as criticisable or a crime a danger; naming a form of it
        // a definition.
        Case(text: "干部要从文山会海中解脱出来。", category: "形式主义", stance: .warned, cue: "从\u{2026}中解脱出来", cueClass: "remedy"),
        Case(text: "切实改变推诿扯皮的作风。", category: "官僚主义", stance: .warned, cue: "切实改变", cueClass: "remedy"),
        Case(text: "弄虚作假是应该受到批判的。", category: "形式主义", stance: .warned, cue: "应该受到批判", cueClass: "danger"),
        Case(text: "铺张浪费是对人民的犯罪。", category: "作风问题", subtype: "奢靡之风", stance: .warned, cue: "的犯罪", cueClass: "danger"),
        Case(text: "官僚主义的另一种形式是瞎指挥。", category: "官僚主义", stance: .mentioned, cue: "的另一种形式", cueClass: "definition"),
        Case(text: "这种作风问题危害不可小觑。", category: "作风问题", stance: .warned, cue: "危害不可小觑", cueClass: "danger"),
        // 形式主义's falsification and surface classes.
        Case(text: "个别单位统计数据虚报浮夸。", category: "形式主义", stance: .admitted, cue: "个别", cueClass: "admission"),
        Case(text: "有的干部工作浮在面上。", category: "形式主义", stance: .admitted, cue: "有的", cueClass: "admission"),
        Case(text: "严禁欺上瞒下、报喜不报忧。", category: "形式主义", stance: .warned, cue: "严禁", cueClass: "prohibition"),
        // Clause scope: a cue of another clause does not govern; a verb governs its whole list; 甚至 continues.
        Case(text: "要坚决反对形式主义,一些单位仍有官僚主义。", category: "官僚主义", stance: .admitted, cue: "仍有", cueClass: "admission"),
        Case(text: "坚决克服形式主义、官僚主义和享乐主义。", category: "作风问题", subtype: "享乐主义", stance: .warned, cue: "坚决克服", cueClass: "warning"),
        Case(text: "有的干部不作为,甚至乱作为。", category: "作风问题", subtype: "乱作为", stance: .admitted, cue: "有的", cueClass: "admission"),
    ]

    @Test("category, subtype, stance, cue and class", arguments: cases)
    func stance(_ c: Case) throws {
        let ex = try Fixture.extract(c.text)
        let p = try #require(ex.problems.first { $0.category == c.category && $0.subtype == c.subtype }, "\(ex.problems)")
        #expect(p.stance == c.stance, "\(p)")
        #expect(p.cue == c.cue, "\(p)")
        #expect(p.cueClass == c.cueClass, "\(p)")
        #expect(p.cueKind == "word")
    }

    /// When the run's own clause has no cue, the clause group (up to ;) decides, and says so (`clause-group`).
    static let groupCases: [Case] = [
        Case(text: "工作中敷衍塞责、弄虚作假的,一律严肃处理。", category: "形式主义", stance: .warned, cue: "严肃处理", cueClass: "sanction"),
        Case(text: "贪污、受贿这类行为,是同人民政府的宗旨格格不入的。", category: "以权谋私", subtype: "腐败", stance: .warned, cue: "格格不入", cueClass: "warning"),
        Case(text: "干部作风不实的现象,至今依然存在。", category: "作风问题", stance: .admitted, cue: "依然存在", cueClass: "persistence"),
        Case(text: "有的干部工作拖拉,推三阻四,办事推诿。", category: "官僚主义", stance: .admitted, cue: "有的", cueClass: "admission"),
        Case(text: "推诿扯皮的问题,至今没有得到有效纠正。", category: "官僚主义", stance: .admitted, cue: "没有得到有效纠正", cueClass: "persistence"),
        Case(text: "文山会海的问题,必须尽快得到解决。", category: "形式主义", stance: .warned, cue: "必须\u{2026}得到解决", cueClass: "remedy"),
    ]

    @Test("the clause group decides when the clause has no cue", arguments: groupCases)
    func clauseGroup(_ c: Case) throws {
        let ex = try Fixture.extract(c.text)
        let p = try #require(ex.problems.first { $0.category == c.category && $0.subtype == c.subtype }, "\(ex.problems)")
        #expect(p.stance == c.stance && p.cue == c.cue && p.cueClass == c.cueClass && p.cueKind == "clause-group", "\(p)")
    }

    @Test func noCueGivesUnknown() throws {
        let ex = try Fixture.extract("形式主义是一种不良作风。")
        let p = try #require(ex.problems.first { $0.category == "形式主义" })
        #expect(p.stance == .unknown)
        #expect(p.cue == "" && p.cueKind == "none" && p.cueClass == "")
    }

    @Test("economic, technical and vow wordings are not problems", arguments: [
        "当前外需增长动力不足,经济下行压力加大。", "执纪问责的震慑作用发挥不够。", "我们要勇于开拓,永不懈怠。",
        "学用结合不够紧密。", "要敢于同不良风气、违纪违法行为作斗争。",
    ])
    func notProblems(_ text: String) throws {
        #expect(try Fixture.extract(text).problems.isEmpty)
    }

    @Test func leadInGovernsItsListAcrossLineBreaks() throws {
        let ex = try Fixture.extract("""
            有下列情形之一的,给予通报批评:
            (一)搞形式、走过场的;
            (二)办事推诿扯皮的。
            会后各单位照常办公。
            """)
        let form = try #require(ex.problems.first { $0.category == "形式主义" })
        let bureau = try #require(ex.problems.first { $0.category == "官僚主义" })
        for p in [form, bureau] {
            #expect(p.stance == .warned, "\(p)")
            #expect(p.cueKind == "lead-in" && p.cue == "通报批评" && p.cueClass == "sanction", "\(p)")
        }
    }

    @Test func colonGovernsTheItemsOfItsSentence() throws {
        let ex = try Fixture.extract("检查发现的主要问题:一是重视不够,二是宣传不到位。")
        for category in ["重视不够", "宣传不到位"] {
            let p = try #require(ex.problems.first { $0.category == category })
            #expect(p.stance == .admitted && p.cueKind == "lead-in", "\(p)")
        }
    }

    @Test func problemItemLineIsAnAdmission() throws {
        let ex = try Fixture.extract("问题2:窗口服务推诿扯皮。经查,部分事项办理超时。\n")
        let p = try #require(ex.problems.first { $0.category == "官僚主义" })
        #expect(p.stance == .admitted && p.cue == "问题" && p.cueClass == "problem-heading", "\(p)")
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
        #expect(inSection.first?.cueClass == "problem-heading")
        #expect(inSection.first?.cue.contains("存在的主要问题") == true)
        #expect(inSection.last?.stance == .unknown)
        #expect(ex.problems.first { $0.category == "认识不足" }?.stance == .admitted)
    }

    @Test func adjacentWordingsOfOneCategoryFormOneProblem() throws {
        let ex = try Fixture.extract("要避免“一阵风”、走形式、装样子、做虚功等不良习气。")
        #expect(ex.problems.count == 1)
        #expect(ex.problems.first?.text == "一阵风”、走形式、装样子、做虚功")
        #expect(ex.problems.first?.sentence == "要避免“一阵风”、走形式、装样子、做虚功等不良习气。")
    }
}
