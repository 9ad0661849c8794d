import TifaScript

/// Traditional → simplified, only on lines holding a traditional-only character, through the shared
/// `SimplifiedProjection` (override phrases first, then ICU's `Traditional-Simplified` rules run in Swift).
/// The projection keeps lengths, so every character keeps its origin.
struct ScriptPass {
    let projection: SimplifiedProjection

    /// Counts of traditional-only and simplified-only characters, and the script they point to.
    func script(of text: [Unicode.Scalar]) -> (script: Script, traditional: Int, simplified: Int) {
        text.withUnsafeBufferPointer { projection.script(of: $0) }
    }

    func run(_ input: MappedText, report: inout CleaningReport) -> MappedText {
        let s = input.scalars
        guard projection.hasTraditional(s[...]) else { return input }
        var out = input
        var changed = 0
        s.withUnsafeBufferPointer { text in
            out.scalars.withUnsafeMutableBufferPointer { buf in
                guard let base = buf.baseAddress else { return }
                for line in input.lineRanges() where projection.hasTraditional(UnsafeBufferPointer(rebasing: text[line])) {
                    changed += projection.project(text, line, into: base)
                }
            }
        }
        report.changed("traditional-to-simplified", changed)
        return out
    }
}
