import TifaCore
import TifaExtract
import TifaICU

/// Computes one document's formalism measures on one thread: commitments with their concrete and deadline
/// labels, specific and remedied flags on admitted problems, and the densities of numbers, dates, places,
/// stock phrases and slogans. It fills `commitments` and the problem flags of the extraction and returns the
/// per-document figures.
public final class FormalismAnalyzer {
    public let rules: FormalismRules
    private let cues: CueMatcher
    private let stock: AhoCorasick

    public init(rules: FormalismRules) throws(TifaError) {
        self.rules = rules
        do {
            cues = try CueMatcher(rules)
        } catch {
            throw TifaError(code: "formalism.pattern", file: "formalism/cues.tsv", message: "a cue pattern does not compile: \(error)")
        }
        stock = AhoCorasick(patterns: rules.stockPhrases.map { Array($0.unicodeScalars) })
    }

    /// Adds commitments and problem flags to `extraction` and returns the document's figures. The extraction is in
    /// normalised offsets, as `Extractor` returns it; commitments get normalised offsets too, converted with the rest
    /// by `inOriginalOffsets`.
    public func analyze(_ doc: TextDocument, extraction: inout DocumentExtraction) -> DocumentMeasures {
        let scopes = SentenceScopes(doc.text)
        let plan = planSentences(doc, scopes)
        var measures = DocumentMeasures()
        measures.characters = doc.text.count
        measures.slogans = extraction.slogans.count

        var commitments: [Commitment] = []
        var planCategories: Set<String> = []
        let planRanges = scopes.sentences.indices.filter { plan[$0] == .plan }.map { scopes.sentences[$0] }
        for (i, range) in scopes.sentences.enumerated() {
            var text = cues.text(doc.text[range])
            measures.numbersWithUnits += cues.matches(.numberWithUnit, in: &text).count
            measures.dates += cues.matches(.date, in: &text).count
            measures.places += cues.matches(.place, in: &text).count
            if let c = commitment(doc, range, &text, section: plan[i]) { commitments.append(c) }
        }
        stock.forEachHit(in: doc.text) { _, _, _ in measures.stockPhrases += 1 }
        measures.commitments = commitments.count
        measures.concreteCommitments = commitments.filter(\.concrete).count
        measures.commitmentsWithDeadline = commitments.filter(\.deadline).count

        for p in extraction.problems {
            if planRanges.contains(where: { $0.contains(p.start) }) { planCategories.insert(p.category) }
        }
        var specificClauses: [Int: Bool] = [:]  // each clause is read once, however many problems it holds
        for k in extraction.problems.indices where extraction.problems[k].stance == .admitted {
            let specific = isSpecific(doc, scopes, at: extraction.problems[k].start, known: &specificClauses)
            let remedied = planCategories.contains(extraction.problems[k].category)
            extraction.problems[k].specific = specific
            extraction.problems[k].remedied = remedied
            measures.admittedProblems += 1
            if specific { measures.specificProblems += 1 }
            if remedied { measures.remediedProblems += 1 }
        }
        extraction.commitments = commitments
        return measures
    }

    /// Where a sentence sits.
    enum Place {
        /// In a plan section (下一步打算, 整改措施 …): a commitment.
        case plan
        /// In a section reporting past work (整改情况, 成效): no commitment.
        case report
        /// The heading of a plan or past-work section itself: no commitment.
        case heading
        /// Anywhere else: a commitment when it holds a promise cue.
        case other
    }

    /// Where each full sentence sits.
    private func planSentences(_ doc: TextDocument, _ scopes: SentenceScopes) -> [Place] {
        let sectionKind: [Bool?] = doc.sections.map { s in
            let scalars = Array(s.title.unicodeScalars)
            var title = cues.text(scalars[...])
            if cues.first(.reportHeading, in: &title) != nil { return false }
            if cues.first(.planHeading, in: &title) != nil { return true }
            return nil
        }
        let starts = doc.sentences.map(\.range.lowerBound)
        return scopes.sentences.map { range in
            if doc.sections.indices.contains(where: { sectionKind[$0] != nil && doc.sections[$0].range.lowerBound >= range.lowerBound
                && doc.sections[$0].range.upperBound <= range.upperBound && range.count <= doc.sections[$0].range.count + 4 }) {
                return .heading
            }
            // The ingest sentence holding the sentence's start gives the sections it sits in.
            let lo = starts.partitionPoint { $0 <= range.lowerBound }
            guard lo > 0 else { return .other }
            for s in doc.sentences[lo - 1].sectionPath.reversed() where sectionKind.indices.contains(s) {
                if let kind = sectionKind[s] { return kind ? .plan : .report }
            }
            return .other
        }
    }

