import TifaCore

/// A run of problem wordings of one category inside one sentence (重承诺,轻践诺; 搞形式、走过场).
struct ProblemRun {
    var category: String
    var range: Range<Int>
}

/// Decides a problem run's stance from the cues around it; see docs/EXTRACTION.md for the order of the rules.
struct ProblemStanceResolver {
    let text: [Unicode.Scalar]
    let cues: [StanceCue]
    /// Cue hits in the document, sorted by start.
    let cueHits: [TermMatch]

    struct Decision {
        var stance: ProblemStance
        var cue: String
        var cueKind: String
    }

    static let segmentStops: Set<Unicode.Scalar> = [";", ";"]

    func decide(_ run: Range<Int>, sentence: Range<Int>, headings: [String]) -> Decision {
        let segment = bounds(of: run, in: sentence, stops: Self.segmentStops)
        let clause = bounds(of: run, in: sentence, stops: Scalars.clauseSeparators)
        let hits = cueHits.filter { sentence.contains($0.range.lowerBound) && $0.range.upperBound <= sentence.upperBound }
        func cue(_ h: TermMatch) -> StanceCue? {
            if case .cue(let c) = h.targets[0] { return cues[c] }
            return nil
        }
        let before = hits.filter { $0.range.upperBound <= run.lowerBound }.compactMap { h in cue(h).map { (h, $0) } }
            .sorted { $0.0.range.upperBound > $1.0.range.upperBound }  // nearest first
        let after = hits.filter { $0.range.lowerBound >= run.upperBound && $0.range.upperBound <= segment.upperBound }
            .compactMap { h in cue(h).map { (h, $0) } }
        let word = { (c: StanceCue) in Decision(stance: c.stance, cue: c.label, cueKind: "word") }

        // 1. A sanction after the wording, or a frame around it (对…的,要).
        if let c = after.first(where: { $0.1.stance == .warned && $0.1.position == .after }) { return word(c.1) }
        let tail = text.string(run.upperBound..<segment.upperBound)
        for (h, c) in before where c.position == .frame && h.range.lowerBound >= segment.lowerBound && tail.contains(c.after) {
            return word(c)
        }
        // 2. A warning directly before the wording or in its clause (防止和克服…, 不走过场).
        for (h, c) in before where c.stance == .warned {
            let gap = text[h.range.upperBound..<run.lowerBound].filter { !"“「『".unicodeScalars.contains($0) }
            if c.position == .immediate && gap.isEmpty { return word(c) }
            if c.position == .before && h.range.lowerBound >= clause.lowerBound { return word(c) }
        }
        // 3. A hypothetical or rebuttal before it in the sentence.
        if let c = before.first(where: { $0.1.stance == .mentioned && $0.1.position == .before }) { return word(c.1) }
        // 4. An admission before it, or after it in the same clause group.
        if let c = before.first(where: { $0.1.stance == .admitted && $0.1.position == .before }) { return word(c.1) }
        if let c = after.first(where: { $0.1.stance == .admitted && $0.1.position == .after }) { return word(c.1) }
        // 5. A warning earlier in the sentence.
        if let c = before.first(where: { $0.1.stance == .warned && $0.1.position == .before }) { return word(c.1) }
        // 6. A heading the sentence sits under.
        for title in headings.reversed() {
            if let c = cues.first(where: { $0.position == .heading && title.contains($0.text) }) {
                return Decision(stance: c.stance, cue: title, cueKind: "section")
            }
        }
        // 7. Named only.
        return Decision(stance: .mentioned, cue: "", cueKind: "none")
    }

    /// The part of the sentence around r between stop characters.
    func bounds(of r: Range<Int>, in sentence: Range<Int>, stops: Set<Unicode.Scalar>) -> Range<Int> {
        var lo = r.lowerBound, hi = r.upperBound
        while lo > sentence.lowerBound, !stops.contains(text[lo - 1]) { lo -= 1 }
        while hi < sentence.upperBound, !stops.contains(text[hi]) { hi += 1 }
        return lo..<hi
    }
}
