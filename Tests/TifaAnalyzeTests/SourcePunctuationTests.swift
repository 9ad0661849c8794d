import Foundation
import Testing

/// Punctuation in the Swift sources is written as `\u{…}` escapes or named constants, never as the character itself:
/// full-width and ASCII look-alikes (！ and !, ： and :) cannot be told apart when reading the code.
@Suite struct SourcePunctuationTests {
    @Test func stringLiteralsHoldNoNonASCIIPunctuation() throws {
        let sources = packageRoot.appendingPathComponent("Sources")
        var found: [String] = []
        for case let path as String in FileManager.default.enumerator(atPath: sources.path) ?? NSEnumerator()
        where path.hasSuffix(".swift") {
            let text = try String(contentsOf: sources.appendingPathComponent(path), encoding: .utf8)
            for (line, scalar) in Self.literalScalars(of: text) where Self.isPunctuation(scalar) {
                found.append("\(path):\(line): U+\(String(scalar.value, radix: 16, uppercase: true))")
            }
        }
        #expect(found.isEmpty, "write these as \\u{…} escapes: \(found)")
    }

    @Test func theScannerSeesLiteralsAndSkipsComments() {
        let code = "let a = \"\u{FF01}\" // \u{3002} in a comment\n/* \u{3001} */ let b = #\"x\u{201C}\"#\nlet c = \"\\\"\u{FF1A}\"\n"
        let seen = SourcePunctuationTests.literalScalars(of: code).filter { SourcePunctuationTests.isPunctuation($0.1) }
        #expect(seen.map(\.1) == ["\u{FF01}", "\u{201C}", "\u{FF1A}"])
        #expect(seen.map(\.0) == [1, 2, 3])
    }

    /// A non-ASCII punctuation mark or space.
    static func isPunctuation(_ s: Unicode.Scalar) -> Bool {
        guard s.value > 0x7F else { return false }
        switch s.properties.generalCategory {
        case .connectorPunctuation, .dashPunctuation, .openPunctuation, .closePunctuation, .initialPunctuation,
             .finalPunctuation, .otherPunctuation, .spaceSeparator:
            return true
        default:
            return false
        }
    }

    /// The scalars inside string literals (plain, raw `#"…"#` and multi-line), with their line numbers; comments
    /// (`//` to the end of the line, `/* … */`) are skipped.
    static func literalScalars(of text: String) -> [(Int, Unicode.Scalar)] {
        let s = Array(text.unicodeScalars)
        var result: [(Int, Unicode.Scalar)] = []
        var i = 0, line = 1
        func at(_ k: Int) -> Unicode.Scalar? { k < s.count ? s[k] : nil }
        while i < s.count {
            let c = s[i]
            if c == "\n" { line += 1; i += 1; continue }
            if c == "/", at(i + 1) == "/" {
                while i < s.count, s[i] != "\n" { i += 1 }
                continue
            }
            if c == "/", at(i + 1) == "*" {
                i += 2
                while i < s.count, !(s[i] == "*" && at(i + 1) == "/") { if s[i] == "\n" { line += 1 }; i += 1 }
                i += 2
                continue
            }
            guard c == "\"" || (c == "#" && (at(i + 1) == "\"" || at(i + 1) == "#")) else { i += 1; continue }
            var hashes = 0
            while at(i) == "#" { hashes += 1; i += 1 }
            guard at(i) == "\"" else { continue }
            let multiline = at(i + 1) == "\"" && at(i + 2) == "\""
            i += multiline ? 3 : 1
            let closing = String(repeating: "\"", count: multiline ? 3 : 1) + String(repeating: "#", count: hashes)
            let close = Array(closing.unicodeScalars)
            while i < s.count {
                if hashes == 0, s[i] == "\\" { i += 2; continue }
                if s[i] == "\"", i + close.count <= s.count, Array(s[i..<(i + close.count)]) == close {
                    i += close.count
                    break
                }
                if s[i] == "\n" { line += 1 } else { result.append((line, s[i])) }
                i += 1
            }
        }
        return result
    }
}
