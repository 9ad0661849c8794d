/// The automaton of the stance cues and their exclusions, and the cue hits in one stretch of text.
struct CuePatterns: Sendable {
    private let automaton: AhoCorasick
    /// Roles of pattern p: `roles[roleStart[p] ..< roleStart[p + 1]]`.
    private let roles: [CodebookIndex.Role]
    private let roleStart: [Int32]
    /// The cue of each dense target id of the builder.
    private let cueOfTarget: [Int]
    /// Length of the longest exclusion: how far beyond a stretch an exclusion holding a cue of it can reach.
    private let longestExclusion: Int
    /// The cues checked on the text around a problem instead of scanned for, by index in cue order: counting
    /// units (起, 件) and problem-item line starts (问题1:).
    let countCues: [Int]
    let lineStartCues: [Int]
    /// The heading cues (存在的问题), by index in cue order, with their scalars, searched for in section titles.
    let headingCues: [(cue: Int, scalars: [Unicode.Scalar])]

    init(cues: [StanceCue]) {
        var builder = PatternBuilder()
        // Counting units and line starts are checked on the text around a problem, not scanned for (起, 问题 are frequent).
        for (c, cue) in cues.enumerated() where cue.position != .count && cue.position != .lineStart {
            builder.add(cue.text, role: .cue(c))
            for x in cue.exclusions { builder.add(x, role: .exclusion(builder.id(.cue(c)))) }
        }
        automaton = AhoCorasick(patterns: builder.patterns)
        var flat: [CodebookIndex.Role] = [], starts: [Int32] = [0]
        for list in builder.roles {
            flat += list
            starts.append(Int32(flat.count))
        }
        roles = flat
        roleStart = starts
        cueOfTarget = builder.targets.map { if case .cue(let c) = $0 { c } else { -1 } }
        longestExclusion = cues.flatMap(\.exclusions).map(\.unicodeScalars.count).max() ?? 0
        countCues = cues.indices.filter { cues[$0].position == .count }
        lineStartCues = cues.indices.filter { cues[$0].position == .lineStart }
        headingCues = cues.indices.filter { cues[$0].position == .heading && !cues[$0].text.isEmpty }
            .map { ($0, Array(cues[$0].text.unicodeScalars)) }
    }

    /// The cue hits lying inside range, without those inside one of their cue's exclusions, sorted by start, then
    /// end, then cue. The text around range is read as far as an exclusion could reach, so the result is the same
    /// as scanning the whole text and keeping the hits inside range.
    func hits(in text: [Unicode.Scalar], within range: Range<Int>) -> [CueHit] {
        let reach = max(0, longestExclusion - 1)
        let window = max(0, range.lowerBound - reach)..<min(text.count, range.upperBound + reach)
        var hits: [CueHit] = []
        var blockers: [Int: [Range<Int>]] = [:]
        automaton.forEachHit(in: text, within: window) { pattern, start, end in
            for r in Int(roleStart[pattern])..<Int(roleStart[pattern + 1]) {
                switch roles[r] {
                case .cue(let c):
                    if start >= range.lowerBound && end <= range.upperBound { hits.append(CueHit(range: start..<end, cue: c)) }
                case .exclusion(let t):
                    blockers[cueOfTarget[t], default: []].append(start..<end)
                case .term, .anchor, .gapAnchor:
                    break
                }
            }
        }
        if !blockers.isEmpty {
            hits.removeAll { h in
                blockers[h.cue]?.contains { $0.lowerBound <= h.range.lowerBound && h.range.upperBound <= $0.upperBound } ?? false
            }
        }
        hits.sort { a, b in
            a.range.lowerBound != b.range.lowerBound ? a.range.lowerBound < b.range.lowerBound
                : (a.range.upperBound != b.range.upperBound ? a.range.upperBound < b.range.upperBound : a.cue < b.cue)
        }
        return hits
    }
}
