import TifaCore
import TifaICU

/// Traditional → simplified, one scalar for one scalar: the domain overrides (`t2s-overrides.tsv`) first, then
/// ICU's `Traditional-Simplified` rules run in Swift. Only lines that hold a traditional-only character are
/// projected (so 著, 乾, 於 in simplified text stay). Every rule and override maps a source to a target of the
/// same length, so position k of the projection is position k of the original: offsets need no map.
/// Immutable after init (its tables are never written again) and shared by all workers.
public final class SimplifiedProjection: @unchecked Sendable {
    public let tables: ScriptTables
    /// The overrides applied before the transform, if any.
    public let overrides: ScriptOverrides?

    /// For each BMP character, what it becomes when no override or rule longer than one character applies at it
    /// (what `projectByRules` makes of it alone), with `phraseFlag` set when an override or phrase rule starts with
    /// it (then the next character decides). One load per character on the common path; allocated once, so the
    /// scan retains nothing.
    private let targets: UnsafeMutableBufferPointer<UInt32>
    static let phraseFlag: UInt32 = 1 << 31
    /// One bit per hash of the first two characters of every override and rule longer than one character: a clear
    /// bit means none can start at that pair, so the character is projected as if alone.
    private let pairBits: UnsafeMutableBufferPointer<UInt64>
    private static let pairBitsMask: UInt64 = (1 << 18) - 1

    public init(tables: ScriptTables, overrides: ScriptOverrides?) {
        self.tables = tables
        self.overrides = overrides
        targets = .allocate(capacity: 0x10000)
        var one: [Unicode.Scalar] = ["a"]
        var result: [Unicode.Scalar] = ["a"]
        for v in 0..<targets.count {
            let simple = tables.transformRules.simpleTarget(UInt32(v))
            if simple != 0 && !(overrides?.startsAny(UInt32(v)) ?? false) {
                targets[v] = simple
                continue
            }
            var alone: UInt32 = 0
            if let c = Unicode.Scalar(UInt32(v)) {
                one[0] = c
                one.withUnsafeBufferPointer { text in
                    result.withUnsafeMutableBufferPointer { out in
                        var changed = 0
                        _ = Self.projectByRules(text, at: 0, end: 1, into: out.baseAddress!, changed: &changed,
                                                rules: tables.transformRules, overrides: overrides)
                    }
                }
                alone = result[0].value
            }
            targets[v] = alone | Self.phraseFlag
        }
        pairBits = .allocate(capacity: (1 << 18) / 64)
        pairBits.initialize(repeating: 0)
        for (a, b) in tables.transformRules.phrasePairs + (overrides?.phrasePairs ?? []) {
            let h = Self.pairHash(a.value, b.value)
            pairBits[h >> 6] |= 1 << UInt64(h & 63)
        }
    }

    deinit {
        targets.deallocate()
        pairBits.deallocate()
    }

    @inline(__always) static func pairHash(_ a: UInt32, _ b: UInt32) -> Int {
        Int(truncatingIfNeeded: ((UInt64(a) << 21 | UInt64(b)) &* 0x9E37_79B9_7F4A_7C15) >> 30 & pairBitsMask)
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
    /// returns how many characters changed. Gives what `projectByRules` gives at every position, through tables:
    /// a character no override or phrase rule starts with is one load; one that starts some is projected alone
    /// unless the pair it forms with the next character may start one.
    @discardableResult
    public func project(_ text: UnsafeBufferPointer<Unicode.Scalar>, _ range: Range<Int>,
                        into out: UnsafeMutablePointer<Unicode.Scalar>) -> Int {
        let targets = self.targets, pairs = pairBits
        var changed = 0
        var i = range.lowerBound
        let end = range.upperBound
        while i < end {
            let v = text[i].value
            if v < 0x10000 {
                var t = targets[Int(v)]
                if t & Self.phraseFlag != 0 {
                    if i + 1 < end {
                        let h = Self.pairHash(v, text[i + 1].value)
                        if pairs[h >> 6] & (1 << UInt64(h & 63)) != 0 {
                            i += Self.projectByRules(text, at: i, end: end, into: out, changed: &changed,
                                                     rules: tables.transformRules, overrides: overrides)
                            continue
                        }
                    }
                    t &= ~Self.phraseFlag
                }
                // t is a scalar value: the table maps a scalar to itself or to a rule's target scalar.
                UnsafeMutableRawPointer(out + i).storeBytes(of: t, as: UInt32.self)
                if t != v { changed += 1 }
                i += 1
            } else {
                i += Self.projectByRules(text, at: i, end: end, into: out, changed: &changed,
                                         rules: tables.transformRules, overrides: overrides)
            }
        }
        return changed
    }

    /// Projects at text[i] by the overrides (longest first), then the rules (first in rule order), else keeps the
    /// character; adds to `changed` and returns how many characters were written (what `project` does without
    /// its tables).
    static func projectByRules(_ text: UnsafeBufferPointer<Unicode.Scalar>, at i: Int, end: Int,
                               into out: UnsafeMutablePointer<Unicode.Scalar>, changed: inout Int,
                               rules: TransformRules, overrides: ScriptOverrides?) -> Int {
        let c = text[i]
        if let o = overrides?.match(text, at: i, end: end) {
            for k in 0..<o.source.count {
                out[i + k] = o.target[k]
                if o.target[k] != o.source[k] { changed += 1 }
            }
            return o.source.count
        }
        if c.value < 0x10000, case let t = rules.simpleTarget(c.value), t != 0 {
            let target = Unicode.Scalar(t) ?? c
            out[i] = target
            if target != c { changed += 1 }
            return 1
        }
        guard let rule = rules.match(text, at: i, end: end) else {
            out[i] = c
            return 1
        }
        for k in 0..<rule.source.count {
            out[i + k] = rule.target[k]
            if rule.target[k] != rule.source[k] { changed += 1 }
        }
        return rule.source.count
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
