import Foundation
import TifaCore

/// The visible text of an HTML page: no markup, scripts, styles, comments or navigation chrome
/// (`<nav>`, `<header>`, `<footer>`, `<aside>`, `<form>`, `<select>`, `<button>`); block elements end lines;
/// character references are decoded. The page `<title>` is kept as the first line.
enum HTMLText {
    /// Elements whose content is never shown as page text.
    static let hidden: Set<String> = ["script", "style", "noscript", "template", "head", "nav", "header", "footer", "aside",
                                      "form", "select", "button", "iframe", "object", "svg", "canvas", "textarea", "option"]
    /// Elements that start and end a line.
    static let blocks: Set<String> = ["p", "div", "br", "li", "ul", "ol", "tr", "table", "h1", "h2", "h3", "h4", "h5", "h6",
                                      "section", "article", "blockquote", "pre", "dd", "dt", "dl", "hr", "center", "title",
                                      "main", "figure", "figcaption", "td", "th", "tbody", "thead"]

    /// The charset a page declares in its first bytes (`<meta charset=…>` or `content="…charset=…"`).
    static func declaredCharset(_ bytes: [UInt8]) -> String? {
        let head = String(decoding: bytes.prefix(4096).map { $0 < 0x80 ? $0 : 0x20 }, as: UTF8.self).lowercased()
        guard let r = head.range(of: "charset=") else { return nil }
        let name = head[r.upperBound...].drop { $0 == "\"" || $0 == "'" || $0 == " " }
            .prefix { $0.isLetter || $0.isNumber || $0 == "-" || $0 == "_" }
        return name.isEmpty ? nil : String(name)
    }

    /// The declared charset when it can be right: a declaration of UTF-16/32 on a page without a byte-order
    /// mark (HTML reads those as UTF-8 too), or of any other charset on a page whose non-ASCII bytes are valid
    /// UTF-8, is ignored (nil: the decoder's detection, which takes valid UTF-8 first).
    static func usableDeclaredCharset(_ bytes: [UInt8]) -> String? {
        guard let declared = declaredCharset(bytes) else { return nil }
        return contradiction(declared, bytes) == nil ? declared : nil
    }

    /// A warning when the declared charset is ignored (see `usableDeclaredCharset`).
    static func charsetNote(_ bytes: [UInt8], file: String) -> Diagnostic? {
        guard let declared = declaredCharset(bytes), let reason = contradiction(declared, bytes) else { return nil }
        return Diagnostic(code: "ingest.charset-ignored", severity: .warning, file: file,
                          message: "the page declares charset \(declared) but \(reason); the declaration is ignored")
    }

    private static func contradiction(_ declared: String, _ bytes: [UInt8]) -> String? {
        let name = declared.lowercased().replacingOccurrences(of: "_", with: "-")
        if name == "utf-8" || name == "utf8" { return nil }
        let hasBOM = bytes.starts(with: [0xFF, 0xFE]) || bytes.starts(with: [0xFE, 0xFF]) || bytes.starts(with: [0xEF, 0xBB, 0xBF])
        if name.hasPrefix("utf-16") || name.hasPrefix("utf-32") || name.hasPrefix("ucs") {
            return hasBOM ? nil : "it has no byte-order mark and HTML reads such pages as 8-bit text"
        }
        guard bytes.contains(where: { $0 >= 0x80 }), String(validating: bytes, as: UTF8.self) != nil else { return nil }
        return "the page is valid UTF-8"
    }

    static func extract(_ html: [Unicode.Scalar]) -> String {
        var out = String.UnicodeScalarView()
        var title = String.UnicodeScalarView()
        var hiddenDepth: [String: Int] = [:]
        var inTitle = false
        var i = 0
        let n = html.count
        func newline() { if let last = out.last, last != "\n" { out.append("\n") } }
        func append(_ s: Unicode.Scalar) {
            if inTitle { title.append(s); return }
            guard hiddenDepth.values.allSatisfy({ $0 == 0 }) else { return }
            if s == "\n" || s == "\r" || s == "\t" || s == " " {
                if let last = out.last, last != " " && last != "\n" { out.append(" ") }
            } else {
                out.append(s)
            }
        }
        while i < n {
            let c = html[i]
            if c == "<" && !startsMarkup(html, i + 1) {
                // A `<` not followed by a tag name, `/`, `!` or `?` is text (`a < b`).
                i += 1
                append(c)
                continue
            }
            if c == "<" {
                // Comments, doctype, CDATA.
                if i + 3 < n, html[i + 1] == "!", html[i + 2] == "-", html[i + 3] == "-" {
                    i = find(html, "-->", from: i + 4).map { $0 + 3 } ?? n
                    continue
                }
                guard let close = find(html, ">", from: i + 1) else { break }
                let tag = tagName(html, i + 1, close)
                i = close + 1
                guard let tag else { continue }
                if hidden.contains(tag.name) {
                    if tag.closing {
                        hiddenDepth[tag.name] = max(0, hiddenDepth[tag.name, default: 0] - 1)
                    } else if !tag.selfClosing {
                        hiddenDepth[tag.name, default: 0] += 1
                        // Raw-text elements: skip to their end tag.
                        if tag.name == "script" || tag.name == "style" || tag.name == "textarea" {
                            if let end = findCaseInsensitive(html, "</" + tag.name, from: i) {
                                i = end
                            } else {
                                i = n
                            }
                        }
                    }
                }
                if tag.name == "title" { inTitle = !tag.closing }
                if blocks.contains(tag.name) { newline() }
                continue
            }
            if c == "&", let (decoded, next) = entity(html, i) {
                i = next
                for s in decoded.unicodeScalars { append(s) }
                continue
            }
            i += 1
            append(c)
        }
        var text = String(out)
        let heading = String(title).trimmingCharactersInSet()
        if !heading.isEmpty && !text.hasPrefix(heading) { text = heading + "\n" + text }
        return text.split(separator: "\n", omittingEmptySubsequences: false)
            .map { $0.trimmingCharactersInSet() }.filter { !$0.isEmpty }.joined(separator: "\n") + "\n"
    }

