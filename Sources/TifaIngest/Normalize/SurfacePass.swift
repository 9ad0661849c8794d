import TifaICU

/// The first pass, straight over the original text: line endings (CRLF, CR, NEL, U+2028/2029 → "\n"; control
/// characters and stray U+FEFF dropped), the lost characters and mojibake `LostCharacterPass` marked (dropped
/// and reported), and NFKC (when on) through `CompatibilityPass`. One pass instead of three keeps big files
/// cheap.
struct SurfacePass {
    let compatibility: CompatibilityPass?

    func run(_ s: [Unicode.Scalar], drop: [UInt8]?, report: inout CleaningReport) throws(ICUError) -> MappedText {
        var out = MappedText(end: Int32(s.count), capacity: s.count + 1)
        var crlf = 0, lineEndings = 0, controls = 0, folded = 0
        defer {
            report.removed("crlf", crlf)
            report.removed("control", controls)
            report.changed("line-endings", lineEndings)
            report.changed("nfkc", folded)
        }
        let n = s.count
        var i = 0
        while i < n {
            if let drop, drop[i] != 0 {
                let kind = drop[i]
                var j = i
                while j < n, drop[j] == kind { j += 1 }
                LostCharacterPass.dropped(kind, i..<j, next: j < n ? s[j] : nil, out: &out, report: &report)
                i = j
                continue
            }
            let v = s[i].value
            if let compatibility {
                if CompatibilityPass.isFast(v) && v >= 0x20 {
                    // A run of characters that need nothing: copy it in bulk.
                    var j = i + 1
                    while j < n, CompatibilityPass.isFast(s[j].value), s[j].value >= 0x20, drop?[j] ?? 0 == 0 { j += 1 }
                    if j < n, !compatibility.hasBoundaryBefore(s[j]) { j -= 1 }
                    if j > i {
                        out.scalars.append(contentsOf: s[i..<j])
                        out.origins.append(contentsOf: Int32(i)..<Int32(j))
                        i = j
                        continue
                    }
                }
                if let fast = CompatibilityPass.fold(v), i + 1 >= n || compatibility.hasBoundaryBefore(s[i + 1]) {
                    out.append(Unicode.Scalar(fast)!, origin: Int32(i))
                    folded += 1
                    i += 1
                    continue
                }
            }
            switch v {
            case 0x0D:
                out.append("\n", origin: Int32(i))
                if i + 1 < n, s[i + 1] == "\n", drop?[i + 1] ?? 0 == 0 {
                    crlf += 1
                    i += 1
                } else {
                    lineEndings += 1
                }
                i += 1
                continue
            case 0x85, 0x2028, 0x2029:
                out.append("\n", origin: Int32(i))
                lineEndings += 1
                i += 1
                continue
            case 0x0A, 0x09:
                out.append(s[i], origin: Int32(i))
                i += 1
                continue
            case 0x00...0x1F, 0x7F, 0xFEFF:
                controls += 1
                i += 1
                continue
            default:
                break
            }
            guard let compatibility else {
                out.append(s[i], origin: Int32(i))
                i += 1
                continue
            }
            // Slow path: one segment from a boundary to the next boundary, through ICU.
            var start = i
            if start > 0, !compatibility.hasBoundaryBefore(s[i]), drop?[i - 1] ?? 0 == 0, s[i - 1].value >= 0x20 {
                // A combining mark: redo the previous character with it.
                start -= 1
                while let last = out.origins.last, last == Int32(start) {
                    out.origins.removeLast()
                    out.scalars.removeLast()
                }
            }
            var end = i + 1
            while end < n, drop?[end] ?? 0 == 0, s[end].value >= 0x20, !compatibility.hasBoundaryBefore(s[end]) { end += 1 }
            let normalized = try compatibility.normalize(s[start..<end])
            if !normalized.elementsEqual(s[start..<end]) { folded += end - start }
            for c in normalized { out.append(c, origin: Int32(start)) }
            i = end
        }
        return out
    }
}
