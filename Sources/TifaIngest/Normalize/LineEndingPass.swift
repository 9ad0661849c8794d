/// Turns CRLF, CR, NEL and the Unicode line/paragraph separators into "\n", and drops control characters
/// (other than tab and newline) and zero-width no-break spaces (stray BOMs).
enum LineEndingPass {
    static func run(_ input: MappedText, report: inout CleaningReport) -> MappedText {
        var out = MappedText(end: input.end, capacity: input.count)
        let s = input.scalars
        var i = 0
        while i < s.count {
            let v = s[i].value
            switch v {
            case 0x0D:
                out.append("\n", origin: input.origins[i])
                if i + 1 < s.count, s[i + 1] == "\n" {
                    report.removed("crlf")
                    i += 1
                } else {
                    report.changed("line-endings")
                }
            case 0x85, 0x2028, 0x2029:
                out.append("\n", origin: input.origins[i])
                report.changed("line-endings")
            case 0x0A, 0x09:
                out.append(s[i], origin: input.origins[i])
            case 0x00...0x1F, 0x7F, 0xFEFF:
                report.removed("control")
            default:
                out.append(s[i], origin: input.origins[i])
            }
            i += 1
        }
        return out
    }
}
