import CTifaICU

/// Decodes bytes in a legacy charset (GB18030, Big5, …) to UTF-16 through ICU, and encodes text in one.
public enum Converter {
    /// Decoded text with the number of invalid sequences (each became U+FFFD) and the first one's byte offset.
    public struct Decoded: Sendable, Equatable {
        public let utf16: [UInt16]
        public let invalidCount: Int
        public let firstInvalidOffset: Int?
    }

    /// Whether ICU knows the charset name.
    public static func knows(_ charset: String) -> Bool { tifa_conv_exists(charset) == 1 }

    /// Decodes bytes as charset; invalid sequences become U+FFFD and are counted, never dropped silently.
    public static func decode(_ bytes: [UInt8], charset: String) throws(ICUError) -> Decoded {
        guard bytes.count < Int(Int32.max) else {
            throw ICUError(code: 1, call: "ucnv_toUnicode", detail: "input over 2 GiB")
        }
        var capacity = bytes.count + 16
        while true {
            var out = [UInt16](repeating: 0, count: capacity)
            var length: Int32 = 0, invalid: Int32 = 0, first: Int32 = -1, status: Int32 = 0
            bytes.withUnsafeBytes { raw in
                tifa_conv_decode(charset, raw.baseAddress?.assumingMemoryBound(to: CChar.self), Int32(raw.count),
                                 &out, Int32(capacity), &length, &invalid, &first, &status)
            }
            if status == ICUError.bufferOverflow, Int(length) > capacity {
                capacity = Int(length) + 16
                continue
            }
            try ICUError.check(status, "ucnv_toUnicode", charset)
            out.removeSubrange(Int(length)...)
            return Decoded(utf16: out, invalidCount: Int(invalid), firstInvalidOffset: first < 0 ? nil : Int(first))
        }
    }

    /// Encodes text in charset; a character the charset cannot hold throws (`U_INVALID_CHAR_FOUND`).
    public static func encode(_ text: String, charset: String) throws(ICUError) -> [UInt8] {
        let utf16 = Array(text.utf16)
        guard utf16.count < Int(Int32.max) / 4 else {
            throw ICUError(code: 1, call: "ucnv_fromUChars", detail: "input over 512 Mi UTF-16 units")
        }
        var capacity = utf16.count * 2 + 16
        while true {
            var out = [UInt8](repeating: 0, count: capacity)
            var status: Int32 = 0
            let n = out.withUnsafeMutableBytes { raw in
                tifa_conv_encode(charset, utf16, Int32(utf16.count), raw.baseAddress?.assumingMemoryBound(to: CChar.self),
                                 Int32(capacity), &status)
            }
            if status == ICUError.bufferOverflow, Int(n) > capacity {
                capacity = Int(n) + 16
                continue
            }
            try ICUError.check(status, "ucnv_fromUChars", charset)
            out.removeSubrange(Int(n)...)
            return out
        }
    }
}
