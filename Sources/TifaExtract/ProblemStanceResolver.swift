import TifaCore

/// Decides a problem run's stance clause by clause from the cue classes of the codebooks; see docs/EXTRACTION.md
/// for the order of the rules. Every decision names its cue and the cue's class. The work per decision is bounded by
/// its sentence (itself bounded, see `FullSentences.maxLength`): line starts are looked up, a sentence's hits are
/// gathered once, and a list's lead-in is found once per list line.
struct ProblemStanceResolver {
    let text: [Unicode.Scalar]
    let cues: [StanceCue]
    /// Finds the cue hits of a sentence.
    let cuePatterns: CuePatterns
    /// Positions of the line breaks, ascending.
    let lineBreaks: [Int]
    /// Memos shared by the decisions of one document, and a count of the work done.
    let work: Work

    /// What the decisions of one document remember, and how much they read.
    final class Work {
        /// Scalars and cue hits looked at so far (what a test checks grows linearly with the text).
        var steps = 0
        /// The last sentence `decide` was asked about, and its hits.
        var sentence: Range<Int>? = nil
        var sentenceHits: [Hit] = []
        /// The lead-in governing a list line, by the line's start (nil inside: no lead-in).
        var listLeadIns: [Int: Decision?] = [:]
        /// The first heading cue a section title holds, by title (nil inside: none).
        var headingCues: [String: Int?] = [:]
    }

    /// `breaks` holds at least every line break's position, ascending (the landmarks' breaks do).
    init(text: [Unicode.Scalar], breaks: [Int32], cues: [StanceCue], cuePatterns: CuePatterns, work: Work = Work()) {
        self.text = text
        self.work = work
        self.cues = cues
        self.cuePatterns = cuePatterns
        lineBreaks = breaks.lazy.map(Int.init).filter { text[$0] == "\n" }
    }

    struct Decision {
        var stance: ProblemStance
        var cue: String
        var cueKind: String
        var cueClass: String

        static let unknown = Decision(stance: .unknown, cue: "", cueKind: "none", cueClass: "")
    }

    /// Ends a clause: , ; : and their full-width forms (not 、, so a verb governs a whole list).
    static func isClauseStop(_ s: Unicode.Scalar) -> Bool { Scalars.isClauseSeparator(s) && s != "\u{3001}" }
    /// Ends a clause group: ; and its full-width form.
    static func isSegmentStop(_ s: Unicode.Scalar) -> Bool { s == ";" || s == ";" }

    /// A cue hit: its range and the cue's index in `cues` (an index, so that sorting and filtering hits copies no strings).
    typealias Hit = (range: Range<Int>, cue: Int)

