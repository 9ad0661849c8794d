/// A strict, allocation-free UTF-8 decoder into Unicode scalar values, reporting the first invalid byte.
public enum UTF8Decoder {
    /// Appends the scalars of `bytes` to `scalars`. Returns nil when all bytes are valid UTF-8, else the offset
    /// (within `bytes`) of the first byte of the first invalid sequence; scalars before it have been appended.
    public static func decode(_ bytes: UnsafeBufferPointer<UInt8>, into scalars: inout [UInt32]) -> Int? {
        var unused: [UInt32] = []
        return decode(bytes, into: &scalars, byteOffsets: &unused, base: 0, record: false)
    }

    /// As `decode(_:into:)`, also appending each scalar's byte offset plus `base` to `byteOffsets`.
    public static func decode(_ bytes: UnsafeBufferPointer<UInt8>, into scalars: inout [UInt32],
                              byteOffsets: inout [UInt32], base: Int) -> Int? {
        decode(bytes, into: &scalars, byteOffsets: &byteOffsets, base: base, record: true)
    }

    @inline(__always)
    private static func decode(_ bytes: UnsafeBufferPointer<UInt8>, into scalars: inout [UInt32],
                               byteOffsets: inout [UInt32], base: Int, record: Bool) -> Int? {
        let n = bytes.count
        guard n > 0, let p = bytes.baseAddress else { return nil }
        var i = 0
        while i < n {
            let b0 = UInt32(p[i])
            var scalar: UInt32
            var len: Int
            if b0 < 0x80 {
                scalar = b0; len = 1
            } else if b0 >= 0xC2 && b0 <= 0xDF {
                guard i + 1 < n, p[i + 1] & 0xC0 == 0x80 else { return i }
                scalar = (b0 & 0x1F) << 6 | UInt32(p[i + 1] & 0x3F); len = 2
            } else if b0 >= 0xE0 && b0 <= 0xEF {
                guard i + 2 < n, p[i + 1] & 0xC0 == 0x80, p[i + 2] & 0xC0 == 0x80 else { return i }
                scalar = (b0 & 0x0F) << 12 | UInt32(p[i + 1] & 0x3F) << 6 | UInt32(p[i + 2] & 0x3F)
                // Overlong forms and surrogates are invalid.
                guard scalar >= 0x800, scalar < 0xD800 || scalar > 0xDFFF else { return i }
                len = 3
            } else if b0 >= 0xF0 && b0 <= 0xF4 {
                guard i + 3 < n, p[i + 1] & 0xC0 == 0x80, p[i + 2] & 0xC0 == 0x80, p[i + 3] & 0xC0 == 0x80
                else { return i }
                scalar = (b0 & 0x07) << 18 | UInt32(p[i + 1] & 0x3F) << 12 | UInt32(p[i + 2] & 0x3F) << 6
                    | UInt32(p[i + 3] & 0x3F)
                guard scalar >= 0x10000, scalar <= 0x10FFFF else { return i }
                len = 4
            } else {
                return i
            }
            scalars.append(scalar)
            if record { byteOffsets.append(UInt32(truncatingIfNeeded: base + i)) }
            i += len
        }
        return nil
    }
}
