/// The output formats of `tifa segment`: SIGHAN text (one line per input line, tokens separated by one space) or
/// JSON Lines (one token a line with file, line, start, end, kind and text).
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
        filePrefix = Array("{\"file\":".utf8)
        Self.appendJSONString(Array(name.utf8)[...], to: &filePrefix)
        filePrefix.append(contentsOf: Array(",\"line\":".utf8))
    }

    /// Appends one line's tokens. `bytes` is the line's UTF-8, `byteOffsets[k]` the byte offset of scalar k
    /// (with one extra entry for the end); `line` and `scalarBase` place the line in its file; `endOfLine` adds
    /// the text format's line break (false for a piece of a long line that continues).
    func append(tokens: [Token], bytes: UnsafeBufferPointer<UInt8>, byteOffsets: [UInt32], line: Int, scalarBase: Int,
                endOfLine: Bool, continuesPrevious: Bool, to out: inout [UInt8]) {
        switch format {
        case .text:
            var first = !continuesPrevious
            for t in tokens {
                if !first { out.append(0x20) }
                first = false
                let lo = Int(byteOffsets[t.start]), hi = Int(byteOffsets[t.end])
                out.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[lo..<hi]))
            }
            if endOfLine { out.append(0x0A) }
        case .jsonl:
            for t in tokens {
                out.append(contentsOf: filePrefix)
                Self.appendInt(line, to: &out)
                out.append(contentsOf: Self.startKey)
                Self.appendInt(scalarBase + t.start, to: &out)
                out.append(contentsOf: Self.endKey)
                Self.appendInt(scalarBase + t.end, to: &out)
                out.append(contentsOf: Self.kindKey)
                out.append(contentsOf: Self.kindNames[Int(t.kind.rawValue)])
                out.append(contentsOf: Self.textKey)
                let lo = Int(byteOffsets[t.start]), hi = Int(byteOffsets[t.end])
                Self.appendJSONString(bytes[lo..<hi], to: &out)
                out.append(contentsOf: Self.recordEnd)
            }
        }
    }

    private static let startKey = Array(",\"start\":".utf8)
    private static let endKey = Array(",\"end\":".utf8)
    private static let kindKey = Array(",\"kind\":".utf8)
    private static let textKey = Array(",\"text\":".utf8)
    private static let recordEnd = Array("}\n".utf8)

    static func appendInt(_ value: Int, to out: inout [UInt8]) {
        var v = value
        if v < 0 { out.append(UInt8(ascii: "-")); v = -v }
        var digits: (UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8,
                     UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8) =
            (0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0)
        var n = 0
        withUnsafeMutableBytes(of: &digits) { d in
            repeat {
                d[n] = UInt8(48 + v % 10)
                v /= 10
                n += 1
            } while v > 0
            while n > 0 { n -= 1; out.append(d[n]) }
        }
    }

    /// Appends UTF-8 bytes as a JSON string literal (quotes, backslashes and control characters escaped).
    static func appendJSONString(_ bytes: ArraySlice<UInt8>, to out: inout [UInt8]) {
        out.append(0x22)
        for b in bytes {
            switch b {
            case 0x22: out.append(0x5C); out.append(0x22)
            case 0x5C: out.append(0x5C); out.append(0x5C)
            case 0..<0x20:
                out.append(contentsOf: Array("\\u00".utf8))
                let hex = Array("0123456789abcdef".utf8)
                out.append(hex[Int(b >> 4)]); out.append(hex[Int(b & 15)])
            default: out.append(b)
            }
        }
        out.append(0x22)
    }

    static func appendJSONString(_ bytes: Slice<UnsafeBufferPointer<UInt8>>, to out: inout [UInt8]) {
        var clean = true
        for b in bytes where b == 0x22 || b == 0x5C || b < 0x20 { clean = false; break }
        if clean {
            out.append(0x22)
            out.append(contentsOf: UnsafeBufferPointer(rebasing: bytes))
            out.append(0x22)
        } else {
            appendJSONString(ArraySlice(bytes), to: &out)
        }
    }
}
