import Testing
import TifaCore
@testable import TifaExtract

/// Slogan and formula discovery beyond the codebooks.
struct DiscoveryTests {
    func slogans(_ text: String, _ kind: SloganKind) throws -> [String] {
        try Fixture.extract(text).slogans.filter { $0.kind == kind }.map(\.text)
    }

    @Test func quotationsAreClassified() throws {
        let text = """
            要把握“质量是基础,安全是底线”的要求,激励大家“比”出干劲,要以“实”为本。今年的“6.25”土地日,\
            争创“文明科室(窗口)”,学习《关于深入开展创先争优活动的意见》,营造“人人都可成才”的环境,\
            有人说是“形式主义”,还有「书记抓、抓书记」和『五带头』。这是进步的“催化剂”。都要强调“服务群众”。
            """
        let quoted = try slogans(text, .quoted)
        #expect(quoted == ["质量是基础,安全是底线", "人人都可成才", "书记抓、抓书记", "五带头"])
    }

    @Test func numberedFormulasAreFoundAndCountsRejected() throws {
        let text = "坚持两学一做,践行三严三实,深入学习十九大精神,推行五讲四美。三个月来,五年来,第一次来到一个偏僻的山村,千方百计。"
        let numbered = try slogans(text, .numbered)
        #expect(numbered == ["十九大", "五讲四美"] || Set(numbered).isSuperset(of: ["十九大", "五讲四美"]))
        for count in ["三个月", "五年来", "第一次", "一个偏僻", "千方百计"] {
            #expect(!numbered.contains { $0.contains(count) || count.contains($0) }, "\(count) in \(numbered)")
        }
        // 两学一做 and 三严三实 are codebook terms: they come out as codebook slogans on the same span.
        #expect(Set(try slogans(text, .codebook)).isSuperset(of: ["两学一做", "三严三实"]))
    }

    @Test func announcedNumberedFormulaOutsideQuotes() throws {
        let numbered = try slogans("全体党员要做到四个服从,增强三个自觉的要求。会上讨论了三个问题。", .numbered)
        #expect(numbered == ["四个服从", "三个自觉"])
    }

    @Test func quotedFormulasAreCountedWhereverTheyRecur() throws {
        let text = "开展“五比五创”活动。五比五创要落到实处。"
        #expect(try slogans(text, .quoted) == ["五比五创"])
        #expect(try slogans(text, .numbered) == ["五比五创"])
    }

    @Test func parallelSeries() throws {
        let p = try slogans("以工作争先,服务争先,业绩争先为目标。开展比学习,创一流素质;比团结,创一流队伍;比服务,创一流作风。", .parallel)
        #expect(p == ["工作争先,服务争先,业绩争先", "比学习,创一流素质;比团结,创一流队伍;比服务,创一流作风"])
        #expect(try slogans("产量达到四百万吨,六百万吨,九百万吨。", .parallel).isEmpty)
        // A 、-list sharing only its ending is a plain list; sharing its beginning, a slogan.
        #expect(try slogans("加大对革命老区、民族地区、边疆地区、贫困地区的支持。", .parallel).isEmpty)
        #expect(try slogans("培养有理想、有道德、有文化、有纪律的新人。", .parallel) == ["有理想、有道德、有文化、有纪律"])
    }

    @Test func enumerations() throws {
        let e = try slogans("一是作一次公开承诺。内容略。二是树一个先进标杆,广泛宣传。三是建一套工作机制。", .enumeration)
        #expect(e == ["作一次公开承诺", "树一个先进标杆", "建一套工作机制"])
        #expect(try slogans("这一是非问题。", .enumeration).isEmpty)
    }

    @Test func formulaDefinitionBecomesACriteriaSet() throws {
        let ex = try Fixture.extract("我局以“三个一”活动,即读一本好书、写一篇心得、办一件实事为载体。年底前每人写一篇心得。")
        let set = try #require(ex.criteria.first { $0.set == "三个一" })
        #expect(set.source == "document")
        #expect(set.named)
        #expect(set.items == ["读一本好书", "写一篇心得", "办一件实事"])
        #expect(set.total == 3)
        #expect(set.mentions.filter { $0.item == "写一篇心得" }.count == 2)
    }

