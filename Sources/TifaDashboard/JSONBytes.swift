/// JSON text of the page's string tables written straight into bytes: the bytes `JSONEncoder` gives with the
/// payload's options (sorted keys, slashes unescaped; `JSONBytesTests` compares them), without boxing every value.
enum JSONBytes {
    /// Appends s as a JSON string literal: `"` and `\` escaped, control characters as `\b \f \n \r \t` or
    /// `\u00xx`, everything else as its UTF-8 bytes.
    static func append(_ s: String, to out: inout [UInt8]) {
        out.append(quote)
        for b in s.utf8 {
            switch b {
            case quote, backslash: out.append(backslash); out.append(b)
            case 0x08: out.append(backslash); out.append(UInt8(ascii: "b"))
            case 0x0C: out.append(backslash); out.append(UInt8(ascii: "f"))
            case 0x0A: out.append(backslash); out.append(UInt8(ascii: "n"))
            case 0x0D: out.append(backslash); out.append(UInt8(ascii: "r"))
            case 0x09: out.append(backslash); out.append(UInt8(ascii: "t"))
            case 0..<0x20: out += [backslash, UInt8(ascii: "u"), 0x30, 0x30, hex[Int(b >> 4)], hex[Int(b & 0xF)]]
            default: out.append(b)
            }
        }
        out.append(quote)
    }

    /// Appends strings as a JSON array.
    static func append(_ strings: [String], to out: inout [UInt8]) {
        out.append(UInt8(ascii: "["))
        for (i, s) in strings.enumerated() {
            if i > 0 { out.append(comma) }
            append(s, to: &out)
        }
        out.append(UInt8(ascii: "]"))
    }

    /// Appends `"key":` (key needs no escaping).
    static func key(_ key: StaticString, to out: inout [UInt8]) {
        out.append(quote)
        out.append(contentsOf: UnsafeBufferPointer(start: key.utf8Start, count: key.utf8CodeUnitCount))
        out += [quote, UInt8(ascii: ":")]
    }

    static let quote = UInt8(ascii: "\""), backslash = UInt8(ascii: "\\"), comma = UInt8(ascii: ",")
    private static let hex = Array("0123456789abcdef".utf8)
}
