import TifaICU

/// NFKC with a fast path: ASCII, CJK ideographs and common CJK punctuation are already NFKC and start a
/// segment, full-width ASCII and U+3000 fold in Swift, and only the rest goes through ICU, one normalisation
/// segment at a time so every output character maps to the segment it came from. Used by `SurfacePass`.
struct CompatibilityPass {
    private let nfkc: TifaICU.Normalizer

    init() throws(ICUError) { nfkc = try TifaICU.Normalizer(.nfkc) }

    /// Whether the scalar is NFKC-stable and starts a segment (checked against ICU by a test).
    @inline(__always) static func isFast(_ v: UInt32) -> Bool {
        if v < 0x80 { return true }
        if v >= 0x4E00 && v <= 0x9FFF { return true }
        if v >= 0x3400 && v <= 0x4DBF { return true }
        if v >= 0x3001 && v <= 0x3011 && v != 0x3004 { return true }
        switch v {
        case 0x2014, 0x2018, 0x2019, 0x201C, 0x201D, 0x00B7, 0x3014, 0x3015, 0x3016, 0x3017: return true
        default: return false
        }
    }

    /// The fast folding of full-width ASCII (U+FF01–FF5E) and the ideographic space, which NFKC does too.
    @inline(__always) static func fold(_ v: UInt32) -> UInt32? {
        if v >= 0xFF01 && v <= 0xFF5E { return v - 0xFEE0 }
        if v == 0x3000 { return 0x20 }
        return nil
    }

    /// Whether a segment may be cut before the scalar.
    @inline(__always) func hasBoundaryBefore(_ s: Unicode.Scalar) -> Bool {
        Self.isFast(s.value) || nfkc.hasBoundaryBefore(s)
    }

    /// NFKC of one segment.
    func normalize(_ segment: ArraySlice<Unicode.Scalar>) throws(ICUError) -> [Unicode.Scalar] {
        var utf16: [UInt16] = []
        for c in segment { c.appendUTF16(to: &utf16) }
        return ScalarText.scalars(utf16: try nfkc.normalize(utf16))
    }
}