    func decide(_ run: Range<Int>, sentence: Range<Int>, headings: [String]) -> Decision {
        let clause = continued(bounds(of: run, in: sentence, stop: Self.isClauseStop), in: sentence)
        let segment = bounds(of: run, in: sentence, stop: Self.isSegmentStop)
        let hits = hitsOfSentence(sentence)
        work.steps += 8 * hits.count
        let word = { (h: Hit) in Decision(stance: cues[h.cue].stance, cue: cues[h.cue].label, cueKind: "word", cueClass: cues[h.cue].cueClass) }
        // Before the run in its clause (nearest first; of two ending together the longer), after it in its clause.
        // (A cue may end inside the wording it governs: 不能搞 before 搞形式主义.)
        let before = hits.filter { $0.range.lowerBound < run.lowerBound && $0.range.upperBound <= run.upperBound
            && $0.range.lowerBound >= clause.lowerBound }
            .sorted { $0.range.upperBound != $1.range.upperBound ? $0.range.upperBound > $1.range.upperBound
                : $0.range.lowerBound < $1.range.lowerBound }
        let after = hits.filter { $0.range.lowerBound >= run.upperBound && $0.range.upperBound <= clause.upperBound }
        // A cue word at the very start of the wording (反 in 反腐倡廉) or directly before it (反腐败).
        let prefix = hits.filter { cues[$0.cue].position == .prefix && $0.range.lowerBound <= run.lowerBound
            && $0.range.upperBound <= run.upperBound && $0.range.upperBound >= run.lowerBound }

        // 1. Hypothesis, rebuttal, overcome, definition in the clause, unless a warning stands nearer (就会沦为).
        if let h = before.first(where: { cues[$0.cue].position == .before && cues[$0.cue].stance != .admitted }),
           cues[h.cue].stance == .mentioned { return word(h) }
        if let h = after.first(where: { cues[$0.cue].stance == .mentioned && cues[$0.cue].position == .after }) {
            return negated(h) ?? demand(before: h, from: clause.lowerBound) ?? word(h)
        }
        // 2. Case statistics in the clause: a count (3起, 5件) or a 查处了/受到惩处-style cue; beats the sanction verb.
        if let c = countCue(in: clause) { return Decision(stance: c.stance, cue: c.text, cueKind: "word", cueClass: c.cueClass) }
        if let h = before.first(where: { cues[$0.cue].cueClass == "case-statistics" && cues[$0.cue].position == .before }) { return word(h) }
        if let h = after.first(where: { cues[$0.cue].cueClass == "case-statistics" && cues[$0.cue].position == .after }) { return word(h) }
        // 3. Warning, prohibition, remedy, sanction, danger governing the run in its clause.
        if let h = prefix.first(where: { cues[$0.cue].stance == .warned }) { return word(h) }
        for h in before where cues[h.cue].stance == .warned {
            if cues[h.cue].position == .immediate && isAdjacent(h.range.upperBound, run.lowerBound) { return word(h) }
            if cues[h.cue].position == .before { return word(h) }
        }
        if let h = after.first(where: { cues[$0.cue].stance == .warned && cues[$0.cue].position == .after }) { return word(h) }
        // A frame (对…的,要) or a conditional sanction (对…的,严肃追究) reaches over the next clause in its group.
        let frames = before.filter { cues[$0.cue].position == .frame }
        if let h = frames.first(where: { contains(run.upperBound..<segment.upperBound, cues[$0.cue].afterScalars) }) { return word(h) }
        // (Only when the wording is not the clause's predicate: 对腐败行为,…严加惩治, not 对…认识不足,…纠正不坚决.)
        if !frames.isEmpty, run.upperBound < clause.upperBound, let h = hits.first(where: { $0.range.lowerBound >= clause.upperBound
            && $0.range.upperBound <= segment.upperBound && cues[$0.cue].stance == .warned
            && (cues[$0.cue].position == .after || cues[$0.cue].position == .before) }) {
            return word(h)
        }
        // 4. Admission, persistence, self-criticism in the clause.
        if let h = before.first(where: { cues[$0.cue].stance == .admitted && cues[$0.cue].position == .before }) { return word(h) }
        if let h = after.first(where: { cues[$0.cue].stance == .admitted && cues[$0.cue].position == .after }) { return word(h) }
        // 5. A lead-in that ends with a colon governs the items after it (in the sentence or on the next list lines);
        //    a list lead earlier in the sentence (存在…的问题,如 …) governs the problems it introduces.
        if let d = leadIn(before: clause.lowerBound, sentence: sentence) { return d }
        if let h = hits.last(where: { cues[$0.cue].position == .lead && $0.range.upperBound <= run.lowerBound }) {
            return Decision(stance: cues[h.cue].stance, cue: cues[h.cue].label, cueKind: "lead-in", cueClass: cues[h.cue].cueClass)
        }
        // 6. A hypothesis earlier in the sentence governs its consequent clauses (一旦…,就会…).
        if let h = hits.filter({ $0.range.upperBound <= run.lowerBound && cues[$0.cue].stance == .mentioned
            && cues[$0.cue].cueClass == "hypothesis" }).last { return word(h) }
        // 7. The clause group (up to ;) when the run's own clause has no cue: a conditional (…的,) followed by a
        //    warning or sanction; then a warning, persistence, overcome or rebuttal predicate of a later clause
        //    (…这些恶习,是不允许的; …作风,仍然相当严重地存在着; …现象,在机关有所减少); then the nearest
        //    warning or admission of an earlier clause, governing the following ones (有的走私贩私,敲诈勒索,贪污受贿).
        let group = { (h: Hit) in Decision(stance: cues[h.cue].stance, cue: cues[h.cue].label, cueKind: "clause-group",
                                           cueClass: cues[h.cue].cueClass) }
        let later = hits.filter { $0.range.lowerBound >= clause.upperBound && $0.range.upperBound <= segment.upperBound
            && cues[$0.cue].position != .count && cues[$0.cue].position != .frame && cues[$0.cue].position != .lineStart
            && cues[$0.cue].position != .heading && cues[$0.cue].position != .lead }
        if clause.upperBound > clause.lowerBound, text[clause.upperBound - 1] == "的",
           let h = later.first(where: { cues[$0.cue].stance == .warned }) { return group(h) }
        if let h = later.first(where: { cues[$0.cue].position == .after && (cues[$0.cue].stance == .warned
            || ["persistence", "overcome", "rebuttal"].contains(cues[$0.cue].cueClass)) }) {
            let own = bounds(of: h.range, in: sentence, stop: Self.isClauseStop)
            return negated(h, kind: "clause-group") ?? demand(before: h, from: own.lowerBound, kind: "clause-group") ?? group(h)
        }
        if let h = hits.filter({ $0.range.lowerBound >= segment.lowerBound && $0.range.upperBound <= clause.lowerBound
            && cues[$0.cue].position == .before && cues[$0.cue].stance != .mentioned }).last { return group(h) }
        // 8. A problem heading: the line starts 问题1: …, or a section the sentence sits under (存在的问题).
        let lineStart = self.lineStart(of: sentence.lowerBound)
        if let i = cuePatterns.lineStartCues.first(where: { startsProblemItem(lineStart, cues[$0].text) }) {
            let c = cues[i]
            return Decision(stance: c.stance, cue: c.text, cueKind: "word", cueClass: c.cueClass)
        }
        for title in headings.reversed() {
            if let c = headingCue(of: title) {
                return Decision(stance: c.stance, cue: title, cueKind: "section", cueClass: c.cueClass)
            }
        }
        // 9. No cue: unknown.
        return .unknown
    }

