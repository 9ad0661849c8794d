import TifaCore

/// Fast conversions of Unicode scalar arrays (the form `TextDocument` keeps text in) to UTF-8.
public enum ScalarText {
    /// The UTF-8 bytes of scalars.
    public static func utf8(_ scalars: [Unicode.Scalar]) -> [UInt8] { utf8(scalars[...]) }

    /// The UTF-8 bytes of a slice of scalars.
    public static func utf8(_ scalars: ArraySlice<Unicode.Scalar>) -> [UInt8] {
        [UInt8](unsafeUninitializedCapacity: scalars.count * 4) { out, written in
            var o = 0
            for s in scalars { o = ScalarUTF8.write(s.value, to: out, at: o) }
            written = o
        }
    }

    /// The scalars of UTF-8 bytes, or nil when they are not valid UTF-8 (overlong forms, surrogates, cut sequences).
    static func scalars(validatingUTF8 b: [UInt8]) -> [Unicode.Scalar]? {
        var valid = true
        let out = b.withUnsafeBufferPointer { p in
            [Unicode.Scalar](unsafeUninitializedCapacity: p.count) { buffer, count in
                var i = 0, o = 0
                let n = p.count
                defer { count = o }
                while i < n {
                    let c = p[i]
                    if c < 0x80 {
                        buffer[o] = Unicode.Scalar(c)
                        o += 1
                        i += 1
                        continue
                    }
                    var lo: UInt8 = 0x80, hi: UInt8 = 0xBF
                    let length: Int
                    var v: UInt32
                    switch c {
                    case 0xC2...0xDF: length = 2; v = UInt32(c & 0x1F)
                    case 0xE0: length = 3; lo = 0xA0; v = 0
                    case 0xE1...0xEC, 0xEE, 0xEF: length = 3; v = UInt32(c & 0x0F)
                    case 0xED: length = 3; hi = 0x9F; v = 0x0D
                    case 0xF0: length = 4; lo = 0x90; v = 0
                    case 0xF1...0xF3: length = 4; v = UInt32(c & 0x07)
                    case 0xF4: length = 4; hi = 0x8F; v = 4
                    default: valid = false; return
                    }
                    guard i + length <= n, p[i + 1] >= lo, p[i + 1] <= hi else { valid = false; return }
                    v = v << 6 | UInt32(p[i + 1] & 0x3F)
                    var k = 2
                    while k < length {
                        let d = p[i + k]
                        guard d & 0xC0 == 0x80 else { valid = false; return }
                        v = v << 6 | UInt32(d & 0x3F)
                        k += 1
                    }
                    buffer[o] = Unicode.Scalar(v) ?? "\u{FFFD}"
                    o += 1
                    i += length
                }
            }
        }
        return valid ? out : nil
    }

    /// The scalars of UTF-16 text; unpaired surrogates become U+FFFD.
    public static func scalars(utf16 u: [UInt16]) -> [Unicode.Scalar] {
        var out = [Unicode.Scalar]()
        out.reserveCapacity(u.count)
        u.withUnsafeBufferPointer { p in
            var i = 0
            let n = p.count
            while i < n {
                let c = UInt32(p[i])
                if c < 0xD800 || c > 0xDFFF {
                    out.append(Unicode.Scalar(c)!)
                    i += 1
                } else if c <= 0xDBFF, i + 1 < n, p[i + 1] >= 0xDC00, p[i + 1] <= 0xDFFF {
                    let v = 0x10000 + ((c - 0xD800) << 10) + (UInt32(p[i + 1]) - 0xDC00)
                    out.append(Unicode.Scalar(v)!)
                    i += 2
                } else {
                    out.append("\u{FFFD}")
                    i += 1
                }
            }
        }
        return out
    }
}
