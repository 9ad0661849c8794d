import TifaCore

/// Parses lexicon bytes (Tifa `# tifa-lexicon v1` or jieba user-dictionary format), byte-wise, collecting
/// every bad line as a diagnostic.
struct LexiconParser {
    struct Result {
        var metadata: [String: String] = [:]
        var role: Lexicon.Role = .forced
        var scalars: [UInt32] = []
        var ends: [Int32] = []
        var frequencies: [Double] = []
    }

    static let magic = "# tifa-lexicon"
    static let knownKeys: Set<String> = ["name", "version", "role", "description", "source", "licence", "license"]
    /// Stop collecting after this many bad lines.
    static let maxDiagnostics = 20

    let source: String

    func parse(_ buf: UnsafeBufferPointer<UInt8>) throws(TifaError) -> Result {
        var result = Result()
        var diagnostics: [Diagnostic] = []
        func bad(_ line: Int, _ message: String, code: String = "lexicon.bad-line") {
            if diagnostics.count < Self.maxDiagnostics {
                diagnostics.append(Diagnostic(code: code, file: source, line: line, message: message))
            }
        }
        let n = buf.count
        var i = 0
        // A UTF-8 byte-order mark is allowed and ignored.
        if n >= 3, buf[0] == 0xEF, buf[1] == 0xBB, buf[2] == 0xBF { i = 3 }
        var lineNumber = 0
        var isTifa = false
        var inHeader = true
        var fields: [Range<Int>] = []
        result.scalars.reserveCapacity(n / 3)
        while i < n {
            lineNumber += 1
            var end = i
            while end < n && buf[end] != 0x0A { end += 1 }
            let next = end + 1
            if end > i && buf[end - 1] == 0x0D { end -= 1 }
            defer { i = next }
            // Split on spaces and tabs.
            fields.removeAll(keepingCapacity: true)
            var j = i
            while j < end {
                while j < end && (buf[j] == 0x20 || buf[j] == 0x09) { j += 1 }
                if j == end { break }
                let start = j
                while j < end && buf[j] != 0x20 && buf[j] != 0x09 { j += 1 }
                fields.append(start..<j)
            }
            if fields.isEmpty { continue }
            if buf[fields[0].lowerBound] == UInt8(ascii: "#") {
                let text = String(decoding: UnsafeBufferPointer(rebasing: buf[i..<end]), as: UTF8.self)
                if lineNumber == 1 && text.hasPrefix(Self.magic) {
                    let rest = text.dropFirst(Self.magic.count).trimmingSpaces
                    guard rest == "v1" else {
                        throw TifaError(code: "lexicon.bad-header", file: source, line: 1,
                                        message: "unsupported lexicon format '\(rest)' (this Tifa reads v1)")
                    }
                    isTifa = true
                } else if isTifa && inHeader {
                    parseHeader(text, line: lineNumber, into: &result, bad: bad)
                }
                continue
            }
            inHeader = false
            parseEntry(buf, fields: fields, line: lineNumber, into: &result, bad: bad)
        }
        if isTifa && result.metadata["version"] == nil {
            diagnostics.insert(Diagnostic(code: "lexicon.bad-header", file: source, line: 1,
                                          message: "missing '# version: \u{2026}' header line"), at: 0)
        }
        if !diagnostics.isEmpty { throw TifaError(diagnostics) }
        return result
    }

    private func parseHeader(_ text: String, line: Int, into result: inout Result,
                             bad: (Int, String, String) -> Void) {
        let body = text.drop(while: { $0 == "#" }).trimmingSpaces
        guard let colon = body.firstIndex(of: ":") else { return }  // a plain comment
        let key = body[..<colon].trimmingSpaces.lowercased()
        let value = body[body.index(after: colon)...].trimmingSpaces
        guard Self.knownKeys.contains(key) else { return }
        if key == "role" {
            guard let role = Lexicon.Role(rawValue: value) else {
                bad(line, "unknown role '\(value)' (expected codebook, forced or general)", "lexicon.bad-header")
                return
            }
            result.role = role
        }
        result.metadata[key] = value
    }

    private func parseEntry(_ buf: UnsafeBufferPointer<UInt8>, fields: [Range<Int>], line: Int,
                            into result: inout Result, bad: (Int, String, String) -> Void) {
        guard fields.count <= 3 else {
            bad(line, "too many fields (expected: word [frequency] [tag])", "lexicon.bad-line")
            return
        }
        var frequency: Double = -1
        if fields.count >= 2 {
            if let f = Self.integer(buf, fields[1]) {
                frequency = f
            } else if fields.count == 3 || !Self.isTag(buf, fields[1]) {
                bad(line, "frequency '\(Self.text(buf, fields[1]))' is not a non-negative integer", "lexicon.bad-line")
                return
            }
        }
        if fields.count == 3 && !Self.isTag(buf, fields[2]) {
            bad(line, "tag '\(Self.text(buf, fields[2]))' is not letters", "lexicon.bad-line")
            return
        }
        let before = result.scalars.count
        if let badOffset = UTF8Decoder.decode(UnsafeBufferPointer(rebasing: buf[fields[0]]), into: &result.scalars) {
            result.scalars.removeSubrange(before...)
            bad(line, "invalid UTF-8 in term at byte \(fields[0].lowerBound + badOffset)", "lexicon.bad-line")
            return
        }
        for k in before..<result.scalars.count where result.scalars[k] < 0x20 || result.scalars[k] == 0x7F {
            result.scalars.removeSubrange(before...)
            bad(line, "control character in term", "lexicon.bad-line")
            return
        }
        result.ends.append(Int32(result.scalars.count))
        result.frequencies.append(frequency)
    }

    private static func integer(_ buf: UnsafeBufferPointer<UInt8>, _ r: Range<Int>) -> Double? {
        guard r.count <= 15 else { return nil }
        var v: Int = 0
        for k in r {
            let d = buf[k] &- UInt8(ascii: "0")
            guard d < 10 else { return nil }
            v = v * 10 + Int(d)
        }
        return Double(v)
    }

    private static func isTag(_ buf: UnsafeBufferPointer<UInt8>, _ r: Range<Int>) -> Bool {
        r.allSatisfy { k in
            let b = buf[k] | 0x20
            return (b >= UInt8(ascii: "a") && b <= UInt8(ascii: "z")) || buf[k] == UInt8(ascii: "_")
        }
    }

    private static func text(_ buf: UnsafeBufferPointer<UInt8>, _ r: Range<Int>) -> String {
        String(decoding: UnsafeBufferPointer(rebasing: buf[r]), as: UTF8.self)
    }
}

extension StringProtocol {
    /// The text without leading and trailing spaces and tabs.
    var trimmingSpaces: String {
        let scalars = unicodeScalars
        guard let first = scalars.firstIndex(where: { $0 != " " && $0 != "\t" }),
              let last = scalars.lastIndex(where: { $0 != " " && $0 != "\t" }) else { return "" }
        return String(self[first...last])
    }
}