    /// The demand a cue stands under when a demand word of its class (必须, 务必 …) comes before it in its clause
    /// (问题必须得到纠正, 必须使…明显减少): the clause prescribes what the cue reports, so the problem is warned
    /// against (class remedy); nil without one.
    func demand(before h: Hit, from clauseStart: Int, kind: String = "word") -> Decision? {
        guard let words = cuePatterns.demandCues[cues[h.cue].cueClass] else { return nil }
        let end = h.range.lowerBound
        work.steps += end - clauseStart
        for (i, w) in words where contains(clauseStart..<end, w) {
            return Decision(stance: .warned, cue: cues[i].text + "\u{2026}" + cues[h.cue].label, cueKind: kind,
                            cueClass: "remedy")
        }
        return nil
    }

    /// The persistence a cue reports when a negation of its class (没有, 尚未 …) ends right where it starts
    /// (还没有得到有效纠正); nil without one.
    func negated(_ h: Hit, kind: String = "word") -> Decision? {
        guard let words = cuePatterns.negationCues[cues[h.cue].cueClass] else { return nil }
        let end = h.range.lowerBound
        for (i, w) in words where w.count <= end && text[(end - w.count)..<end].elementsEqual(w) {
            return Decision(stance: .admitted, cue: cues[i].text + cues[h.cue].label, cueKind: kind, cueClass: "persistence")
        }
        return nil
    }

    /// The first heading cue (存在的问题) a section title holds, looked up once per title and document.
    func headingCue(of title: String) -> StanceCue? {
        if let known = work.headingCues[title] { return known.map { cues[$0] } }
        let scalars = Array(title.unicodeScalars)
        let found = cuePatterns.headingCues.first { _, needle in
            needle.count <= scalars.count
                && (0...(scalars.count - needle.count)).contains { scalars[$0..<($0 + needle.count)].elementsEqual(needle) }
        }?.cue
        work.headingCues[title] = .some(found)
        return found.map { cues[$0] }
    }

    /// `sentenceHits` of the sentence, gathered once for the runs of one sentence.
    func hitsOfSentence(_ sentence: Range<Int>) -> [Hit] {
        if work.sentence != sentence {
            work.sentence = sentence
            work.sentenceHits = sentenceHits(sentence)
        }
        return work.sentenceHits
    }

