import CTifaICU

/// An ICU transliterator such as `Traditional-Simplified`. Not thread-safe: one per worker.
public final class Transliterator {
    /// The transform's ICU id.
    public let id: String
    private let handle: OpaquePointer

    /// Opens the transform id (for example "Traditional-Simplified"); opening is slow, reuse it.
    public init(id: String) throws(ICUError) {
        var status: Int32 = 0
        guard let h = tifa_tr_open(id, &status), status <= 0 else {
            throw ICUError(code: status == 0 ? 1 : status, call: "utrans_openU", detail: id)
        }
        self.id = id
        handle = h
    }

    deinit { tifa_tr_close(handle) }

    /// Transliterates UTF-16 text.
    public func transliterate(_ text: [UInt16]) throws(ICUError) -> [UInt16] {
        if text.isEmpty { return [] }
        var capacity = text.count + text.count / 4 + 16
        while true {
            var buf = text + [UInt16](repeating: 0, count: capacity - text.count)
            var length = Int32(text.count)
            var status: Int32 = 0
            tifa_tr_transliterate(handle, &buf, &length, Int32(capacity), &status)
            if status == ICUError.bufferOverflow {
                capacity = Int(length) + 16
                continue
            }
            try ICUError.check(status, "utrans_transUChars", id)
            buf.removeSubrange(Int(length)...)
            return buf
        }
    }

    /// The transform's rules in ICU rule syntax (for a compound transform, its parts' rules in order).
    public func rules() throws(ICUError) -> String {
        var capacity = 1 << 16
        while true {
            var buf = [UInt16](repeating: 0, count: capacity)
            var status: Int32 = 0
            let n = tifa_tr_rules(handle, &buf, Int32(capacity), &status)
            if status == ICUError.bufferOverflow || Int(n) > capacity {
                capacity = Int(n) + 16
                continue
            }
            try ICUError.check(status, "utrans_toRules", id)
            return String(decoding: buf[0..<Int(n)], as: UTF16.self)
        }
    }

    /// Transliterates a String.
    public func transliterate(_ text: String) throws(ICUError) -> String {
        String(decoding: try transliterate(Array(text.utf16)), as: UTF16.self)
    }
}
