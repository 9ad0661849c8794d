import Foundation
import Testing
import TifaCore
import TifaICU
@testable import TifaIngest
@testable import TifaScript

struct NormalizationTests {
    @Test func converterPinyinGoesAndParenthesesStay() throws {
        let n = try Make.normalizer()
        #expect(try n.normalize("監(jiān)管局長創(chuàng)優(yōu)").string == "监管局长创优")
        #expect(try n.normalize("(一)认识不足,加入(WTO)后,方案(a)和软件(software)").string == "(一)认识不足,加入(WTO)后,方案(a)和软件(software)")
        #expect(try n.normalize("的(de)时候").string == "的时候")
        #expect(try n.normalize("壮(zhuàng)族").string == "壮族")
    }

    @Test func nfkcFoldsFullWidthAndKeepsChinesePunctuation() throws {
        let n = try Make.normalizer()
        #expect(try n.normalize("（一）２０１０年，ＷＴＯ：好！　“是”。《》【】、").string == "(一)2010年,WTO:好! “是”。《》【】、")
        #expect(try n.normalize("㈠①").string == "(一)1")
        #expect(try n.normalize("e\u{301}").string == "é")
        var off = NormalizationOptions()
        off.nfkc = false
        #expect(try Make.normalizer(off).normalize("（一）").string == "（一）")
    }

    @Test func fastPathCharactersAreNFKCStable() throws {
        let nfkc = try TifaICU.Normalizer(.nfkc)
        var checked = 0
        for v in UInt32(0)..<0x10000 where CompatibilityPass.isFast(v) {
            guard let s = Unicode.Scalar(v) else { continue }
            let text = String(Character(s))
            #expect(try nfkc.normalize(text) == text, "U+\(String(v, radix: 16))")
            #expect(nfkc.hasBoundaryBefore(s), "U+\(String(v, radix: 16))")
            checked += 1
        }
        #expect(checked > 20_000)
        for v in UInt32(0xFF01)...0xFF5E {
            #expect(try nfkc.normalize(String(Character(Unicode.Scalar(v)!))) == String(Character(Unicode.Scalar(CompatibilityPass.fold(v)!)!)))
        }
    }

    @Test func traditionalToSimplifiedWithOverrides() throws {
        let n = try Make.normalizer()
        // 乾坤 stays, 乾淨 becomes 干净, 後 becomes 后, 編著 keeps 著.
        #expect(try n.normalize("國家乾坤,衣服乾淨,以後再說,他編著了一本書").string == "国家乾坤,衣服干净,以后再说,他编著了一本书")
        // Simplified lines are not touched: 乾隆 and 著名 stay even though ICU would change them elsewhere.
        #expect(try n.normalize("乾隆年间的著名学者").string == "乾隆年间的著名学者")
        // Only the line with traditional-only characters is converted.
        #expect(try n.normalize("乾隆皇帝\n乾隆時期的發展").string == "乾隆皇帝\n乾隆时期的发展")
        #expect(try n.normalize("慰藉與狼藉").string == "慰藉与狼藉")
    }

