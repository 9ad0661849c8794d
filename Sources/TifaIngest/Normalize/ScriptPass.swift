import TifaScript

/// Traditional → simplified, only on lines holding a traditional-only character, through the shared
/// `SimplifiedProjection` (override phrases first, then ICU's `Traditional-Simplified` rules run in Swift).
/// The projection keeps lengths, so every character keeps its origin.
struct ScriptPass {
    let projection: SimplifiedProjection

    /// Counts of traditional-only and simplified-only characters, and the script they point to.
    func script(of text: [Unicode.Scalar]) -> (script: Script, traditional: Int, simplified: Int) {
        projection.script(of: text)
    }

    func run(_ input: MappedText, report: inout CleaningReport) -> MappedText {
        let s = input.scalars
        guard projection.hasTraditional(s) else { return input }
        var out = input
        var changed = 0
        out.scalars.withUnsafeMutableBufferPointer { buf in
            guard let base = buf.baseAddress else { return }
            for line in input.lineRanges() where projection.hasTraditional(s[line]) {
                changed += projection.project(s, line, into: base)
            }
        }
        report.changed("traditional-to-simplified", changed)
        return out
    }
}
