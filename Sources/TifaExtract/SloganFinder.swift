/// A slogan found in the normalised text.
struct FoundSlogan {
    var range: Range<Int>
    var kind: SloganKind
    /// Whether the slogan is the inside of a quotation (a quoted numbered formula is `numbered` and quoted).
    var quoted = false
}

/// A quoted string with its class, before offsets are mapped to the original text.
struct FoundQuotation {
    var range: Range<Int>
    var quoteClass: QuoteClass
    var reason: String
}

/// Collects slogans of every kind and removes duplicates of the same span (quoted > codebook > numbered >
/// parallel > enumeration).
struct SloganFinder {
    let index: CodebookIndex
    let text: [Unicode.Scalar]
    let matches: TermMatches
    let quotes: [Range<Int>]
    let landmarks: TextLandmarks

    /// Every quotation with its class (set by `find`).
    private(set) var quotations: [FoundQuotation] = []

    mutating func find() -> [FoundSlogan] {
        var found: [FoundSlogan] = []
        let problemNames = index.problemNames
        var formulaTexts: Set<String> = []
        // Spans of vocabulary terms, ascending (term matches come sorted by start), for a binary search per quote.
        let termRanges = matches.terms.filter { $0.targets.contains(where: isVocabulary) }.map(\.range)
        for q in quotes {
            let inner = Array(text[q])
            let before = text[max(0, q.lowerBound - 7)..<max(0, q.lowerBound - 1)]
            let following = text[min(text.count, q.upperBound + 1)...]
            let namedAsSet = NumberedFormulas.announcingAfterScalars.contains { following.starts(with: $0) }
            let (quoteClass, reason) = QuoteClassifier.classify(inner, problemNames: problemNames, idioms: index.formulaExclusions, before: before,
                                                                following: following, namedAsSet: namedAsSet, isTerm: Self.contains(termRanges, q))
            quotations.append(FoundQuotation(range: q, quoteClass: quoteClass, reason: reason))
            guard quoteClass == .slogan else { continue }
            if NumberedFormulas.isFormula(inner) || (namedAsSet && Scalars.isNumeral(inner[0])) {
                found.append(FoundSlogan(range: q, kind: .numbered, quoted: true))
                formulaTexts.insert(text.string(q))
            } else {
                found.append(FoundSlogan(range: q, kind: .quoted, quoted: true))
            }
        }
        for m in matches.terms where m.targets.contains(where: isVocabulary) {
            found.append(FoundSlogan(range: m.range, kind: .codebook))
        }
        for r in NumberedFormulas.find(in: text, landmarks: landmarks, exclusions: index.formulaExclusions) {
            formulaTexts.insert(text.string(r))
        }
        let needles = formulaTexts.filter { !index.formulaExclusions.contains($0) }.sorted().map { Array($0.unicodeScalars) }
        for r in occurrences(of: needles) { found.append(FoundSlogan(range: r, kind: .numbered)) }
        found += ParallelSeries.find(in: text, landmarks: landmarks).map { FoundSlogan(range: $0, kind: .parallel) }
        found += Enumerations.find(in: text, landmarks: landmarks).map { FoundSlogan(range: $0, kind: .enumeration) }
        // At one span, a quotation's record wins, then codebook > numbered > parallel > enumeration.
        let order: [SloganKind] = [.quoted, .codebook, .numbered, .parallel, .enumeration]
        func rank(_ f: FoundSlogan) -> Int { f.quoted ? -1 : order.firstIndex(of: f.kind) ?? order.count }
        let sorted = found.sorted { a, b in
            a.range.lowerBound != b.range.lowerBound ? a.range.lowerBound < b.range.lowerBound
                : a.range.upperBound != b.range.upperBound ? a.range.upperBound < b.range.upperBound
                : rank(a) < rank(b)
        }
        // Records of one span are adjacent after the sort: keep the first of each.
        return sorted.indices.filter { $0 == 0 || sorted[$0 - 1].range != sorted[$0].range }.map { sorted[$0] }
    }

    /// Whether the spans, sorted by start, hold span.
    static func contains(_ spans: [Range<Int>], _ span: Range<Int>) -> Bool {
        var k = spans.partitionPoint { $0.lowerBound < span.lowerBound }
        while k < spans.count, spans[k].lowerBound == span.lowerBound {
            if spans[k] == span { return true }
            k += 1
        }
        return false
    }

    func isVocabulary(_ t: CodebookIndex.Target) -> Bool {
        switch t {
        case .entry(let i): return index.isSloganVocabulary[i]
        case .setName: return true
        default: return false
        }
    }

    /// Occurrences of numbered formulas (all start with a numeral), longest first at each position, not overlapping.
    func occurrences(of needles: [[Unicode.Scalar]]) -> [Range<Int>] {
        guard !needles.isEmpty else { return [] }
        let byLength = needles.sorted { $0.count > $1.count }
        var result: [Range<Int>] = []
        var reach = 0
        for position in landmarks.numerals {
            let i = Int(position)
            guard i >= reach,
                  let n = byLength.first(where: {
                      $0.first == text[i] && i + $0.count <= text.count && text[i..<(i + $0.count)].elementsEqual($0)
                  })
            else { continue }
            result.append(i..<(i + n.count))
            reach = i + n.count
        }
        return result
    }
}
