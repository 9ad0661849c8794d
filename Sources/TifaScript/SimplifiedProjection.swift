import TifaCore
import TifaICU

/// Traditional → simplified, one scalar for one scalar: the domain overrides (`t2s-overrides.tsv`) first, then
/// ICU's `Traditional-Simplified` rules run in Swift. Only lines that hold a traditional-only character are
/// projected (so 著, 乾, 於 in simplified text stay). Every rule and override maps a source to a target of the
/// same length, so position k of the projection is position k of the original: offsets need no map.
/// Immutable and shared by all workers.
public final class SimplifiedProjection: Sendable {
    public let tables: ScriptTables
    /// The overrides applied before the transform, if any.
    public let overrides: ScriptOverrides?

    public init(tables: ScriptTables, overrides: ScriptOverrides?) {
        self.tables = tables
        self.overrides = overrides
    }

    /// A projection over the shared character tables (built from ICU on first use).
    public convenience init(overrides: ScriptOverrides?) throws(ICUError) {
        self.init(tables: try ScriptTables.shared.get(), overrides: overrides)
    }

    /// The script that characters only one script uses point to, with their counts (a script is called
    /// simplified or traditional when the other script's characters are at most 5% of them, else mixed).
    public func script(of text: UnsafeBufferPointer<Unicode.Scalar>) -> (script: Script, traditional: Int, simplified: Int) {
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

    /// Whether text holds a traditional-only character (what makes a line worth projecting).
    public func hasTraditional(_ text: UnsafeBufferPointer<Unicode.Scalar>) -> Bool {
        text.contains { tables.isTraditionalOnly($0) }
    }

    /// Whether text holds a traditional-only character.
    public func hasTraditional(_ text: ArraySlice<Unicode.Scalar>) -> Bool {
        text.withUnsafeBufferPointer { hasTraditional($0) }
    }

    /// Writes the projection of `text[range]` to `out[range]` (same positions), whatever the range's script;
    /// returns how many characters changed.
    @discardableResult
    public func project(_ text: UnsafeBufferPointer<Unicode.Scalar>, _ range: Range<Int>,
                        into out: UnsafeMutablePointer<Unicode.Scalar>) -> Int {
        let rules = tables.transformRules
        var changed = 0
        var i = range.lowerBound
        while i < range.upperBound {
            let c = text[i]
            if let overrides, let o = overrides.match(text, at: i, end: range.upperBound) {
                for k in 0..<o.source.count {
                    out[i + k] = o.target[k]
                    if o.target[k] != o.source[k] { changed += 1 }
                }
                i += o.source.count
                continue
            }
            if c.value < 0x10000, case let t = rules.simpleTarget(c.value), t != 0 {
                let target = Unicode.Scalar(t) ?? c
                out[i] = target
                if target != c { changed += 1 }
                i += 1
                continue
            }
            guard let rule = rules.match(text, at: i, end: range.upperBound) else {
                out[i] = c
                i += 1
                continue
            }
            for k in 0..<rule.source.count {
                out[i + k] = rule.target[k]
                if rule.target[k] != rule.source[k] { changed += 1 }
            }
            i += rule.source.count
        }
        return changed
    }

    /// The text with each line that holds a traditional-only character projected; other lines unchanged.
    /// The result has as many scalars as the text.
    public func project(_ text: String) -> String {
        let scalars = Array(text.unicodeScalars)
        var out = scalars
        scalars.withUnsafeBufferPointer { text in
            out.withUnsafeMutableBufferPointer { buf in
                guard let base = buf.baseAddress else { return }
                var start = 0
                for k in 0...text.count where k == text.count || text[k] == "\n" {
                    if hasTraditional(UnsafeBufferPointer(rebasing: text[start..<k])) { project(text, start..<k, into: base) }
                    start = k + 1
                }
            }
        }
        return String(String.UnicodeScalarView(out))
    }
}
