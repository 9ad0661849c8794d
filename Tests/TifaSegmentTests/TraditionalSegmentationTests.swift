import Foundation
import Testing
import TifaCore
import TifaScript
@testable import TifaSegment

/// Traditional text is segmented through its simplified projection; tokens keep the original characters and offsets.
@Suite struct TraditionalSegmentationTests {
    /// Token ranges of a text.
    func ranges(_ text: String, _ segmenter: Segmenter = Shipped.segmenter) throws -> [Range<Int>] {
        try segmenter.makeTokenizer().segment(Array(text.unicodeScalars)).map(\.range)
    }

    @Test func traditionalLinesSegmentLikeTheirSimplifiedTwins() throws {
        let pairs = [
            ("我們要堅決反對形式主義和官僚主義，認真解決群眾反映強烈的問題。", "我们要坚决反对形式主义和官僚主义，认真解决群众反映强烈的问题。"),
            ("這個區議會昨日舉行會議，討論屋邨管理與環境衛生。", "这个区议会昨日举行会议，讨论屋邨管理与环境卫生。"),
            ("他們對經濟發展的前景頗為樂觀，頭髮也白了。", "他们对经济发展的前景颇为乐观，头发也白了。"),
        ]
        for (traditional, simplified) in pairs {
            #expect(traditional.unicodeScalars.count == simplified.unicodeScalars.count)
            #expect(try ranges(traditional) == ranges(simplified), "\(traditional)")
        }
        // The tokens hold the original characters.
        #expect(try words("我們要堅決反對形式主義").joined(separator: " ") == "我們 要 堅決 反對 形式主義")
    }