    @Test func overrideTableIsValidatedWithLineNumbers() throws {
        let bad = "# format: tifa-t2s-overrides\n# version: 1\n乾坤\t乾\n後\t后\n後\t后\nx\n"
        #expect {
            _ = try ScriptOverrides(text: bad, file: "o.tsv")
        } throws: { error in
            let lines = (error as? TifaError)?.diagnostics.map(\.line) ?? []
            return lines == [3, 5, 6]
        }
        #expect(throws: TifaError.self) { try ScriptOverrides(text: "後\t后\n", file: "o.tsv") }
        let shipped = try ScriptOverrides(contentsOf: Paths.normalizeRules + "/t2s-overrides.tsv")
        #expect(shipped.count >= 10 && shipped.version == "1")
    }

    @Test func scriptIsJudged() throws {
        let n = try Make.normalizer()
        #expect(try n.normalize("我们开展创先争优活动").script == .simplified)
        #expect(try n.normalize("我們開展創先爭優活動").script == .traditional)
        #expect(try n.normalize("我們開展创先争优活动").script == .mixed)
        #expect(try n.normalize("abc 123").script == .undetermined)
    }

    @Test func lostCharactersAreRemovedAndReported() throws {
        let n = try Make.normalizer()
        let r = try n.normalize("????进一步推动 ????在党的基层组织中,为什么?? 真的?")
        #expect(r.string == "进一步推动\n在党的基层组织中,为什么?? 真的?")
        #expect(r.cleaning.lostCharacters == 8)
        #expect(r.cleaning.lostRuns.map(\.start) == [0, 10])
        let f = try n.normalize("好\u{FFFD}\u{FFFD}人")
        #expect(f.string == "好人" && f.cleaning.replacementCharacters == 2)
    }

    @Test func mojibakeIsRemovedAndReported() throws {
        let n = try Make.normalizer()
        let r = try n.normalize("落實責任,確?;顒尤〉脤嵭?\n下一段")
        #expect(r.string == "落实责任,确\n下一段")
        #expect(r.cleaning.mojibakeRuns.count == 1)
        let latin = try n.normalize("标题 å…¬å¼€ 正文")
        #expect(latin.cleaning.mojibakeRuns.count == 1 && !latin.string.contains("å"))
        // Ordinary text with a rare name character is left alone.
        #expect(try n.normalize("彝州先锋走廊,张忠惠同志讲话。").cleaning.mojibakeRuns.isEmpty)
    }

    @Test func boilerplateRulesRemoveWebChrome() throws {
        let n = try Make.normalizer()
        let page = """
        当前位置:首页 >>工作动态
        要用成效取信于民
        2010年09月20日 16:06    信息来源:http://www.example.gov.cn/a/
        创先争优活动中存在的问题点击量: 3529 更新时间: 2010-11-11 信息来源:巴彦淖尔在全国开展活动。
        导语:本文来源于网友上传,不代表本站观点。
        |
        正文 <p>第二段</p> 结束 |
        图为县委书记在会上讲话
        新华社记者 庞兴雷 摄
        责任编辑:张三
        Baidu
        map
        """
        let r = try n.normalize(page)
        #expect(r.string == "要用成效取信于民\n创先争优活动中存在的问题\n巴彦淖尔在全国开展活动。\n正文 第二段 结束\n")
        for rule in ["breadcrumb", "dateline", "view-counter", "publish-time", "source-label", "disclaimer", "stray-pipe",
                     "stray-pipe-edge", "html-tag", "photo-caption", "photo-credit-line", "byline", "footer"] {
            #expect(r.cleaning.removedByRule["boilerplate." + rule, default: 0] > 0, "\(rule)")
        }
    }

    @Test func bodyTextIsNotBoilerplate() throws {
        let n = try Make.normalizer()
        let body = "活动时间:2010年5月1日至10月1日。资金来源:财政拨款。点击这里的意思是关注。\n1.加强领导\n打印机采购10台。"
        #expect(try n.normalize(body).string == body)
    }

    @Test func boilerplateRulesAreValidatedWithLineNumbers() throws {
        let text = "# format: tifa-boilerplate\n# version: 1\nok\tline\t0\t*\tabc\nbad\tpage\t0\t*\tabc\nre\tspan\t0\t*\t(abc\nfew\tline\n"
        #expect {
            _ = try BoilerplateRules(text: text, file: "b.tsv")
        } throws: { error in
            (error as? TifaError)?.diagnostics.map { "\($0.file):\($0.line ?? 0)" } == ["b.tsv:4", "b.tsv:5", "b.tsv:6"]
        }
    }

    @Test func crlfAndOffsetsMapBack() throws {
        let n = try Make.normalizer()
        let original = Array("監(jiān)管\r\n（一）創(chuàng)新".unicodeScalars)
        let r = try n.normalize(original)
        #expect(r.string == "监管\n(一)创新")
        // Each normalised character maps to its source character.
        let expected: [Int] = [0, 7, 8, 10, 11, 12, 13, 22]
        #expect((0..<r.text.count).map { r.offsets.original($0) } == expected)
        #expect(r.offsets.original(r.text.count) == original.count)
        // A range maps to the exact source substring (removed pinyin inside it included).
        let range = r.offsets.original(0..<2)
        #expect(String(String.UnicodeScalarView(original[range])) == "監(jiān)管")
        #expect(r.cleaning.removedByRule["crlf"] == 1 && r.cleaning.removedByRule["pinyin"] == 14)
    }
}

