import Foundation
import TifaICU

/// Applies boilerplate rules line by line. Not thread-safe (owns compiled ICU regexes): one per worker.
final class BoilerplatePass {
    private let rules: [BoilerplateRules.Rule]
    private let regexes: [ICURegex]

    /// For each BMP character, the index into `triggerBuckets` of the triggers starting with it, or -1.
    private let triggerFirst: [Int32]
    private let triggerBuckets: [[(rule: Int, needle: [Unicode.Scalar])]]
    private var triggered: [Bool]

    init(rules: BoilerplateRules) throws(ICUError) {
        self.rules = rules.rules
        var compiled: [ICURegex] = []
        for r in rules.rules { compiled.append(try ICURegex(r.pattern)) }
        regexes = compiled
        var first = [Int32](repeating: -1, count: 0x10000)
        var buckets: [[(rule: Int, needle: [Unicode.Scalar])]] = []
        for (k, rule) in rules.rules.enumerated() {
            for needle in rule.triggers where needle[0].value < 0x10000 {
                let c = Int(needle[0].value)
                if first[c] < 0 {
                    first[c] = Int32(buckets.count)
                    buckets.append([])
                }
                buckets[Int(first[c])].append((k, needle))
            }
        }
        triggerFirst = first
        triggerBuckets = buckets
        triggered = [Bool](repeating: false, count: rules.rules.count)
    }

    /// Marks in `triggered` the rules whose triggers occur in the line; false when none does.
    private func findTriggers(_ s: [Unicode.Scalar], _ line: Range<Int>) -> Bool {
        var any = false
        for k in rules.indices {
            triggered[k] = rules[k].triggers.isEmpty
            any = any || triggered[k]
        }
        for i in line {
            let v = s[i].value
            guard v < 0x10000 else { continue }
            let b = triggerFirst[Int(v)]
            if b < 0 { continue }
            for (rule, needle) in triggerBuckets[Int(b)] where !triggered[rule] && i + needle.count <= line.upperBound {
                var k = 1
                while k < needle.count && s[i + k] == needle[k] { k += 1 }
                if k == needle.count {
                    triggered[rule] = true
                    any = true
                }
            }
        }
        return any
    }

    func run(_ input: MappedText, report: inout CleaningReport) throws(ICUError) -> MappedText {
        var out = MappedText(end: input.end, capacity: input.count + 1)
        let s = input.scalars
        var changed = false
        for line in input.lineRanges() {
            let hasBreak = line.upperBound < s.count
            let result = try clean(s, line, report: &report)
            if result != nil && !changed {
                // The first change: copy what came before it.
                changed = true
                out.append(contentsOf: input, 0..<line.lowerBound)
            }
            if !changed { continue }
            guard let keep = result else {
                for i in line { out.append(s[i], origin: input.origins[i]) }
                if hasBreak { out.append("\n", origin: input.origins[line.upperBound]) }
                continue
            }
            if let rule = keep.emptiedBy {
                // The rules emptied the line: drop what is left of it and its line break too.
                report.removed(rule, keep.kept.count + (hasBreak ? 1 : 0))
                continue
            }
            let firstKept = keep.kept.first(where: { !s[line.lowerBound + $0].isBlank }) ?? line.count
            let lastKept = keep.kept.last(where: { !s[line.lowerBound + $0].isBlank }) ?? -1
            var afterBreak = false
            for (k, i) in line.enumerated() {
                if keep.kept.contains(k) {
                    if afterBreak && s[i].isBlank { continue }
                    afterBreak = false
                    out.append(s[i], origin: input.origins[i])
                } else if keep.breaks.contains(k), k > firstKept, k < lastKept, !afterBreak {
                    while let last = out.scalars.last, last.isBlank {
                        out.scalars.removeLast()
                        out.origins.removeLast()
                    }
                    out.append("\n", origin: input.origins[i])
                    afterBreak = true
                }
            }
            if hasBreak { out.append("\n", origin: input.origins[line.upperBound]) }
        }
        return changed ? out : input
    }

    /// What survives of a line: the kept offsets, or the rule that emptied it; nil when no rule matched.
    private struct Kept {
        var kept: IndexSet
        var emptiedBy: String?
        /// Removed positions where a line break takes the place of a `span-break` match.
        var breaks = IndexSet()
    }

    private func clean(_ s: [Unicode.Scalar], _ line: Range<Int>, report: inout CleaningReport) throws(ICUError) -> Kept? {
        var keep = [Bool](repeating: true, count: line.count)
        var utf16: [UInt16] = []
        var scalarAt: [Int] = []
        var changed = false
        var lastRule = ""
        var breaks = IndexSet()
        guard findTriggers(s, line) else { return nil }
        for (k, rule) in rules.enumerated() where triggered[k] {
            if rule.scope == .line, rule.maxLineLength > 0, line.count > rule.maxLineLength { continue }
            if scalarAt.isEmpty {
                for i in line {
                    let before = utf16.count
                    s[i].appendUTF16(to: &utf16)
                    for _ in before..<utf16.count { scalarAt.append(i - line.lowerBound) }
                }
                scalarAt.append(line.count)
            }
            let text = changed ? blanked(utf16, keep, scalarAt) : utf16
            let matches = try regexes[k].matches(in: text)
            guard !matches.isEmpty else { continue }
            let name = "boilerplate." + rule.name
            lastRule = name
            switch rule.scope {
            case .line:
                report.removed(name, keep.count { $0 })
                return Kept(kept: IndexSet(), emptiedBy: name)
            case .span, .spanBreak:
                for m in matches where !m.range.isEmpty {
                    var n = 0
                    let removed = scalarAt[m.range.lowerBound]..<scalarAt[m.range.upperBound]
                    if rule.scope == .spanBreak, !breaks.contains(integersIn: max(0, removed.lowerBound - 1)..<removed.upperBound + 1) {
                        breaks.insert(removed.lowerBound)
                    }
                    for j in removed where keep[j] {
                        keep[j] = false
                        n += 1
                    }
                    report.removed(name, n)
                    changed = true
                }
            }
        }
        guard changed else { return nil }
        var kept = IndexSet()
        for (k, isKept) in keep.enumerated() where isKept { kept.insert(k) }
        let blank = kept.allSatisfy { s[line.lowerBound + $0].isBlank }
        return Kept(kept: kept, emptiedBy: blank ? lastRule : nil, breaks: breaks)
    }

    /// The line's UTF-16 with already-removed characters turned into spaces (so offsets stay put).
    private func blanked(_ utf16: [UInt16], _ keep: [Bool], _ scalarAt: [Int]) -> [UInt16] {
        var u = utf16
        for j in u.indices where !keep[scalarAt[j]] { u[j] = 0x20 }
        return u
    }
}
