/// Strings from Unicode scalars through UTF-8 bytes (appending scalar by scalar to a String is several times
/// slower).
enum ScalarText {
    /// Appends the UTF-8 encoding of scalar values to a byte buffer.
    @inline(__always)
    static func appendUTF8(_ v: UInt32, to out: inout [UInt8]) {
        switch v {
        case 0..<0x80:
            out.append(UInt8(v))
        case 0x80..<0x800:
            out.append(UInt8(0xC0 | (v >> 6)))
            out.append(UInt8(0x80 | (v & 0x3F)))
        case 0x800..<0x10000:
            out.append(UInt8(0xE0 | (v >> 12)))
            out.append(UInt8(0x80 | ((v >> 6) & 0x3F)))
            out.append(UInt8(0x80 | (v & 0x3F)))
        default:
            out.append(UInt8(0xF0 | (v >> 18)))
            out.append(UInt8(0x80 | ((v >> 12) & 0x3F)))
            out.append(UInt8(0x80 | ((v >> 6) & 0x3F)))
            out.append(UInt8(0x80 | (v & 0x3F)))
        }
    }

    /// A String from scalars.
    static func string(_ scalars: some Sequence<Unicode.Scalar>) -> String {
        var bytes: [UInt8] = []
        bytes.reserveCapacity(scalars.underestimatedCount * 3)
        for s in scalars { appendUTF8(s.value, to: &bytes) }
        return String(decoding: bytes, as: UTF8.self)
    }

    /// A String from scalar values in a buffer.
    static func string(_ text: UnsafeBufferPointer<UInt32>, _ range: Range<Int>) -> String {
        var bytes: [UInt8] = []
        bytes.reserveCapacity(range.count * 3)
        for i in range { appendUTF8(text[i], to: &bytes) }
        return String(decoding: bytes, as: UTF8.self)
    }
}