    /// Index in `lineBreaks` of the first line break at or after p.
    func firstBreak(atOrAfter p: Int) -> Int {
        work.steps += 1
        return lineBreaks.partitionPoint { $0 < p }
    }

    /// The start of the line holding position p.
    func lineStart(of p: Int) -> Int {
        let k = firstBreak(atOrAfter: p)
        return k == 0 ? 0 : lineBreaks[k - 1] + 1
    }

    /// Cue hits inside the sentence, without those lying strictly inside a longer hit (存在 in 不存在).
    func sentenceHits(_ sentence: Range<Int>) -> [Hit] {
        let hits: [Hit] = cuePatterns.hits(in: text, within: sentence).map { ($0.range, $0.cue) }
        // A hit that holds h starts at most `longest` before h ends: only the hits from there to h's start are
        // looked at (they are sorted by start, then end).
        let longest = hits.reduce(0) { max($0, $1.range.count) }
        var kept: [Hit] = []
        for (i, h) in hits.enumerated() {
            func holds(_ o: Hit) -> Bool {
                work.steps += 1
                return o.range.count > h.range.count && o.range.lowerBound <= h.range.lowerBound
                    && h.range.upperBound <= o.range.upperBound && cues[o.cue].position == cues[h.cue].position
            }
            var inside = false
            var j = i - 1
            while !inside, j >= 0, hits[j].range.lowerBound >= h.range.upperBound - longest {
                inside = holds(hits[j])
                j -= 1
            }
            j = i + 1
            while !inside, j < hits.count, hits[j].range.lowerBound == h.range.lowerBound {
                inside = holds(hits[j])
                j += 1
            }
            if !inside { kept.append(h) }
        }
        work.steps += hits.count
        return kept
    }

    /// Words that open a clause continuing the one before it (…不作为,甚至乱作为): the clause extends back over it.
    static let continuations: [[Unicode.Scalar]] = ["甚至", "乃至", "甚而", "以至"].map { Array($0.unicodeScalars) }

    /// The clause, extended backwards while it opens with a continuation word.
    func continued(_ clause: Range<Int>, in sentence: Range<Int>) -> Range<Int> {
        var lo = clause.lowerBound
        while lo > sentence.lowerBound,
              Self.continuations.contains(where: { w in lo + w.count <= text.count && text[lo..<(lo + w.count)].elementsEqual(w) }) {
            var k = lo - 1
            while k > sentence.lowerBound, !Self.isClauseStop(text[k - 1]) { k -= 1 }
            lo = k
        }
        return lo..<clause.upperBound
    }

    /// The decision of a lead-in: the clause before a colon earlier in the sentence, or, for a list line
    /// ((一)…, 1.…), the last clause of the line ending with a colon above the list.
    func leadIn(before clauseStart: Int, sentence: Range<Int>) -> Decision? {
        var p = clauseStart - 1
        while p >= sentence.lowerBound, text[p] != ":" && text[p] != ":" { p -= 1 }
        work.steps += clauseStart - p
        if p >= sentence.lowerBound { return leadInDecision(sentence.lowerBound..<p) }
        // Across line breaks: walk up over list lines to the line above the list.
        let lineStart = self.lineStart(of: sentence.lowerBound)
        guard startsWithListMarker(lineStart) else { return nil }
        return listLeadIn(lineStart)
    }

    /// The lead-in above the line starting at `lineStart`: walking up over blank and list lines, the last clause
    /// of the first line ending with a colon; nil when another line comes first. Each list line passed on the way
    /// shares the answer (it walks up the same lines), so a list is walked once.
    func listLeadIn(_ lineStart: Int) -> Decision? {
        if let known = work.listLeadIns[lineStart] { return known }
        // A line ending with a colon is a lead-in itself for the lines below it, so only others share the answer.
        var passed = endsWithColon(lineStart) ? [] : [lineStart]
        var found: Decision? = nil
        var end = lineStart - 1
        walk: while end > 0 {
            let start = self.lineStart(of: end)
            if let known = work.listLeadIns[start] {
                found = known
                break walk
            }
            var last = end - 1
            while last >= start, text[last] == " " { last -= 1 }
            work.steps += end - last
            if last < start { end = start - 1; continue }
            if text[last] == ":" || text[last] == ":" {
                found = leadInDecision(start..<last)
                break walk
            }
            guard startsWithListMarker(start) else { break walk }
            passed.append(start)
            end = start - 1
        }
        for line in passed { work.listLeadIns[line] = .some(found) }
        return found
    }

