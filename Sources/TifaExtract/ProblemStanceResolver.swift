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
    let cueHits: [CueHit]

    struct Decision {
        var stance: ProblemStance
        var cue: String
        var cueKind: String
    }

    static func isSegmentStop(_ s: Unicode.Scalar) -> Bool { s == ";" || s == ";" }

    func decide(_ run: Range<Int>, sentence: Range<Int>, headings: [String]) -> Decision {
        let segment = bounds(of: run, in: sentence, stop: Self.isSegmentStop)
        // A clause, where an enumeration comma does not end it: a verb governs the whole list (严禁以权经商、以权谋私).
        let clause = bounds(of: run, in: sentence, stop: { Scalars.isClauseSeparator($0) && $0 != "、" })
        // Cue hits inside the sentence (binary search for the first one).
        var lo = 0, hi = cueHits.count
        while lo < hi {
            let mid = (lo + hi) / 2
            if cueHits[mid].range.lowerBound < sentence.lowerBound { lo = mid + 1 } else { hi = mid }
        }
        var before: [(CueHit, StanceCue)] = [], after: [(CueHit, StanceCue)] = []
        var k = lo
        while k < cueHits.count, cueHits[k].range.lowerBound < sentence.upperBound {
            let h = cueHits[k]
            k += 1
            guard h.range.upperBound <= sentence.upperBound else { continue }
            if h.range.upperBound <= run.lowerBound {
                before.append((h, cues[h.cue]))
            } else if h.range.lowerBound >= run.upperBound && h.range.upperBound <= segment.upperBound {
                after.append((h, cues[h.cue]))
            }
        }
        // Nearest first; of two ending together, the longer (坚决反对 before 反对).
        before.sort { $0.0.range.upperBound != $1.0.range.upperBound ? $0.0.range.upperBound > $1.0.range.upperBound : $0.0.range.lowerBound < $1.0.range.lowerBound }
        let word = { (c: StanceCue) in Decision(stance: c.stance, cue: c.label, cueKind: "word") }

        // 1. A sanction after the wording, or a frame around it (对…的,要).
        if let c = after.first(where: { $0.1.stance == .warned && $0.1.position == .after }) { return word(c.1) }
        for (h, c) in before where c.position == .frame && h.range.lowerBound >= segment.lowerBound
            && contains(run.upperBound..<segment.upperBound, c.afterScalars) {
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

    /// Whether the text in range r contains needle.
    func contains(_ r: Range<Int>, _ needle: [Unicode.Scalar]) -> Bool {
        guard !needle.isEmpty, r.count >= needle.count else { return false }
        for k in r.lowerBound...(r.upperBound - needle.count)
        where text[k] == needle[0] && text[k..<(k + needle.count)].elementsEqual(needle) { return true }
        return false
    }

    /// The part of the sentence around r between stop characters.
    func bounds(of r: Range<Int>, in sentence: Range<Int>, stop: (Unicode.Scalar) -> Bool) -> Range<Int> {
        var lo = r.lowerBound, hi = r.upperBound
        while lo > sentence.lowerBound, !stop(text[lo - 1]) { lo -= 1 }
        while hi < sentence.upperBound, !stop(text[hi]) { hi += 1 }
        return lo..<hi
    }
}
