/// A codebook term found in a text: its range (normalised scalar offsets) and what it stands for.
public struct TermMatch: Sendable, Equatable {
    public var range: Range<Int>
    /// Usually one target; several when the same string belongs to several entries.
    public var targets: [CodebookIndex.Target]
}

/// The result of one matching pass: selected terms (leftmost-longest) and every stance cue.
public struct TermMatches: Sendable {
    public var terms: [TermMatch]
    public var cues: [TermMatch]
}

extension CodebookIndex {
    /// Characters that end the window a regex variant is tried in.
    static let windowStops: Set<Unicode.Scalar> = ["。", "!", "?", ";", "\n", "!", "?", ";"]

    /// Matches all codebook strings in one pass over text, drops matches inside their entry's exclusions,
    /// and selects terms leftmost-longest. Regex variants are tried only around their anchor's hits.
    public func match(_ text: [Unicode.Scalar]) -> TermMatches {
        var candidates: [(range: Range<Int>, target: Target)] = []
        var blockers: [Target: [Range<Int>]] = [:]
        var regexTried: Set<Int> = []  // (regex, window start) pairs already run, packed
        for hit in automaton.allHits(in: text) {
            for role in roles[hit.pattern] {
                switch role {
                case .term(let t):
                    candidates.append((hit.start..<hit.end, t))
                case .exclusion(let t):
                    blockers[t, default: []].append(hit.start..<hit.end)
                case .anchor(let t, let r):
                    let window = Self.window(around: hit.start..<hit.end, in: text)
                    let key = r &* 1_000_003 &+ window.lowerBound
                    guard regexTried.insert(key).inserted else { continue }
                    var s = String.UnicodeScalarView()
                    s.append(contentsOf: text[window])
                    for m in regexes[r].matches(in: String(s)) where !m.isEmpty {
                        candidates.append(((window.lowerBound + m.lowerBound)..<(window.lowerBound + m.upperBound), t))
                    }
                }
            }
        }
        let kept = candidates.filter { c in
            !(blockers[c.target]?.contains { $0.lowerBound <= c.range.lowerBound && c.range.upperBound <= $0.upperBound } ?? false)
        }
        var terms: [TermMatch] = [], cues: [TermMatch] = []
        var byRange: [Range<Int>: [Target]] = [:]
        for c in kept {
            if case .cue = c.target {
                cues.append(TermMatch(range: c.range, targets: [c.target]))
            } else if byRange[c.range]?.contains(c.target) != true {
                byRange[c.range, default: []].append(c.target)
            }
        }
        var reach = 0
        for range in byRange.keys.sorted(by: { $0.lowerBound != $1.lowerBound ? $0.lowerBound < $1.lowerBound : $0.upperBound > $1.upperBound })
        where range.lowerBound >= reach {
            terms.append(TermMatch(range: range, targets: byRange[range]!.sorted { "\($0)" < "\($1)" }))
            reach = range.upperBound
        }
        cues.sort { $0.range.lowerBound != $1.range.lowerBound ? $0.range.lowerBound < $1.range.lowerBound : $0.range.upperBound < $1.range.upperBound }
        return TermMatches(terms: terms, cues: cues)
    }

    /// The clause-group around a hit: up to the nearest 。!?; or line break, at most 60 scalars each way.
    static func window(around r: Range<Int>, in text: [Unicode.Scalar]) -> Range<Int> {
        var lo = r.lowerBound, hi = r.upperBound
        while lo > 0, r.lowerBound - lo < 60, !windowStops.contains(text[lo - 1]) { lo -= 1 }
        while hi < text.count, hi - r.upperBound < 60, !windowStops.contains(text[hi]) { hi += 1 }
        return lo..<hi
    }
}
