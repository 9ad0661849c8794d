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
        #expect(quoted == ["质量是基础,安全是底线", "人人都可成才", "书记抓、抓书记"])
        let ex = try Fixture.extract(text)
        #expect(ex.slogans.contains { $0.text == "五带头" && $0.kind == .numbered && $0.quoted == true })
        let classes = Dictionary(ex.quotations.map { ($0.text, $0.quoteClass) }, uniquingKeysWith: { a, _ in a })
        #expect(classes["文明科室(窗口)"] == .name && classes["形式主义"] == .metaphor && classes["催化剂"] == .metaphor)
        #expect(classes["服务群众"] == .quotation && classes["比"] == .metaphor && classes["五带头"] == .slogan)
    }

    func quoteClass(_ text: String, _ quote: String) throws -> QuoteClass? {
        try Fixture.extract(text).quotations.first { $0.text == quote }?.quoteClass
    }

    /// Class name: events, campaigns, projects, honours and systems are noun phrases ending in a head noun.
    @Test func namesAreNotSlogans() throws {
        #expect(try quoteClass("今年启动“蓝天工程”建设。", "蓝天工程") == .name)
        #expect(try quoteClass("他被评为“优秀标兵”。", "优秀标兵") == .name)
        #expect(try quoteClass("全面推行“首问负责制”。", "首问负责制") == .name)
        #expect(try quoteClass("型号为“神鹰3号”。", "神鹰3号") == .name)
        #expect(try slogans("今年启动“蓝天工程”建设。", .quoted).isEmpty)
    }

    /// Class metaphor: short concrete nouns, single words and numeral idioms in scare quotes.
    @Test func metaphorsAndCatchphrasesAreNotSlogans() throws {
        #expect(try quoteClass("农业是经济的“定盘石”。", "定盘石") == .metaphor)
        #expect(try quoteClass("防止“一刀切”。", "一刀切") == .metaphor)
        #expect(try quoteClass("搞“一言堂”要不得。", "一言堂") == .metaphor)
        #expect(try quoteClass("清除发展的“绊脚石”,打通“最后一公里”。", "最后一公里") == .metaphor)
        #expect(try Fixture.extract("防止“一刀切”。").slogans.isEmpty)
    }

    /// Class metaphor: a role verb before the quote casts someone as what it names; a problem word after it files a
    /// catchphrase as a problem. Words that only end like a role verb (应当, 叫做) leave a motto a slogan.
    @Test func rolesAndProblemWordsMakeScareQuotes() throws {
        #expect(try quoteClass("有的干部只想当“甩手掌柜”。", "甩手掌柜") == .metaphor)
        #expect(try quoteClass("把会议室变成了“临时仓库房”。", "临时仓库房") == .metaphor)
        #expect(try quoteClass("要防止出现“新官不理旧账”等问题。", "新官不理旧账") == .metaphor)
        #expect(try quoteClass("坚决整治“吃拿卡要”之风。", "吃拿卡要") == .metaphor)
        #expect(try quoteClass("我们应当“真抓实干”。", "真抓实干") == .slogan)
        #expect(try quoteClass("这就叫做“久久为功”。", "久久为功") == .slogan)
        // A name keeps its class whatever the words around it (a head noun decides first).
        #expect(try quoteClass("他被誉为“十佳标兵”。", "十佳标兵") != .slogan)
        #expect(try slogans("要防止出现“新官不理旧账”等问题。", .quoted).isEmpty)
    }

    /// Class quotation: speech after a verb of saying, proverbs and classical citations.
    @Test func speechAndProverbsAreQuotations() throws {
        #expect(try quoteClass("老支书说:“咱们村的路修好了”。", "咱们村的路修好了") == .quotation)
        #expect(try quoteClass("俗话说“众人拾柴火焰高”。", "众人拾柴火焰高") == .quotation)
        #expect(try quoteClass("他讲:“要把群众的事当成自己的事。”", "要把群众的事当成自己的事。") == .quotation)
    }

    /// Class slogan: parallel mottos, verb slogans and quoted numbered formulas, also 双X and ASCII quotes.
    @Test func slogansKeepTheirForms() throws {
        #expect(try quoteClass("坚持“抓基层、打基础”。", "抓基层、打基础") == .slogan)
        #expect(try quoteClass("实施“走出去”战略。", "走出去") == .slogan)
        #expect(try Fixture.extract("落实“双减”政策。").slogans.contains { $0.text == "双减" && $0.kind == .numbered })
        let ascii = try Fixture.extract("贯彻\"三个一\"要求,落实\"抓基层、打基础\"。")
        #expect(ascii.slogans.filter { $0.quoted == true }.map(\.text) == ["三个一", "抓基层、打基础"])
        // A file that uses curly quotes keeps ASCII quotes out (inch marks, code).
        #expect(try Fixture.extract("规格为“十二寸”屏幕,尺寸 5\" 或 7\" 的。").quotations.map(\.text) == ["十二寸"])
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

    /// Classes of numbered formula outside quotes: measure word + formula head, plenums, plan numbers,
    /// listed abbreviations; counts and ordinals stay out.
    @Test func numberedFormulaClasses() throws {
        let numbered = try slogans("""
            严格执行中央八项规定,坚持四项基本原则,完成三项任务。党的十七届四中全会和二中、三中全会,            “九五”期间和十一五规划,开好两会,做好三农工作,跑了三公里,用了三个月,第三次会议,落实“三项制度”。
            """, .numbered)
        for f in ["八项规定", "四项基本原则", "四中全会", "二中", "三中全会", "九五", "十一五", "两会", "三农", "三项制度"] {
            #expect(numbered.contains(f), "\(f) in \(numbered)")
        }
        for c in ["三项任务", "三公", "三个月", "第三次", "三次", "十七届"] {
            #expect(!numbered.contains { $0 == c || $0.hasPrefix(c) }, "\(c) in \(numbered)")
        }
    }

    @Test func announcedNumberedFormulaOutsideQuotes() throws {
        let numbered = try slogans("全体党员要做到四个服从,增强三个自觉的要求。会上讨论了三个问题。", .numbered)
        #expect(numbered == ["四个服从", "三个自觉"])
    }

    /// Class: a short quoted count that the next word names as a set is that set's label; without such a word
    /// it stays a count.
    @Test func aQuotedCountNamedAsASetIsAFormulaLabel() throws {
        let ex = try Fixture.extract("各支部对照“三句话”要求查找差距,落实“四件事”目标。他讲了“三句话”,办了“四件事”。")
        let labels = ex.slogans.filter { $0.kind == .numbered && $0.quoted == true }.map(\.text)
        #expect(labels == ["三句话", "四件事"])
        #expect(ex.quotations.filter { $0.text == "三句话" }.map(\.quoteClass) == [.slogan, .metaphor])
        #expect(ex.quotations.filter { $0.text == "四件事" }.map(\.quoteClass) == [.slogan, .metaphor])
    }

    @Test func quotedFormulasAreCountedWhereverTheyRecur() throws {
        let text = "开展“五比五创”活动。五比五创要落到实处。"
        #expect(try slogans(text, .quoted).isEmpty)
        #expect(try slogans(text, .numbered) == ["五比五创", "五比五创"])
        #expect(try Fixture.extract(text).slogans.map(\.quoted) == [true, nil])
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
