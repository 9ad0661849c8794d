import Foundation
import Testing
import TifaCore
import TifaICU
import TifaScript
@testable import TifaIngest

/// Hong Kong and Taiwan charsets, private-use characters, and mojibake found only on evidence of a wrong decode.
struct WrongDecodeTests {
    /// Hong Kong text with HKSCS characters (埗, 邨, 堃, 叶 as a surname) and plain traditional ones.
    static let hongKong = """
        深水埗區議會昨日舉行會議，討論區內公共屋邨的管理與環境衛生問題。
        議員叶澍堃先生表示，屋邨居民對維修工程的進度頗有意見，希望房屋署盡快跟進。
        會議亦討論了深水埗的交通安排及社區設施。

        """

    @Test func bigFiveHKSCSIsDetectedAndDecodesExactly() throws {
        let bytes = try Converter.encode(Self.hongKong, charset: "Big5-HKSCS")
        // Plain Big5 turns the Hong Kong characters into Private Use Area code points.
        let big5 = try TextDecoder.decode(bytes, encoding: "big5", file: "hk.txt")
        #expect(big5.scalars.contains { $0.isPrivateUse })
        let detected = try TextDecoder.decode(bytes, file: "hk.txt")
        #expect(detected.encoding == "Big5-HKSCS" && detected.method == "detected")
        #expect(detected.scalars.string == Self.hongKong)
        let forced = try TextDecoder.decode(bytes, encoding: "big5-hkscs", file: "hk.txt")
        #expect(forced.encoding == "Big5-HKSCS" && forced.method == "override" && forced.scalars.string == Self.hongKong)
        // The quality report names the encoding and finds no private-use character.
        let doc = try Make.builder().ingest(bytes: bytes, path: "hk.txt")
        #expect(doc.quality.encoding == "Big5-HKSCS" && doc.quality.privateUseCharacters == 0)
    }

    @Test func plainBigFiveTextStaysBigFive() throws {
        let text = "我們要堅決反對形式主義和官僚主義，認真解決群眾反映強烈的問題。\n"
        let decoded = try TextDecoder.decode(try Converter.encode(text, charset: "Big5"), file: "tw.txt")
        #expect(decoded.encoding == "Big5" && decoded.scalars.string == text)
    }

    @Test func privateUseCharactersAreCountedAndFlagged() throws {
        let bytes = try Converter.encode(Self.hongKong, charset: "Big5-HKSCS")
        let doc = try Make.builder().ingest(bytes: bytes, path: "hk.txt", encoding: "big5")
        let original = doc.document.original
        let expected = original.indices.filter { original[$0].isPrivateUse }
        #expect(expected.count == 6)  // 埗 ×2, 邨 ×2, 叶, 堃
        #expect(doc.quality.privateUseCharacters == expected.count)
        #expect(doc.quality.firstPrivateUseOffsets == expected)
        #expect(doc.quality.encoding == "Big5")
        let warning = try #require(doc.diagnostics.first { $0.code == "ingest.private-use" })
        #expect(warning.line == 1)
        // Kept in the text, whatever the encoding: UTF-8 too.
        let utf8 = try Make.builder().ingest(text: "会议在\u{E000}举行", path: "p.txt")
        #expect(utf8.quality.privateUseCharacters == 1 && utf8.quality.firstPrivateUseOffsets == [3])
        #expect(utf8.document.text.contains("\u{E000}"))
    }

    @Test func eucTWIsDetectedNotReadAsGB18030() throws {
        let text = """
            立法院今日審議預算案，行政院長列席報告施政方針，強調經濟發展與社會福利並重。
            各黨團對於國防與教育經費的分配意見不一，會議將於下週繼續進行。

            """
        let bytes = try Converter.encode(text, charset: "EUC-TW")
        let decoded = try TextDecoder.decode(bytes, file: "tw.txt")
        #expect(decoded.encoding == "EUC-TW")
        #expect(decoded.scalars.string == text)
        #expect(TextDecoder.canonical("euc-tw") == "EUC-TW")
    }

    @Test func rareButValidCharactersStayWhole() throws {
        let n = try Make.normalizer()
        for sentence in [
            "查获罂粟壳、罂粟籽共计十二公斤，依法予以没收。",
            "这座古城熠熠生辉，镌刻着峥嵘岁月，赓续着红色血脉。",
            "沭阳、邳州、郯城三地联合开展执法检查。",
            "滩涂养殖缢蛏、牡蛎、贻贝等贝类。",
            "什么是罂粟壳?罂粟籽又是什么?",
        ] {
            let r = try n.normalize(sentence)
            #expect(r.cleaning.mojibakeRuns.isEmpty, "\(sentence)")
            let han = { (s: [Unicode.Scalar]) in s.filter(\.isHan).count }
            #expect(han(r.text) == han(Array(sentence.unicodeScalars)), "\(sentence) lost characters: \(r.string)")
        }
    }

