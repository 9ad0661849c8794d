import TifaICU

/// The script a document is written in, judged from characters only one script uses.
public enum Script: String, Sendable, Codable {
    case simplified, traditional, mixed
    /// No character tells the scripts apart (ASCII only, or only shared characters).
    case undetermined
}

/// Traditional → simplified, only on lines holding a traditional-only character: override phrases first,
/// ICU's `Traditional-Simplified` transform on the rest (its rules run in Swift when they are plain, else ICU
/// itself). Not thread-safe (may own a transliterator).
final class ScriptPass {
    private let tables: ScriptTables
    private let overrides: ScriptOverrides
    private var transform: Transliterator?

    init(tables: ScriptTables, overrides: ScriptOverrides) {
        self.tables = tables
        self.overrides = overrides
    }

    /// Counts of traditional-only and simplified-only characters, and the script they point to.
    func script(of text: [Unicode.Scalar]) -> (script: Script, traditional: Int, simplified: Int) {
        var trad = 0, simp = 0
        for s in text where s.value >= 0x3400 {
            let f = tables.flags(s)
            if f.contains(.traditionalOnly) { trad += 1 } else if f.contains(.simplifiedOnly) { simp += 1 }
        }
        let total = trad + simp
        if total == 0 { return (.undetermined, 0, 0) }
        let script: Script = trad * 20 <= total ? .simplified : simp * 20 <= total ? .traditional : .mixed
        return (script, trad, simp)
    }

    func run(_ input: MappedText, report: inout CleaningReport) throws(ICUError) -> MappedText {
        let s = input.scalars
        guard s.contains(where: { tables.isTraditionalOnly($0) }) else { return input }
        var out = MappedText(end: input.end, capacity: input.count + 1)
        for line in input.lineRanges() {
            if line.contains(where: { tables.isTraditionalOnly(s[$0]) }) {
                try convert(input, line, into: &out, report: &report)
            } else {
                out.append(contentsOf: input, line)
            }
            if line.upperBound < s.count { out.append(s[line.upperBound], origin: input.origins[line.upperBound]) }
        }
        return out
    }

    private func convert(_ input: MappedText, _ line: Range<Int>, into out: inout MappedText,
                         report: inout CleaningReport) throws(ICUError) {
        let s = input.scalars
        var gapStart = line.lowerBound
        var i = line.lowerBound
        while i < line.upperBound {
            guard let o = overrides.match(s, at: i, end: line.upperBound) else {
                i += 1
                continue
            }
            try transliterate(input, gapStart..<i, into: &out, report: &report)
            for k in 0..<o.source.count {
                out.append(o.target[k], origin: input.origins[i + k])
                if o.target[k] != o.source[k] { report.changed("traditional-to-simplified") }
            }
            i += o.source.count
            gapStart = i
        }
        try transliterate(input, gapStart..<line.upperBound, into: &out, report: &report)
    }

    private func transliterate(_ input: MappedText, _ range: Range<Int>, into out: inout MappedText,
                               report: inout CleaningReport) throws(ICUError) {
        if range.isEmpty { return }
        if let rules = tables.transformRules {
            let s = input.scalars
            var changed = 0
            defer { report.changed("traditional-to-simplified", changed) }
            var i = range.lowerBound
            while i < range.upperBound {
                let v = s[i].value
                if v < 0x10000, case let t = rules.simpleTarget(v), t != 0 {
                    out.append(Unicode.Scalar(t) ?? s[i], origin: input.origins[i])
                    if t != v { changed += 1 }
                    i += 1
                    continue
                }
                guard let rule = rules.match(s, at: i, end: range.upperBound) else {
                    out.append(s[i], origin: input.origins[i])
                    i += 1
                    continue
                }
                for k in 0..<rule.source.count {
                    out.append(rule.target[k], origin: input.origins[i + k])
                    if rule.target[k] != rule.source[k] { changed += 1 }
                }
                i += rule.source.count
            }
            return
        }
        if transform == nil { transform = try Transliterator(id: "Traditional-Simplified") }
        var utf16: [UInt16] = []
        utf16.reserveCapacity(range.count)
        for c in input.scalars[range] { c.appendUTF16(to: &utf16) }
        let result = Array(String(decoding: try transform!.transliterate(utf16), as: UTF16.self).unicodeScalars)
        if result.count == range.count {
            for (k, c) in result.enumerated() {
                let p = range.lowerBound + k
                out.append(c, origin: input.origins[p])
                if c != input.scalars[p] { report.changed("traditional-to-simplified") }
            }
        } else {
            // Lengths differ (rare): every output character maps to the start of the run.
            for c in result { out.append(c, origin: input.origins[range.lowerBound]) }
            report.changed("traditional-to-simplified", range.count)
        }
    }
}
