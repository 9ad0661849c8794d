/// Fast conversions of Unicode scalar arrays (the form `TextDocument` keeps text in) to UTF-8.
public enum ScalarText {
    /// The UTF-8 bytes of scalars.
    public static func utf8<C: Collection>(_ scalars: C) -> [UInt8] where C.Element == Unicode.Scalar {
        var out = [UInt8]()
        out.reserveCapacity(scalars.count * 3)
        for s in scalars {
            let v = s.value
            if v < 0x80 {
                out.append(UInt8(v))
            } else if v < 0x800 {
                out.append(UInt8(0xC0 | (v >> 6)))
                out.append(UInt8(0x80 | (v & 0x3F)))
            } else if v < 0x10000 {
                out.append(UInt8(0xE0 | (v >> 12)))
                out.append(UInt8(0x80 | ((v >> 6) & 0x3F)))
                out.append(UInt8(0x80 | (v & 0x3F)))
            } else {
                out.append(UInt8(0xF0 | (v >> 18)))
                out.append(UInt8(0x80 | ((v >> 12) & 0x3F)))
                out.append(UInt8(0x80 | ((v >> 6) & 0x3F)))
                out.append(UInt8(0x80 | (v & 0x3F)))
            }
        }
        return out
    }

    /// The scalars of UTF-8 bytes that are known to be valid (checked with `TextDecoder.firstInvalidUTF8`).
    static func scalars(validUTF8 b: [UInt8]) -> [Unicode.Scalar] {
        var out = [Unicode.Scalar]()
        out.reserveCapacity(b.count)
        b.withUnsafeBufferPointer { p in
            var i = 0
            let n = p.count
            while i < n {
                let c = UInt32(p[i])
                var v: UInt32
                if c < 0x80 {
                    v = c
                    i += 1
                } else if c < 0xE0 {
                    v = (c & 0x1F) << 6 | UInt32(p[i + 1] & 0x3F)
                    i += 2
                } else if c < 0xF0 {
                    v = (c & 0x0F) << 12 | UInt32(p[i + 1] & 0x3F) << 6 | UInt32(p[i + 2] & 0x3F)
                    i += 3
                } else {
                    v = (c & 0x07) << 18 | UInt32(p[i + 1] & 0x3F) << 12 | UInt32(p[i + 2] & 0x3F) << 6 | UInt32(p[i + 3] & 0x3F)
                    i += 4
                }
                out.append(Unicode.Scalar(v) ?? "\u{FFFD}")
            }
        }
        return out
    }
}
