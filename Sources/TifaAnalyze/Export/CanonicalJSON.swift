import Foundation
import TifaCore

/// JSON with sorted keys and unescaped slashes, so the same value always gives the same bytes.
public enum CanonicalJSON {
    /// One-line JSON for a value (JSON Lines).
    public static func line<T: Encodable>(_ value: T) throws -> String {
        try string(value, pretty: false)
    }

    /// Indented JSON for a value, ending with a newline.
    public static func pretty<T: Encodable>(_ value: T) throws -> String {
        try string(value, pretty: true) + "\n"
    }

    private static func string<T: Encodable>(_ value: T, pretty: Bool) throws -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = pretty ? [.sortedKeys, .prettyPrinted, .withoutEscapingSlashes]
            : [.sortedKeys, .withoutEscapingSlashes]
        let data = try encoder.encode(value)
        return String(decoding: data, as: UTF8.self)
    }
}

/// Fast JSON string literals for large texts (the JSON encoder checks every character through several layers).
public enum JSONText {
    /// `text` as a JSON string literal: quotes, backslashes and control characters escaped, the rest as is.
    public static func quoted(_ text: String) -> String {
        var out = [UInt8]()
        out.reserveCapacity(text.utf8.count + 2)
        append(text.utf8, to: &out)
        return String(decoding: out, as: UTF8.self)
    }

    /// Appends the JSON string literal of a scalar sequence to a byte buffer (UTF-8).
    public static func append(scalars: some Sequence<Unicode.Scalar>, to out: inout [UInt8]) {
        out.append(0x22)
        for s in scalars {
            if s.value < 0x80 { appendEscaped(UInt8(s.value), to: &out) } else { ScalarUTF8.append(s.value, to: &out) }
        }
        out.append(0x22)
    }

    /// Appends the JSON string literal of UTF-8 bytes to a byte buffer.
    public static func append(_ utf8: some Sequence<UInt8>, to out: inout [UInt8]) {
        out.append(0x22)
        for b in utf8 { appendEscaped(b, to: &out) }
        out.append(0x22)
    }

    /// Appends one byte of a string literal: quotes, backslashes and control characters escaped, the rest as is.
    @inline(__always) private static func appendEscaped(_ b: UInt8, to out: inout [UInt8]) {
        switch b {
        case 0x22, 0x5C:
            out.append(0x5C)
            out.append(b)
        case 0x0A:
            out.append(0x5C)
            out.append(0x6E)
        case 0x0D:
            out.append(0x5C)
            out.append(0x72)
        case 0x09:
            out.append(0x5C)
            out.append(0x74)
        case 0..<0x20:
            out.append(contentsOf: [0x5C, 0x75, 0x30, 0x30, hex[Int(b >> 4)], hex[Int(b & 0xF)]])
        default:
            out.append(b)
        }
    }

    private static let hex = Array("0123456789abcdef".utf8)
}
