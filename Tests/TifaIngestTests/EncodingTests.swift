import Foundation
import Testing
import TifaCore
@testable import TifaIngest

struct EncodingTests {
    /// Text without CR, so line endings do not count.
    static func lines(_ s: String) -> String { s.replacingOccurrences(of: "\r\n", with: "\n") }

    @Test(.enabled(if: Paths.hasSighan), arguments: [("pku_test", "GB18030"), ("as_test", "Big5")])
    func sighanSamplesDecodeExactly(name: String, charset: String) throws {
        let dir = Paths.shared.appendingPathComponent("eval/sighan2005")
        let bytes = [UInt8](try Data(contentsOf: dir.appendingPathComponent("\(name).txt")))
        let expected = try String(contentsOf: dir.appendingPathComponent("\(name).utf8"), encoding: .utf8)
        let decoded = try TextDecoder.decode(bytes, file: name)
        #expect(decoded.encoding == charset)
        #expect(decoded.method == "detected")
        #expect(decoded.confidence >= 90)
        #expect(decoded.invalidSequences == 0)
        #expect(Self.lines(String(String.UnicodeScalarView(decoded.scalars))) == Self.lines(expected))
    }

    @Test(.enabled(if: Paths.hasSighan))
    func shortSnippetsOfEitherCharsetAreTold() throws {
        let dir = Paths.shared.appendingPathComponent("eval/sighan2005")
        for (name, charset) in [("pku_test", "GB18030"), ("as_test", "Big5")] {
            let bytes = [UInt8](try Data(contentsOf: dir.appendingPathComponent("\(name).txt")))
            // 40 snippets of about 200 bytes, each starting on a line start.
            let starts = bytes.indices.filter { $0 > 0 && bytes[$0 - 1] == 0x0A }
            var right = 0
            for k in 0..<40 {
                let start = starts[k * starts.count / 40]
                let snippet = Array(bytes[start..<min(bytes.count, start + 200)])
                if (try? TextDecoder.decode(snippet, file: "s"))?.encoding == charset { right += 1 }
            }
            #expect(right >= 38, "\(name): \(right)/40 snippets decoded as \(charset)")
        }
    }

    @Test func byteOrderMarksWin() throws {
        let text = "创先争优"
        let utf8BOM: [UInt8] = [0xEF, 0xBB, 0xBF] + Array(text.utf8)
        let d8 = try TextDecoder.decode(utf8BOM, file: "a")
        #expect(d8.method == "bom" && d8.encoding == "UTF-8" && d8.scalars == Array(text.unicodeScalars))
        var utf16LE: [UInt8] = [0xFF, 0xFE]
        for u in text.utf16 { utf16LE += [UInt8(u & 0xFF), UInt8(u >> 8)] }
        let d16 = try TextDecoder.decode(utf16LE, file: "b")
        #expect(d16.encoding == "UTF-16LE" && d16.scalars == Array(text.unicodeScalars))
    }

    @Test func gbFamilyAndOverride() throws {
        let gb = try #require("监管局长创优活动动员会讲话，认真学习贯彻中央精神。".data(using: .init(rawValue: 0x80000632)))
        let d = try TextDecoder.decode([UInt8](gb), file: "gb.txt")
        #expect(d.encoding == "GB18030")
        #expect(String(String.UnicodeScalarView(d.scalars)) == "监管局长创优活动动员会讲话，认真学习贯彻中央精神。")
        // Forcing a wrong charset is obeyed (and here refused as undecodable).
        #expect(throws: TifaError.self) { try TextDecoder.decode([UInt8](gb), encoding: "UTF-8", file: "gb.txt") }
        #expect(TextDecoder.canonical("gb2312") == "GB18030" && TextDecoder.canonical("GBK") == "GB18030")
    }

    @Test func utf8WithOneBrokenByteIsStillUTF8() throws {
        var bytes = Array(String(repeating: "创先争优活动。", count: 50).utf8)
        bytes.insert(0xFF, at: 30)
        let d = try TextDecoder.decode(bytes, file: "x")
        #expect(d.encoding == "UTF-8" && d.invalidSequences == 1 && d.firstInvalidByte == 30)
    }
}
