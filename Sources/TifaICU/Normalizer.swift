import CTifaICU

/// An ICU Unicode normaliser (NFC, NFKC, NFKC_Casefold). The instances are shared and thread-safe.
public struct Normalizer: @unchecked Sendable {
    /// The normalisation forms Tifa uses.
    public enum Form: String, Sendable, CaseIterable { case nfc, nfkc, nfkcCasefold = "nfkc_cf" }

    public let form: Form
    private let handle: OpaquePointer

    public init(_ form: Form) throws(ICUError) {
        var status: Int32 = 0
        guard let h = tifa_norm_get(form.rawValue, &status), status <= 0 else {
            throw ICUError(code: status == 0 ? 1 : status, call: "unorm2_getInstance", detail: form.rawValue)
        }
        self.form = form
        handle = h
    }

    /// Whether text is already in this form.
    public func isNormalized(_ text: [UInt16]) throws(ICUError) -> Bool {
        var status: Int32 = 0
        let r = tifa_norm_is_normalized(handle, text, Int32(text.count), &status)
        try ICUError.check(status, "unorm2_isNormalized")
        return r == 1
    }

    /// Whether the code point starts a normalisation segment, so text can be cut before it.
    public func hasBoundaryBefore(_ scalar: Unicode.Scalar) -> Bool {
        tifa_norm_has_boundary_before(handle, Int32(scalar.value)) == 1
    }

    /// Normalises UTF-16 text.
    public func normalize(_ text: [UInt16]) throws(ICUError) -> [UInt16] {
        if text.isEmpty { return [] }
        var capacity = text.count * 2 + 8
        while true {
            var out = [UInt16](repeating: 0, count: capacity)
            var status: Int32 = 0
            let n = tifa_norm_normalize(handle, text, Int32(text.count), &out, Int32(capacity), &status)
            if status == ICUError.bufferOverflow { capacity = Int(n) + 8; continue }
            try ICUError.check(status, "unorm2_normalize", form.rawValue)
            out.removeSubrange(Int(n)...)
            return out
        }
    }

    /// Normalises a String.
    public func normalize(_ text: String) throws(ICUError) -> String {
        String(decoding: try normalize(Array(text.utf16)), as: UTF16.self)
    }
}
