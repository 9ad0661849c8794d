import TifaICU

/// NFKC with a fast path: ASCII, CJK ideographs and common CJK punctuation are already NFKC and start a
/// segment, full-width ASCII and U+3000 fold in Swift, and only the rest goes through ICU, one
/// normalisation segment at a time so every output character maps to the segment it came from.
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

    func run(_ input: MappedText, report: inout CleaningReport) throws(ICUError) -> MappedText {
        var out = MappedText(end: input.end, capacity: input.count)
        let s = input.scalars
        var i = 0
        while i < s.count {
            let v = s[i].value
            if Self.isFast(v) {
                out.append(s[i], origin: input.origins[i])
                i += 1
                continue
            }
            if let folded = Self.fold(v), i + 1 >= s.count || nfkc.hasBoundaryBefore(s[i + 1]) {
                out.append(Unicode.Scalar(folded)!, origin: input.origins[i])
                report.changed("nfkc")
                i += 1
                continue
            }
            // Slow path: one segment from a boundary to the next boundary, through ICU.
            var start = i
            if !nfkc.hasBoundaryBefore(s[i]), start > 0 {
                // A combining mark: redo the previous character with it.
                start -= 1
                let origin = input.origins[start]
                while let last = out.origins.last, last == origin {
                    out.origins.removeLast()
                    out.scalars.removeLast()
                }
            }
            var end = i + 1
            while end < s.count, !nfkc.hasBoundaryBefore(s[end]) { end += 1 }
            let segment = Array(s[start..<end])
            var utf16: [UInt16] = []
            for c in segment { c.appendUTF16(to: &utf16) }
            let normalised = try nfkc.normalize(utf16)
            let scalars = Array(String(decoding: normalised, as: UTF16.self).unicodeScalars)
            if scalars != segment { report.changed("nfkc", end - start) }
            for c in scalars { out.append(c, origin: input.origins[start]) }
            i = end
        }
        return out
    }
}
