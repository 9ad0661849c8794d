/// A strict UTF-8 decoder into Unicode scalar values, reporting the first invalid byte.
public enum UTF8Decoder {
    /// Appends the scalars of `bytes` to `scalars`. Returns nil when all bytes are valid UTF-8, else the offset
    /// (within `bytes`) of the first byte of the first invalid sequence; scalars before it have been appended.
    public static func decode(_ bytes: UnsafeBufferPointer<UInt8>, into scalars: inout [UInt32]) -> Int? {
        let before = scalars.count
        scalars.append(contentsOf: repeatElement(0, count: bytes.count))
        let (count, invalid) = scalars.withUnsafeMutableBufferPointer { buffer in
            decode(bytes, scalars: buffer.baseAddress! + before, byteOffsets: nil)
        }
        scalars.removeLast(bytes.count - count)
        return invalid
    }

    /// Decodes `bytes` into `scalars` (and each scalar's byte offset into `byteOffsets`, when given); both must
    /// have room for `bytes.count` values. Returns the number of scalars written and the offset of the first
    /// invalid sequence (nil when all bytes are valid; decoding stops there).
    public static func decode(_ bytes: UnsafeBufferPointer<UInt8>, scalars: UnsafeMutablePointer<UInt32>,
                              byteOffsets: UnsafeMutablePointer<UInt32>?) -> (count: Int, invalidAt: Int?) {
        let n = bytes.count
        guard n > 0, let p = bytes.baseAddress else { return (0, nil) }
        var i = 0
        var out = 0
        while i < n {
            let b0 = UInt32(p[i])
            var scalar: UInt32
            var len: Int
            if b0 < 0x80 {
                scalar = b0; len = 1
            } else if b0 >= 0xE0 && b0 <= 0xEF {
                guard i + 2 < n, p[i + 1] & 0xC0 == 0x80, p[i + 2] & 0xC0 == 0x80 else { return (out, i) }
                scalar = (b0 & 0x0F) << 12 | UInt32(p[i + 1] & 0x3F) << 6 | UInt32(p[i + 2] & 0x3F)
                // Overlong forms and surrogates are invalid.
                guard scalar >= 0x800, scalar < 0xD800 || scalar > 0xDFFF else { return (out, i) }
                len = 3
            } else if b0 >= 0xC2 && b0 <= 0xDF {
                guard i + 1 < n, p[i + 1] & 0xC0 == 0x80 else { return (out, i) }
                scalar = (b0 & 0x1F) << 6 | UInt32(p[i + 1] & 0x3F); len = 2
            } else if b0 >= 0xF0 && b0 <= 0xF4 {
                guard i + 3 < n, p[i + 1] & 0xC0 == 0x80, p[i + 2] & 0xC0 == 0x80, p[i + 3] & 0xC0 == 0x80
                else { return (out, i) }
                scalar = (b0 & 0x07) << 18 | UInt32(p[i + 1] & 0x3F) << 12 | UInt32(p[i + 2] & 0x3F) << 6
                    | UInt32(p[i + 3] & 0x3F)
                guard scalar >= 0x10000, scalar <= 0x10FFFF else { return (out, i) }
                len = 4
            } else {
                return (out, i)
            }
            scalars[out] = scalar
            byteOffsets?[out] = UInt32(truncatingIfNeeded: i)
            out += 1
            i += len
        }
        return (out, nil)
    }
}
