import TifaCore

/// The paragraphs of a WordprocessingML `document.xml`, read by a strict scanner of its own: elements must nest
/// and close (a part cut short is refused, never half read), character references are decoded, and a DTD is
/// refused (no entity expansion). `<w:t>` text makes a paragraph per `<w:p>`; `<w:tab/>` is a tab, `<w:br/>`
/// and `<w:cr/>` line breaks. It replaces Foundation's XMLParser, which on Linux traps on some damaged input
/// and refuses documents over 10 MB.
enum DocxXML {
    static func paragraphs(_ xml: [UInt8], file: String) throws(TifaError) -> [String] {
        func bad(_ message: String) -> TifaError {
            TifaError(code: "ingest.bad-docx", file: file, message: "word/document.xml \(message)")
        }
        guard String(validating: xml, as: UTF8.self) != nil else {
            let cut = (1...3).contains { xml.count >= $0 && String(validating: xml.dropLast($0), as: UTF8.self) != nil }
            throw bad(cut ? "is truncated (it ends inside a character)" : "is not UTF-8 text")
        }
        var paragraphs: [String] = []
        var current: [UInt8] = []
        var open: [ArraySlice<UInt8>] = []
        var inText = false
        var rootClosed = false
        var i = 0
        let n = xml.count
        func find(_ needle: [UInt8], from: Int) -> Int? {
            var k = from
            while k + needle.count <= n {
                if xml[k] == needle[0] && xml[k..<(k + needle.count)].elementsEqual(needle) { return k }
                k += 1
            }
            return nil
        }
        while i < n {
            let c = xml[i]
            if c == 0x26 {   // &
                guard let semicolon = xml[i..<min(n, i + 12)].firstIndex(of: 0x3B), let scalar = reference(xml[(i + 1)..<semicolon]) else {
                    throw bad("has a bad character reference at byte \(i)")
                }
                if inText { current += Array(String(scalar).utf8) }
                i = semicolon + 1
                continue
            }
            if c != 0x3C {   // text
                if inText { current.append(c) }
                i += 1
                continue
            }
            if xml[(i + 1)...].starts(with: [0x3F]) {   // <? … ?>
                guard let end = find([0x3F, 0x3E], from: i + 2) else { throw bad("is truncated (in a processing instruction)") }
                i = end + 2
                continue
            }
            if xml[(i + 1)...].starts(with: Array("!--".utf8)) {
                guard let end = find(Array("-->".utf8), from: i + 4) else { throw bad("is truncated (in a comment)") }
                i = end + 3
                continue
            }
            if xml[(i + 1)...].starts(with: Array("![CDATA[".utf8)) {
                guard let end = find(Array("]]>".utf8), from: i + 9) else { throw bad("is truncated (in CDATA)") }
                if inText { current += xml[(i + 9)..<end] }
                i = end + 3
                continue
            }
            if xml[(i + 1)...].starts(with: [0x21]) { throw bad("has a DTD or declaration (<!\u{2026}>), which a Word document never holds") }
            // A tag: up to the `>` outside quoted attribute values.
            var j = i + 1
            var quote: UInt8? = nil
            while j < n {
                let d = xml[j]
                if let q = quote { if d == q { quote = nil } } else if d == 0x22 || d == 0x27 { quote = d } else if d == 0x3E { break }
                j += 1
            }
            guard j < n else { throw bad("is truncated (in a tag)") }
            let closing = xml[i + 1] == 0x2F
            let selfClosing = !closing && xml[j - 1] == 0x2F
            var nameEnd = i + (closing ? 2 : 1)
            let nameStart = nameEnd
            while nameEnd < j, !(xml[nameEnd] == 0x20 || xml[nameEnd] == 0x09 || xml[nameEnd] == 0x0A || xml[nameEnd] == 0x0D
                                 || xml[nameEnd] == 0x2F) { nameEnd += 1 }
            let name = xml[nameStart..<nameEnd]
            guard !name.isEmpty else { throw bad("has a tag without a name at byte \(i)") }
            if rootClosed { throw bad("has content after its root element") }
            if closing {
                guard let top = open.popLast(), top.elementsEqual(name) else {
                    throw bad("is not well-formed: </\(String(decoding: name, as: UTF8.self))> does not close the open element")
                }
                if open.isEmpty { rootClosed = true }
            } else if !selfClosing {
                open.append(name)
            }
            switch String(decoding: name, as: UTF8.self) {
            case "w:t": inText = !closing && !selfClosing
            case "w:tab": if !closing { current.append(0x09) }
            case "w:br", "w:cr": if !closing { current.append(0x0A) }
            case "w:p" where closing || selfClosing:
                paragraphs.append(String(decoding: current, as: UTF8.self))
                current = []
            default: break
            }
            i = j + 1
        }
        guard rootClosed else { throw bad("is truncated (it ends before its root element closes); not read, to give no partial text") }
        return paragraphs
    }

    /// The character of a reference body (`lt`, `#20013`, `#x4E2D`), nil when it names nothing.
    private static func reference(_ body: ArraySlice<UInt8>) -> Unicode.Scalar? {
        let text = String(decoding: body, as: UTF8.self)
        switch text {
        case "lt": return "<"
        case "gt": return ">"
        case "amp": return "&"
        case "quot": return "\""
        case "apos": return "'"
        default:
            guard text.hasPrefix("#") else { return nil }
            let digits = text.dropFirst()
            let value = digits.hasPrefix("x") ? UInt32(digits.dropFirst(), radix: 16) : UInt32(digits)
            return value.flatMap(Unicode.Scalar.init)
        }
    }
}
