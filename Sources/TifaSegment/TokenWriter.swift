import TifaScript

/// The output formats of `tifa segment`: SIGHAN text (one line per input line, tokens separated by one space) or
/// JSON Lines (one token a line with file, line, start, end, kind, text and the line's script).
public enum SegmentOutputFormat: String, Sendable, CaseIterable {
    case text, jsonl
}

/// Formats segmented lines into a reusable byte buffer.
struct TokenWriter {
    typealias Format = SegmentOutputFormat
    let format: Format
    /// `"file":"…",` as JSON, written before each JSONL record.
    var filePrefix: [UInt8] = []

    private static let kindNames: [[UInt8]] = Token.Kind.allCases.map { Array("\"\($0.description)\"".utf8) }

    init(format: Format) { self.format = format }

    mutating func setFile(_ name: String) {
        filePrefix = Array("{\"file\":".utf8) + Self.jsonString(name) + Array(",\"line\":".utf8)
    }

    /// Appends one line's tokens. `bytes` is the line's UTF-8, `byteOffsets[k]` the byte offset of scalar k
    /// (with one extra entry for the end); `line` and `scalarBase` place the line in its file; `endOfLine` adds
    /// the text format's line break (false for a piece of a long line that continues); `script` is the line's
    /// script, recorded in JSONL.
    func append(tokens: [Token], bytes: UnsafeBufferPointer<UInt8>, byteOffsets offsets: UnsafePointer<UInt32>,
                line: Int, scalarBase: Int, endOfLine: Bool, continuesPrevious: Bool, script: Script = .undetermined,
                to out: ByteBuffer) {
        guard let source = bytes.baseAddress else {
            if format == .text && endOfLine { out.reserve(1); out.append(0x0A) }
            return
        }
        switch format {
        case .text:
            // Tokens never overlap, so the line's bytes plus one space per token and a line break suffice.
            out.reserve(bytes.count + tokens.count + 1)
            var first = !continuesPrevious
            for t in tokens {
                if !first { out.append(0x20) }
                first = false
                let lo = Int(offsets[t.start]), hi = Int(offsets[t.end])
                out.append(source + lo, hi - lo)
            }
            if endOfLine { out.append(0x0A) }
        case .jsonl:
            for t in tokens {
                let lo = Int(offsets[t.start]), hi = Int(offsets[t.end])
                out.reserve(filePrefix.count + 96 + 6 * (hi - lo))
                out.append(filePrefix)
                Self.appendInt(line, to: out)
                out.append(Self.startKey)
                Self.appendInt(scalarBase + t.start, to: out)
                out.append(Self.endKey)
                Self.appendInt(scalarBase + t.end, to: out)
                out.append(Self.kindKey)
                out.append(Self.kindNames[Int(t.kind.rawValue)])
                out.append(Self.textKey)
                Self.appendJSONString(UnsafeBufferPointer(start: source + lo, count: hi - lo), to: out)
                out.append(Self.scriptValues[script] ?? Self.recordEnd)
            }
        }
    }

    private static let startKey = Array(",\"start\":".utf8)
    private static let endKey = Array(",\"end\":".utf8)
    private static let kindKey = Array(",\"kind\":".utf8)
    private static let textKey = Array(",\"text\":".utf8)
    private static let recordEnd = Array("}\n".utf8)
    /// `,"script":"…"}` and the line break, per script.
    private static let scriptValues: [Script: [UInt8]] = Dictionary(uniqueKeysWithValues: [Script.simplified, .traditional, .mixed, .undetermined].map {
        ($0, Array(",\"script\":\"\($0.rawValue)\"}\n".utf8))
    })

    /// Appends a decimal integer (room for 20 bytes must have been reserved).
    static func appendInt(_ value: Int, to out: ByteBuffer) {
        var v = value
        if v < 0 { out.append(UInt8(ascii: "-")); v = -v }
        var digits: (UInt64, UInt64, UInt64) = (0, 0, 0)
        withUnsafeMutableBytes(of: &digits) { d in
            var n = 0
            repeat {
                d[n] = UInt8(48 + v % 10)
                v /= 10
                n += 1
            } while v > 0
            while n > 0 { n -= 1; out.append(d[n]) }
        }
    }

    /// Appends UTF-8 bytes as a JSON string literal (quotes, backslashes and control characters escaped);
    /// room for 6 bytes per input byte plus 2 must have been reserved.
    static func appendJSONString(_ bytes: UnsafeBufferPointer<UInt8>, to out: ByteBuffer) {
        out.append(0x22)
        for b in bytes {
            switch b {
            case 0x22: out.append(0x5C); out.append(0x22)
            case 0x5C: out.append(0x5C); out.append(0x5C)
            case 0..<0x20:
                for c in "\\u00".utf8 { out.append(c) }
                out.append(hexDigits[Int(b >> 4)]); out.append(hexDigits[Int(b & 15)])
            default: out.append(b)
            }
        }
        out.append(0x22)
    }

    private static let hexDigits = Array("0123456789abcdef".utf8)

    /// The JSON string literal of a file name, for the record prefix.
    static func jsonString(_ text: String) -> [UInt8] {
        let utf8 = Array(text.utf8)
        let out = ByteBuffer(capacity: utf8.count * 6 + 2)
        utf8.withUnsafeBufferPointer { appendJSONString($0, to: out) }
        return Array(out.bytes)
    }
}