    /// Whether the text after a `<` starts markup: an ASCII letter, `/` and a letter, `!` or `?`.
    private static func startsMarkup(_ s: [Unicode.Scalar], _ i: Int) -> Bool {
        func letter(_ k: Int) -> Bool { k < s.count && (("a"..."z").contains(s[k]) || ("A"..."Z").contains(s[k])) }
        guard i < s.count else { return false }
        return letter(i) || s[i] == "!" || s[i] == "?" || (s[i] == "/" && letter(i + 1))
    }

    private struct Tag {
        let name: String
        let closing: Bool
        let selfClosing: Bool
    }

    private static func tagName(_ s: [Unicode.Scalar], _ start: Int, _ end: Int) -> Tag? {
        var i = start
        var closing = false
        if i < end, s[i] == "/" { closing = true; i += 1 }
        var name = ""
        while i < end, s[i].properties.isAlphabetic || ("0"..."9").contains(s[i]) {
            name.unicodeScalars.append(s[i])
            i += 1
        }
        if name.isEmpty { return nil }
        return Tag(name: name.lowercased(), closing: closing, selfClosing: end > start && s[end - 1] == "/")
    }

    private static func find(_ s: [Unicode.Scalar], _ needle: String, from: Int) -> Int? {
        let n = Array(needle.unicodeScalars)
        var i = from
        while i + n.count <= s.count {
            if s[i] == n[0] && Array(s[i..<(i + n.count)]) == n { return i }
            i += 1
        }
        return nil
    }

    private static func findCaseInsensitive(_ s: [Unicode.Scalar], _ needle: String, from: Int) -> Int? {
        let n = Array(needle.lowercased().unicodeScalars)
        var i = from
        while i + n.count <= s.count {
            var k = 0
            while k < n.count, lower(s[i + k]) == n[k] { k += 1 }
            if k == n.count { return i }
            i += 1
        }
        return nil
    }

    private static func lower(_ c: Unicode.Scalar) -> Unicode.Scalar {
        ("A"..."Z").contains(c) ? Unicode.Scalar(c.value + 32)! : c
    }

    static let namedEntities: [String: String] = [
        "nbsp": " ", "amp": "&", "lt": "<", "gt": ">", "quot": "\"", "apos": "'", "ldquo": "\u{201C}", "rdquo": "\u{201D}",
        "lsquo": "\u{2018}", "rsquo": "\u{2019}", "mdash": "\u{2014}", "ndash": "\u{2013}", "hellip": "\u{2026}", "middot": "\u{00B7}", "times": "×",
        "copy": "©", "reg": "®", "emsp": " ", "ensp": " ", "thinsp": " ", "laquo": "\u{00AB}", "raquo": "\u{00BB}", "bull": "\u{2022}",
        "deg": "°", "plusmn": "±", "divide": "÷", "yen": "¥", "sect": "\u{00A7}",
    ]

    /// A character reference at s[i] ("&"): its text and the index after it.
    private static func entity(_ s: [Unicode.Scalar], _ i: Int) -> (String, Int)? {
        var j = i + 1
        var body = ""
        while j < s.count, j - i <= 10, s[j] != ";" {
            body.unicodeScalars.append(s[j])
            j += 1
        }
        guard j < s.count, s[j] == ";", !body.isEmpty else { return nil }
        if body.hasPrefix("#") {
            let digits = body.dropFirst()
            let value = digits.hasPrefix("x") || digits.hasPrefix("X") ? UInt32(digits.dropFirst(), radix: 16) : UInt32(digits)
            guard let value, let scalar = Unicode.Scalar(value) else { return nil }
            return (String(scalar), j + 1)
        }
        guard let text = namedEntities[body] ?? namedEntities[body.lowercased()] else { return nil }
        return (text, j + 1)
    }
}

extension StringProtocol {
    /// The text without leading and trailing blanks (spaces, tabs, U+3000).
    func trimmingCharactersInSet() -> String {
        let scalars = Array(unicodeScalars)
        var lo = 0, hi = scalars.count
        while lo < hi, scalars[lo].isBlank || scalars[lo] == "\r" { lo += 1 }
        while hi > lo, scalars[hi - 1].isBlank || scalars[hi - 1] == "\r" { hi -= 1 }
        return String(String.UnicodeScalarView(scalars[lo..<hi]))
    }
}
