import Foundation
import TifaICU

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

/// A compiled codebook regex (ICU syntax) shared between threads; matching is serialised by a lock and
/// bounded by ICU's time limit, so a pattern such as `(党+)+建` gives up instead of running on.
final class RegexBox: @unchecked Sendable {
    /// How long one match may run, in steps of ICU's match engine (about milliseconds). A window is at most
    /// ~120 characters, where a sane pattern needs microseconds; a pattern that times out once is not tried
    /// again in the same document.
    static let timeLimit: Int32 = 300

    let pattern: String
    private let regex: ICURegex
    private let lock = NSLock()

    init?(_ pattern: String) {
        guard let r = try? ICURegex(pattern, timeLimit: Self.timeLimit) else { return nil }
        self.pattern = pattern
        regex = r
    }

    /// Matches in `window`, as scalar ranges relative to the window; nil when the match hit the time limit
    /// (or ICU failed), so the caller can report the pattern.
    func matches(in window: ArraySlice<Unicode.Scalar>) -> [Range<Int>]? {
        var utf16: [UInt16] = []
        var scalarAt: [Int] = []
        utf16.reserveCapacity(window.count)
        scalarAt.reserveCapacity(window.count + 1)
        for (k, s) in window.enumerated() {
            for unit in s.utf16 {
                utf16.append(unit)
                scalarAt.append(k)
            }
        }
        scalarAt.append(window.count)
        lock.lock()
        defer { lock.unlock() }
        guard let found = try? regex.matches(in: utf16) else { return nil }
        return found.map { scalarAt[$0.range.lowerBound]..<scalarAt[$0.range.upperBound] }
    }
}
