/// UTF-8 encoding of Unicode scalars, for building Strings and byte buffers from the scalar arrays `TextDocument`
/// keeps text in (appending scalar by scalar to a `String.UnicodeScalarView` is several times slower).
public enum ScalarUTF8 {
    /// Appends the UTF-8 encoding of a scalar value to a byte buffer.
    @inlinable @inline(__always)
    public static func append(_ v: UInt32, to out: inout [UInt8]) {
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

    /// Writes the UTF-8 encoding of a scalar value at position o of out (room for 4 bytes); returns the next position.
    @inlinable @inline(__always)
    public static func write(_ v: UInt32, to out: UnsafeMutableBufferPointer<UInt8>, at o: Int) -> Int {
        switch v {
        case 0..<0x80:
            out[o] = UInt8(v)
            return o + 1
        case 0x80..<0x800:
            out[o] = UInt8(0xC0 | (v >> 6))
            out[o + 1] = UInt8(0x80 | (v & 0x3F))
            return o + 2
        case 0x800..<0x10000:
            out[o] = UInt8(0xE0 | (v >> 12))
            out[o + 1] = UInt8(0x80 | ((v >> 6) & 0x3F))
            out[o + 2] = UInt8(0x80 | (v & 0x3F))
            return o + 3
        default:
            out[o] = UInt8(0xF0 | (v >> 18))
            out[o + 1] = UInt8(0x80 | ((v >> 12) & 0x3F))
            out[o + 2] = UInt8(0x80 | ((v >> 6) & 0x3F))
            out[o + 3] = UInt8(0x80 | (v & 0x3F))
            return o + 4
        }
    }
}

extension String {
    /// The String of a sequence of scalars, encoded straight into the String's storage.
    @inlinable
    public init<C: Collection>(scalars: C) where C.Element == Unicode.Scalar {
        self.init(unsafeUninitializedCapacity: scalars.count * 4) { out in
            var o = 0
            for s in scalars { o = ScalarUTF8.write(s.value, to: out, at: o) }
            return o
        }
    }

    /// The String of scalar values text[range].
    @inlinable
    public init(scalarValues text: UnsafeBufferPointer<UInt32>, _ range: Range<Int>) {
        self.init(unsafeUninitializedCapacity: range.count * 4) { out in
            var o = 0
            for i in range { o = ScalarUTF8.write(text[i], to: out, at: o) }
            return o
        }
    }
}