    @Test func lexiconTermsStayWholeInEitherScript() throws {
        for (text, terms) in [("存在重承諾輕踐諾、松勁懈怠情緒的問題", ["重承諾輕踐諾", "松勁懈怠情緒"]),
                              ("深入開展創先爭優活動，反對形式主義", ["創先爭優活動", "形式主義"])] {
            let got = try words(text)
            for term in terms { #expect(got.contains(term), "\(term) not whole in \(got)") }
        }
    }

    @Test func termsWrittenInTraditionalMatchBothScripts() throws {
        let codebook = Lexicon(name: "codebook", role: .codebook, terms: ["兩張皮現象"])
        let segmenter = Segmenter(lexicons: Shipped.lexicons + [codebook], projection: Shipped.projection)
        #expect(try words("黨建和業務兩張皮現象仍然存在", segmenter).contains("兩張皮現象"))
        #expect(try words("党建和业务两张皮现象仍然存在", segmenter).contains("两张皮现象"))
        // Without a projection, traditional text falls apart.
        let plain = Segmenter(lexicons: Shipped.lexicons)
        #expect(try !words("反對形式主義", plain).contains("形式主義"))
    }

    @Test func simplifiedLinesAreNotProjected() throws {
        // 著 and 乾 are changed by the transform but belong to simplified text too: a line without a
        // traditional-only character is segmented as written.
        let text = "著名作家乾隆年间的故事"
        let plain = Segmenter(lexicons: Shipped.lexicons)
        #expect(try ranges(text) == ranges(text, plain))
    }

    /// Many-to-one (髮/發 → 发), context-dependent (乾隆 stays, 乾淨 → 干净; 著名 stays, 看著 → 看着), characters
    /// outside the BMP (two UTF-16 units, four UTF-8 bytes), CRLF and a BOM: every JSONL record's offsets give back its
    /// text from the original file, and the line's script is recorded.
    @Test func jsonlOffsetsStayExactOnTraditionalText() throws {
        let text = "\u{FEFF}頭髮與發展，乾隆年間乾淨的𡃁仔看著著名的屋邨\r\n簡體：头发\n𠮟責他們🙂的錯誤\n"
        let url = try temporaryFile(Array(text.utf8))
        defer { try? FileManager.default.removeItem(at: url.deletingLastPathComponent()) }
        let fd = open(url.path, O_RDONLY)
        try #require(fd >= 0)
        defer { close(fd) }
        var out: [UInt8] = []
        try SegmentStream(segmenter: Shipped.segmenter, format: .jsonl, jobs: 2, chunkBytes: 64).run(fd: fd, name: "t.txt") {
            out.append(contentsOf: $0)
        }
        let scalars = Array(text.unicodeScalars)
        var scripts: [Int: String] = [:]
        var covered = 0
        for line in String(decoding: out, as: UTF8.self).split(separator: "\n") {
            let record = try #require(try JSONSerialization.jsonObject(with: Data(line.utf8)) as? [String: Any])
            let start = try #require(record["start"] as? Int), end = try #require(record["end"] as? Int)
            let token = try #require(record["text"] as? String)
            #expect(String(String.UnicodeScalarView(scalars[start..<end])) == token)
            scripts[try #require(record["line"] as? Int)] = record["script"] as? String
            covered += end - start
        }
        #expect(scripts == [1: "traditional", 2: "mixed", 3: "traditional"])
        #expect(covered == scalars.filter { !$0.properties.isWhitespace && $0.value != 0xFEFF }.count)
    }

    @Test func projectionKeepsLengthAndHonoursOverrides() throws {
        let p = Shipped.projection
        #expect(p.project("乾隆年間乾淨的頭髮與發展") == "乾隆年间干净的头发与发展")
        #expect(p.project("著名作家") == "著名作家")  // no traditional-only character: unchanged
        let mixed = "𡃁仔\r\n後來🙂"
        #expect(p.project(mixed).unicodeScalars.count == mixed.unicodeScalars.count)
    }

    @Test(.enabled(if: FileManager.default.fileExists(atPath: Self.sighanAS.path)))
    func projectionOfTheASTextKeepsEveryPosition() throws {
        let text = try String(contentsOf: Self.sighanAS, encoding: .utf8)
        let projected = Shipped.projection.project(text)
        #expect(projected.unicodeScalars.count == text.unicodeScalars.count)
        #expect(projected != text)
    }

    static var sighanAS: URL { packageRoot.appendingPathComponent("../shared/eval/sighan2005/as_test.utf8").standardizedFileURL }
}

/// Codebook terms are never cut by an overlapping lexicon entry; forced terms yield to longer overlapping ones.
@Suite struct TermPriorityTests {
    @Test func codebookTermsWinOverOverlappingForcedTerms() throws {
        let forced = Lexicon(name: "domain", terms: ["搞形式", "主义者联盟", "形式"])
        let codebook = Lexicon(name: "codebook", role: .codebook, terms: ["形式主义"])
        let segmenter = Segmenter(lexicons: Shipped.lexicons + [forced, codebook])
        #expect(try words("不搞形式主义者联盟", segmenter) == ["不", "搞", "形式主义", "者", "联盟"])
        #expect(try words("不搞形式。", segmenter) == ["不", "搞形式", "。"])
        // With 形式主义 only forced, the shorter overlapping 搞形式 yields to it.
        let bothForced = Segmenter(lexicons: Shipped.lexicons + [forced, Lexicon(name: "u", terms: ["形式主义"])])
        #expect(try words("不搞形式主义", bothForced) == ["不", "搞", "形式主义"])
    }

    @Test func forcedTermYieldsToALongerOverlappingOne() throws {
        let forced = Lexicon(name: "u", terms: ["搞形式", "形式主义"])
        let segmenter = Segmenter(lexicons: [forced])
        #expect(try words("不搞形式主义", segmenter).suffix(1) == ["形式主义"])
        #expect(try words("搞形式走过场", segmenter).first == "搞形式")
        // Equal length: the leftmost stays.
        let equal = Segmenter(lexicons: [Lexicon(name: "u", terms: ["甲乙", "乙丙"])])
        #expect(try words("甲乙丙", equal).first == "甲乙")
    }

    @Test func codebookRoleIsReadFromTheHeader() throws {
        let text = "# tifa-lexicon v1\n# version: 1\n# role: codebook\n形式主义\n"
        #expect(try Lexicon(bytes: Array(text.utf8), source: "c.txt").role == .codebook)
    }
}