    /// Whether the line starting at p ends with a colon (spaces after it aside).
    func endsWithColon(_ p: Int) -> Bool {
        let k = firstBreak(atOrAfter: p)
        var last = (k < lineBreaks.count ? lineBreaks[k] : text.count) - 1
        while last >= p, text[last] == " " { last -= 1 }
        return last >= p && (text[last] == ":" || text[last] == ":")
    }

    /// The strongest cue of a lead-in's last clause: warned first, then admitted.
    func leadInDecision(_ line: Range<Int>) -> Decision? {
        var lo = line.upperBound
        while lo > line.lowerBound, !Self.isClauseStop(text[lo - 1]) { lo -= 1 }
        work.steps += line.upperBound - lo
        let hits = sentenceHits(lo..<line.upperBound)
        for stance in [ProblemStance.warned, .admitted] {
            if let h = hits.first(where: { cues[$0.cue].stance == stance
                && [.before, .after, .heading].contains(cues[$0.cue].position) }) {
                return Decision(stance: stance, cue: cues[h.cue].label, cueKind: "lead-in", cueClass: cues[h.cue].cueClass)
            }
        }
        return nil
    }

    /// Whether the line starting at p opens with a list marker: (一) (1) 1. 1、 一、 ① …
    func startsWithListMarker(_ p: Int) -> Bool {
        var k = p
        while k < text.count, text[k] == " " || text[k] == "\t" { k += 1 }
        guard k < text.count else { return false }
        if text[k] == "(" || text[k] == "(" {
            var j = k + 1
            while j < text.count, Scalars.isDigit(text[j]) || Scalars.isNumeral(text[j]) { j += 1 }
            return j > k + 1 && j < text.count && (text[j] == ")" || text[j] == ")")
        }
        if (0x2460...0x2473).contains(Int(text[k].value)) { return true }
        var j = k
        while j < text.count, Scalars.isDigit(text[j]) || Scalars.isNumeral(text[j]) { j += 1 }
        return j > k && j < text.count && (text[j] == "." || text[j] == "\u{3001}" || text[j] == ".")
    }

    /// Whether the line starting at p opens with `word`, a number and a colon or 、 (问题1:, 问题三、).
    func startsProblemItem(_ p: Int, _ word: String) -> Bool {
        let w = Array(word.unicodeScalars)
        var k = p
        while k < text.count, text[k] == " " { k += 1 }
        guard k + w.count < text.count, text[k..<(k + w.count)].elementsEqual(w) else { return false }
        var j = k + w.count
        while j < text.count, Scalars.isDigit(text[j]) || Scalars.isNumeral(text[j]) { j += 1 }
        return j > k + w.count && j < text.count && (text[j] == ":" || text[j] == ":" || text[j] == "\u{3001}")
    }

    /// The counting-unit cue that follows a number written in digits in the clause (3起, 12件), if any.
    func countCue(in clause: Range<Int>) -> StanceCue? {
        for k in clause where k > clause.lowerBound && Scalars.isDigit(text[k - 1]) && !Scalars.isDigit(text[k]) {
            if let i = cuePatterns.countCues.first(where: { cues[$0].text.unicodeScalars.first == text[k]
                && text[k...].starts(with: cues[$0].text.unicodeScalars) }) { return cues[i] }
        }
        return nil
    }

    /// Whether only opening quotes stand between a and b (不“走过场”).
    func isAdjacent(_ a: Int, _ b: Int) -> Bool {
        a >= b || text[a..<b].allSatisfy { "\u{201C}\u{300C}\u{300E}\"".unicodeScalars.contains($0) }
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
        work.steps += hi - lo
        return lo..<hi
    }
}
