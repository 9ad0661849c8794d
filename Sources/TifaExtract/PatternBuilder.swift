import Foundation

/// Collects the strings of all codebook terms into automaton patterns, one pattern per distinct string.
struct PatternBuilder {
    private(set) var patterns: [[Unicode.Scalar]] = []
    private(set) var strings: [String] = []
    private(set) var roles: [[CodebookIndex.Role]] = []
    private(set) var regexes: [RegexBox] = []
    /// Gap variants: parts as scalars and the largest gap.
    private(set) var gaps: [(parts: [[Unicode.Scalar]], maxGap: Int)] = []
    /// Dense ids of targets, in order of first use.
    private(set) var targets: [CodebookIndex.Target] = []
    private var targetIDs: [CodebookIndex.Target: Int] = [:]
    private var index: [String: Int] = [:]

    mutating func id(_ t: CodebookIndex.Target) -> Int {
        if let i = targetIDs[t] { return i }
        targetIDs[t] = targets.count
        targets.append(t)
        return targets.count - 1
    }

    mutating func add(_ string: String, role: CodebookIndex.Role) {
        guard !string.isEmpty else { return }
        if let i = index[string] {
            roles[i].append(role)
            return
        }
        index[string] = patterns.count
        patterns.append(Array(string.unicodeScalars))
        strings.append(string)
        roles.append([role])
    }

    mutating func add(_ variants: [TermVariant], for target: CodebookIndex.Target) {
        for variant in variants {
            switch variant {
            case .literal(let s):
                add(s, role: .term(id(target)))
            case .parts(let parts):
                for joined in Self.joinings(parts) { add(joined, role: .term(id(target))) }
            case .regex(let pattern, _) where GapPattern.parse(pattern) != nil:
                let (parts, maxGap) = GapPattern.parse(pattern)!
                gaps.append((parts.map { Array($0.unicodeScalars) }, maxGap))
                add(parts[0], role: .gapAnchor(id(target), gap: gaps.count - 1))
            case .regex(let pattern, let anchor):
                guard let box = RegexBox(pattern) else { continue }
                regexes.append(box)
                add(anchor, role: .anchor(id(target), regex: regexes.count - 1))
            }
        }
    }

    /// All ways of writing parts with an allowed separator between each pair.
    static func joinings(_ parts: [String]) -> [String] {
        var result = [parts[0]]
        for part in parts.dropFirst() {
            result = result.flatMap { prefix in CodebookIndex.partSeparators.map { prefix + $0 + part } }
        }
        return result
    }
}

/// A compiled regex shared between threads; matching is serialised by a lock.
final class RegexBox: @unchecked Sendable {
    private let regex: Regex<AnyRegexOutput>
    private let lock = NSLock()

    init?(_ pattern: String) {
        guard let r = try? Regex(pattern) else { return nil }
        regex = r
    }

    /// Matches in `window`, as scalar ranges relative to the window.
    func matches(in window: String) -> [Range<Int>] {
        lock.lock()
        defer { lock.unlock() }
        let scalars = window.unicodeScalars
        return window.matches(of: regex).map { m in
            let lo = scalars.distance(from: scalars.startIndex, to: m.range.lowerBound)
            let hi = scalars.distance(from: scalars.startIndex, to: m.range.upperBound)
            return lo..<hi
        }
    }
}
