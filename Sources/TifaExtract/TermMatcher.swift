/// A codebook term found in a text: its range (normalised scalar offsets) and what it stands for.
public struct TermMatch: Sendable, Equatable {
    public var range: Range<Int>
    /// Usually one target; several when the same string belongs to several entries.
    public var targets: [CodebookIndex.Target]
}

/// A stance cue found in a text.
public struct CueHit: Sendable, Equatable {
    public var range: Range<Int>
    /// Index into `CodebookIndex.cues`.
    public var cue: Int
}

/// The result of one matching pass: the selected terms (leftmost-longest), by position.
public struct TermMatches: Sendable {
    public var terms: [TermMatch]
    /// Sentence ends, clause breaks, quotes and numerals, collected during the same scan.
    var landmarks: TextLandmarks
    /// Codebook regexes that hit ICU's time limit in this text (their matches there are missing), in order.
    public var regexTimeouts: [String] = []
}

extension CodebookIndex {
    private struct Candidate {
        var start: Int32
        var end: Int32
        var target: Int32
    }

    /// Matches all codebook strings in one pass, drops matches inside their entry's exclusions, and selects
    /// terms leftmost-longest. Regex variants are tried only around their anchor's hits.
    public func match(_ text: [Unicode.Scalar]) -> TermMatches {
        var candidates: [Candidate] = []
        var blockers: [Int: [Range<Int>]] = [:]
        var regexTried: Set<Int> = []
        var timedOut: [Int] = []
        var landmarks = TextLandmarks()
        automaton.scan(text, within: text.indices, landmarks: &landmarks, collect: true) { pattern, start, end in
            for r in Int(roleStart[pattern])..<Int(roleStart[pattern + 1]) {
                switch roles[r] {
                case .term(let t):
                    candidates.append(Candidate(start: Int32(start), end: Int32(end), target: Int32(t)))
                case .cue:
                    break
                case .exclusion(let t):
                    blockers[t, default: []].append(start..<end)
                case .gapAnchor(let t, let g):
                    if let e = gapMatch(gaps[g], from: end, in: text) {
                        candidates.append(Candidate(start: Int32(start), end: Int32(e), target: Int32(t)))
                    }
                case .anchor(let t, let x):
                    let window = Self.window(around: start..<end, in: text)
                    guard !timedOut.contains(x), regexTried.insert(x &* 1_000_003 &+ window.lowerBound).inserted else { continue }
                    guard let found = regexes[x].matches(in: text[window]) else {
                        timedOut.append(x)
                        continue
                    }
                    for m in found where !m.isEmpty {
                        candidates.append(Candidate(start: Int32(window.lowerBound + m.lowerBound),
                                                    end: Int32(window.lowerBound + m.upperBound), target: Int32(t)))
                    }
                }
            }
        }
        if !blockers.isEmpty {
            func blocked(_ start: Int, _ end: Int, _ t: Int) -> Bool {
                blockers[t]?.contains { $0.lowerBound <= start && end <= $0.upperBound } ?? false
            }
            candidates.removeAll { blocked(Int($0.start), Int($0.end), Int($0.target)) }
        }
        candidates.sort { a, b in
            a.start != b.start ? a.start < b.start : (a.end != b.end ? a.end > b.end : a.target < b.target)
        }
        // Leftmost-longest selection, separately for criteria names/items and for entries, so that a problem
        // wording (搞形式 in 不能搞形式主义) never cuts a criteria item (形式主义) and the reverse.
        var terms: [TermMatch] = []
        var reach: [Int32] = [0, 0]
        var k = 0
        while k < candidates.count {
            let c = candidates[k]
            var next = k + 1
            while next < candidates.count, candidates[next].start == c.start, candidates[next].end == c.end { next += 1 }
            var ids: [Int32] = []
            for layer in 0..<2 where c.start >= reach[layer] {
                let before = ids.count
                for i in k..<next where isCriteria(targets[Int(candidates[i].target)]) == (layer == 1)
                    && ids.last != candidates[i].target {
                    ids.append(candidates[i].target)
                }
                if ids.count > before { reach[layer] = c.end }
            }
            if !ids.isEmpty {
                ids.sort()
                terms.append(TermMatch(range: Int(c.start)..<Int(c.end), targets: ids.map { targets[Int($0)] }))
            }
            k = next
        }
        return TermMatches(terms: terms, landmarks: landmarks, regexTimeouts: timedOut.map { regexes[$0].pattern })
    }

    /// The end of the rest of a gap variant after its first part ends at `from`, if the other parts follow in
    /// order, each within the gap and with no punctuation in between.
    func gapMatch(_ gap: (parts: [[Unicode.Scalar]], maxGap: Int), from: Int, in text: [Unicode.Scalar]) -> Int? {
        var at = from
        for part in gap.parts.dropFirst() {
            var found: Int? = nil
            var k = at
            while k <= min(at + gap.maxGap, text.count - part.count) {
                if text[k] == part[0] && text[k..<(k + part.count)].elementsEqual(part) { found = k + part.count; break }
                let c = text[k]
                if Scalars.isSentenceEnd(c) || Scalars.isClauseSeparator(c) { break }
                k += 1
            }
            guard let f = found else { return nil }
            at = f
        }
        return at
    }

    /// Whether a target is a criteria set's name or item (selected apart from entries).
    func isCriteria(_ t: Target) -> Bool {
        switch t {
        case .setName, .item: return true
        case .entry, .cue: return false
        }
    }

    /// The clause-group around a hit: up to the nearest 。!?; or line break, at most 60 scalars each way.
    static func window(around r: Range<Int>, in text: [Unicode.Scalar]) -> Range<Int> {
        var lo = r.lowerBound, hi = r.upperBound
        while lo > 0, r.lowerBound - lo < 60, !isWindowStop(text[lo - 1]) { lo -= 1 }
        while hi < text.count, hi - r.upperBound < 60, !isWindowStop(text[hi]) { hi += 1 }
        return lo..<hi
    }

    static func isWindowStop(_ s: Unicode.Scalar) -> Bool { Scalars.isSentenceEnd(s) || s == ";" || s == ";" }
}