    @Test func criteriaCoverageNamedUnnamedAndVariants() throws {
        let ex = try Fixture.extract("""
            党员要做到五带头,即带头学习提高、带头遵纪守法。通过公开承诺、领导点评的方式推进。只做出公开承诺不算。
            """)
        let five = try #require(ex.criteria.first { $0.set == "五带头" })
        #expect(five.named && five.items == ["带头学习提高", "带头遵守纪律"] && five.total == 5)
        #expect(five.mentions.contains { $0.kind == "item" && $0.text == "带头遵纪守法" && $0.item == "带头遵守纪律" })
        let methods = try #require(ex.criteria.first { $0.set == "活动方式" })
        #expect(!methods.named && methods.items == ["公开承诺", "领导点评"])
        // One method alone is reported too: k of n, with no threshold (that belongs to the report).
        let one = try #require(try Fixture.extract("要做出公开承诺。").criteria.first { $0.set == "活动方式" })
        #expect(one.items == ["公开承诺"] && one.stated == 1 && one.total == 4 && !one.named)
    }

    /// Class: an unnamed set with a single stated item (力戒形式主义 states one of the 四风).
    @Test func singleUnnamedItemIsReported() throws {
        let ex = try Fixture.extract("各级干部要力戒形式主义,真抓实干。")
        let winds = try #require(ex.criteria.first { $0.set == "四风" })
        #expect(!winds.named && winds.items == ["形式主义"] && winds.stated == 1 && winds.total == 4)
    }

    /// Class: a criteria item inside a longer problem wording (搞形式 + 主义) is still the item.
    @Test func problemWordingDoesNotCutACriteriaItem() throws {
        let ex = try Fixture.extract("我们决不能搞形式主义。")
        #expect(ex.criteria.first { $0.set == "四风" }?.items == ["形式主义"])
    }

    /// Class: one slot, two historical wordings; each is reported under its own name and fills the same slot.
    @Test func fourComprehensivesFirstSlotTakesEitherWording() throws {
        let before = try Fixture.extract("协调推进全面建成小康社会、全面深化改革。")
        let set = try #require(before.criteria.first { $0.set == "四个全面" })
        #expect(set.items == ["全面建成小康社会", "全面深化改革"])
        #expect(set.stated == 2 && set.total == 4)
        let after = try Fixture.extract("开启全面建设社会主义现代化国家新征程,全面建成小康社会已经实现。")
        let slot = try #require(after.criteria.first { $0.set == "四个全面" })
        #expect(slot.items.count == 2 && slot.stated == 1)
    }

    /// Class: homonyms of an item (党的政治建设 is party building, not the 五位一体 item).
    @Test func itemHomonymsAreExcluded() throws {
        let ex = try Fixture.extract("把党的政治建设摆在首位。推进经济建设和政治建设。")
        #expect(ex.criteria.first { $0.set == "五位一体" }?.mentions.filter { $0.item == "政治建设" }.count == 1)
    }
}

extension DiscoveryTests {
    @Test func arbitraryTextNeverCrashesAndOffsetsStayInRange() throws {
        let alphabet = Array("一二三四五六七八九十两个是即第的和、,;:。!?“”「」『』《》()五带头好形式主义走过场如果防止存在有些对要严肃追究没有总结比学习创争先 \n6.2a".unicodeScalars)
        var rng = SystemRandomNumberGenerator()
        for length in [0, 1, 2, 3, 17, 200, 2000] {
            for _ in 0..<20 {
                var s = String.UnicodeScalarView()
                for _ in 0..<length { s.append(alphabet.randomElement(using: &rng)!) }
                let text = String(s)
                let doc = TextDocument(path: "fuzz", original: Array(text.unicodeScalars), text: Array(text.unicodeScalars),
                                       offsets: OffsetMap(identity: text.unicodeScalars.count))
                let ex = Fixture.extractor.extract(doc)
                let n = doc.original.count
                let spans = ex.slogans.map { ($0.start, $0.end) } + ex.problems.map { ($0.start, $0.end) }
                    + ex.terms.map { ($0.start, $0.end) } + ex.criteria.flatMap { $0.mentions.map { ($0.start, $0.end) } }
                #expect(spans.allSatisfy { $0.0 >= 0 && $0.0 <= $0.1 && $0.1 <= n })
            }
        }
    }
}
