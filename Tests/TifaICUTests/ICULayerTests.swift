import Testing
@testable import TifaICU

@Suite struct ICULayerTests {
    @Test func versionIsSystemICU() {
        #expect(ICU.version.split(separator: ".").count >= 2)
    }

    @Test func wordBreakSplitsChineseAndKinds() throws {
        let wb = try WordBreaker()
        let text = Array("我们在2010年开展活动。".utf16)
        var words: [String] = []
        var kinds: [WordBreaker.RuleKind] = []
        try wb.segments(of: text) { seg in
            words.append(String(decoding: text[seg.start..<seg.end], as: UTF16.self))
            kinds.append(seg.kind)
        }
        #expect(words.joined() == "我们在2010年开展活动。")
        #expect(words.contains("2010"))
        #expect(kinds[words.firstIndex(of: "2010")!] == .number)
        #expect(kinds.last == WordBreaker.RuleKind.none)
    }

    @Test func traditionalToSimplified() throws {
        let tr = try Transliterator(id: "Traditional-Simplified")
        #expect(try tr.transliterate("監管局長創優活動") == "监管局长创优活动")
    }

    @Test func badTransliteratorIdThrowsWithCall() {
        #expect {
            _ = try Transliterator(id: "No-Such-Transform")
        } throws: { error in
            (error as? ICUError)?.call == "utrans_openU" && (error as? ICUError)?.code ?? 0 > 0
        }
    }

    @Test func decodesGB18030AndCountsInvalidBytes() throws {
        let gb: [UInt8] = [0xD6, 0xD0, 0xCE, 0xC4]  // 中文
        let ok = try Converter.decode(gb, charset: "GB18030")
        #expect(String(decoding: ok.utf16, as: UTF16.self) == "中文")
        #expect(ok.invalidCount == 0)
        let bad = try Converter.decode([0x41, 0xA4, 0x20, 0x42], charset: "Big5")
        #expect(bad.invalidCount == 1)
        #expect(bad.firstInvalidOffset == 1)
        let truncated = try Converter.decode([0x41, 0xD6], charset: "GB18030")
        #expect(truncated.invalidCount == 1)
        #expect(String(decoding: bad.utf16, as: UTF16.self).contains("\u{FFFD}"))
    }

    @Test func detectsUTF8() throws {
        let matches = try CharsetDetector.detect(Array("这是一个用于检测字符集的中文句子，内容足够长。".utf8))
        #expect(matches.first?.charset == "UTF-8")
    }

    @Test func nfkcFoldsFullWidth() throws {
        let n = try Normalizer(.nfkc)
        #expect(try n.normalize("１２３，ＡＢＣ（一）") == "123,ABC(一)")
        #expect(try n.normalize("“”、。") == "“”、。")
    }

    @Test func regexFindsGroupsAndReportsBadPattern() throws {
        let re = try ICURegex("(\\p{Han})\\(([a-zāáǎàōóǒòēéěèīíǐìūúǔùüǖǘǚǜ]+)\\)")
        let m = try re.matches(in: "創(chuàng)優(yōu)")
        #expect(m.count == 2)
        #expect(m[0].range == 0..<9)
        #expect {
            _ = try ICURegex("(unclosed")
        } throws: { ($0 as? ICUError)?.call == "uregex_open" }
    }
}