    /// The sentence as a commitment, or nil when it promises nothing.
    private func commitment(_ doc: TextDocument, _ range: Range<Int>, _ text: inout CueText, section: Place) -> Commitment? {
        if section == .heading || cues.first(.notPromise, in: &text) != nil { return nil }
        var found: [String] = []
        if section == .plan {
            found.append("plan-section")
        } else if let promise = cues.first(.promise, in: &text) {
            found.append("promise:\(promise)")
        } else {
            return nil
        }
        var masked = cues.masked(.notQuantity, in: &text)
        let concrete = [cues.first(.quantity, in: &masked).map { "quantity:\($0)" },
                        cues.first(.unit, in: &text).map { "unit:\($0)" },
                        cues.first(.deliverable, in: &text).map { "deliverable:\($0)" }].compactMap { $0 }
        let deadline = cues.first(.deadline, in: &text).map { "deadline:\($0)" }
        found += concrete
        if let deadline { found.append(deadline) }
        return Commitment(start: range.lowerBound, end: range.upperBound, text: doc.string(range),
                          concrete: !concrete.isEmpty, deadline: deadline != nil, cues: found)
    }

    /// A quantity, place, unit or example in the clause at `at` or the next clause (unless the next one opens
    /// another enumerated item: 二是, (二), 问题2, 2.); `known` remembers the answer by clause.
    private func isSpecific(_ doc: TextDocument, _ scopes: SentenceScopes, at: Int, known: inout [Int: Bool]) -> Bool {
        guard let i = SentenceScopes.index(of: at, in: scopes.clauses) else { return false }
        if let answer = known[i] { return answer }
        let answer = isSpecific(doc, scopes, clause: i)
        known[i] = answer
        return answer
    }

    /// Whether clause i or the next (unless it opens an item) holds a quantity, place, unit or example.
    private func isSpecific(_ doc: TextDocument, _ scopes: SentenceScopes, clause i: Int) -> Bool {
        var scalars = Array(doc.text[scopes.clauses[i]])
        if i + 1 < scopes.clauses.count {
            let next = doc.text[scopes.clauses[i + 1]]
            if !Self.opensItem(next) { scalars += next }
        }
        var text = cues.text(scalars[...])
        var masked = cues.masked(.notQuantity, in: &text)
        return cues.first(.quantity, in: &masked) != nil
            || cues.first(.place, in: &text) != nil || cues.first(.unit, in: &text) != nil
            || cues.first(.example, in: &text) != nil
    }

    /// Whether a clause starts a new enumerated item.
    static func opensItem(_ clause: ArraySlice<Unicode.Scalar>) -> Bool {
        let s = Array(clause.prefix(8))
        let numerals = Set("一二三四五六七八九十".unicodeScalars)
        var i = 0
        if i < s.count, s[i] == "(" || s[i] == "\u{FF08}" {
            var j = i + 1
            while j < s.count, numerals.contains(s[j]) { j += 1 }
            return j > i + 1 && j < s.count && (s[j] == ")" || s[j] == "\u{FF09}")
        }
        while i < s.count, numerals.contains(s[i]) { i += 1 }
        if i > 0, i < s.count, s[i] == "是" || s[i] == "\u{3001}" { return true }
        if s.starts(with: "问题".unicodeScalars) { return true }
        var d = 0
        while d < s.count, s[d].properties.numericType == .decimal { d += 1 }
        return d > 0 && d < s.count && (s[d] == "." || s[d] == "\u{3001}")
    }
}