    @Test func utf8ReadAsGBKIsRemovedOnEvidence() throws {
        // UTF-8 bytes of a phrase decoded as GB18030: the classic mis-decode (鍏紑…).
        let utf8 = Array("公开透明的工作".utf8)
        let misread = String(decoding: try Converter.decode(utf8, charset: "GB18030").utf16, as: UTF16.self)
        let text = "政务" + misread + "要求。"
        let r = try Make.normalizer().normalize(text)
        #expect(r.cleaning.mojibakeRuns.count == 1)
        #expect(r.string.hasPrefix("政务") && r.string.hasSuffix("要求。"))
        #expect(!r.string.contains(where: { misread.contains($0) && !"政务要求。".contains($0) }))
    }

    @Test func replacementCharactersReadAsGBKAreRemovedAndReported() throws {
        // How 锟斤拷 is made: a GBK text carries the UTF-8 bytes of lost characters (U+FFFD = EF BF BD); read as
        // GBK, each pair of them becomes 锟斤拷, and the result is saved as UTF-8.
        let fffd: [UInt8] = [0xEF, 0xBF, 0xBD]
        let bytes = try Converter.encode("今年共完成", charset: "GBK") + fffd + fffd + (try Converter.encode("项目，", charset: "GBK"))
            + fffd + fffd + fffd + fffd + (try Converter.encode("工程进展顺利。", charset: "GBK"))
        let misread = String(decoding: try Converter.decode(bytes, charset: "GBK").utf16, as: UTF16.self)
        #expect(misread == "今年共完成锟斤拷项目，锟斤拷锟斤拷工程进展顺利。")
        let doc = try Make.builder().ingest(bytes: Array(misread.utf8), path: "k.txt")
        #expect(doc.document.text.string == "今年共完成项目,工程进展顺利。")
        #expect(!doc.document.text.string.contains("锟") && !doc.document.text.string.contains("拷"))
        #expect(doc.quality.cleaning.mojibakeRuns.count == 2)
        #expect(doc.diagnostics.contains { $0.code == "ingest.mojibake" })
        // The characters alone are valid text and stay: 斤 (a weight), 拷 (拷贝), 锟 (a rare name character).
        let valid = try Make.builder().ingest(text: "买了三斤苹果，拷贝文件，锟铻之剑。", path: "v.txt")
        #expect(valid.document.text.string == "买了三斤苹果,拷贝文件,锟铻之剑。")
    }

    @Test func latinLettersWithoutEvidenceAreReportedNotRemoved() throws {
        let r = try Make.normalizer().normalize("德语字母ÄÖÜ的读法")
        #expect(r.cleaning.mojibakeRuns.isEmpty && r.string.contains("ÄÖÜ"))
        #expect(r.cleaning.mojibakeSuspectRuns.count == 1)
    }

    /// Every valid UTF-8 file of the shipped and shared corpora keeps every Han character through normalisation
    /// (boilerplate removal off), except the one known mis-decoded run of seed 001.
    @Test func validUTF8CorporaLoseNothing() throws {
        var options = NormalizationOptions()
        options.removeBoilerplate = false
        let n = try Make.normalizer(options)
        var checked = 0
        for folder in [Paths.root.appendingPathComponent("Corpus"), Paths.shared.appendingPathComponent("corpora")] {
            guard let files = FileManager.default.enumerator(atPath: folder.path) else { continue }
            for case let name as String in files where name.hasSuffix(".txt") || name.hasSuffix(".md") {
                let bytes = [UInt8](try Data(contentsOf: folder.appendingPathComponent(name)))
                guard let scalars = ScalarText.scalars(validatingUTF8: bytes) else { continue }
                let r = try n.normalize(scalars, file: name)
                let lost = scalars.filter(\.isHan).count - r.text.filter(\.isHan).count
                let mojibake = r.cleaning.mojibakeRuns.reduce(0) { $0 + $1.end - $1.start }
                if name.hasPrefix("seeds/001") {
                    #expect(r.cleaning.mojibakeRuns.count == 1 && lost <= mojibake, "\(name)")
                } else {
                    #expect(lost == 0 && r.cleaning.mojibakeRuns.isEmpty, "\(name): \(lost) Han characters lost")
                }
                checked += 1
            }
        }
        #expect(checked >= 50)
    }
}