/// The Swift run of ICU's Traditional-Simplified rules gives exactly ICU's output.
struct TransformRulesTests {
    func swiftRun(_ rules: TransformRules, _ text: String) -> String {
        let s = Array(text.unicodeScalars)
        var out = String.UnicodeScalarView()
        var i = 0
        while i < s.count {
            if let r = s.withUnsafeBufferPointer({ rules.match($0, at: i, end: s.count) }) {
                out.append(contentsOf: r.target)
                i += r.source.count
            } else {
                out.append(s[i])
                i += 1
            }
        }
        return String(out)
    }

    @Test func rulesAreReadFromICU() throws {
        let rules = try #require(try ScriptTables.shared.get().transformRules)
        #expect(rules.count > 3000)
        // What one character becomes on its own is the same by the rules as by asking ICU.
        let icu = try ScriptTables.changedCharacters(try Transliterator(id: "Traditional-Simplified"))
        #expect(Set(rules.changedCharacters) == Set(icu))
        #expect(icu.count > 2500)
    }

    @Test(.enabled(if: Paths.hasSighan)) func swiftRunEqualsICUOnTheASText() throws {
        let rules = try #require(try ScriptTables.shared.get().transformRules)
        let icu = try Transliterator(id: "Traditional-Simplified")
        let text = try String(contentsOf: Paths.shared.appendingPathComponent("eval/sighan2005/as_test.utf8"), encoding: .utf8)
        let swift = swiftRun(rules, text)
        let reference = try icu.transliterate(text)
        #expect(swift == reference)
        #expect(swift != text)
        // Phrase rules are honoured: 計畫 → 计划, 沈重 → 沉重, but 著名 stays.
        #expect(swiftRun(rules, "研究計畫,壓力沈重,著名學者") == (try icu.transliterate("研究計畫,壓力沈重,著名學者")))
    }

    @Test(.enabled(if: Paths.hasSighan)) func normalizerConvertsLikeICULineByLine() throws {
        var options = NormalizationOptions()
        options.nfkc = false
        options.removePinyin = false
        options.removeBoilerplate = false
        options.removeLostCharacters = false
        let noOverrides = try ScriptOverrides(text: "# format: tifa-t2s-overrides\n# version: 0\n", file: "none")
        let rules = NormalizationRules(boilerplate: try Make.rules().boilerplate, overrides: noOverrides)
        let normalizer = try TextNormalizer(rules: rules, options: options)
        let tables = try ScriptTables.shared.get()
        let icu = try Transliterator(id: "Traditional-Simplified")
        let text = try String(contentsOf: Paths.shared.appendingPathComponent("eval/sighan2005/as_test.utf8"), encoding: .utf8)
            .replacingOccurrences(of: "\r\n", with: "\n")
        let expected = try text.split(separator: "\n", omittingEmptySubsequences: false).map { line in
            line.unicodeScalars.contains(where: tables.isTraditionalOnly) ? try icu.transliterate(String(line)) : String(line)
        }.joined(separator: "\n")
        #expect(try normalizer.normalize(text).string == expected)
    }
}
