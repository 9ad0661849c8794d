/// A slogan found in the normalised text.
struct FoundSlogan {
    var range: Range<Int>
    var kind: SloganKind
}

/// Collects slogans of every kind and removes duplicates of the same span (quoted > codebook > numbered >
/// parallel > enumeration).
struct SloganFinder {
    let index: CodebookIndex
    let text: [Unicode.Scalar]
    let matches: TermMatches
    let quotes: [Range<Int>]
    let sentences: [Range<Int>]

    func find() -> [FoundSlogan] {
        var found: [FoundSlogan] = []
        let problemNames = Set(index.entries.filter { $0.category == problemCategory }.map(\.name))
        var formulaTexts: Set<String> = []
        for q in quotes {
            let inner = Array(text[q])
            guard Quotations.rejection(inner, problemNames: problemNames) == nil else { continue }
            found.append(FoundSlogan(range: q, kind: .quoted))
            if NumberedFormulas.isFormula(inner) { formulaTexts.insert(text.string(q)) }
        }
        for m in matches.terms where m.targets.contains(where: isVocabulary) {
            found.append(FoundSlogan(range: m.range, kind: .codebook))
        }
        for r in NumberedFormulas.find(in: text, exclusions: index.formulaExclusions) {
            formulaTexts.insert(text.string(r))
        }
        for f in formulaTexts where !index.formulaExclusions.contains(f) {
            for r in occurrences(of: Array(f.unicodeScalars)) { found.append(FoundSlogan(range: r, kind: .numbered)) }
        }
        found += ParallelSeries.find(in: text, sentences: sentences).map { FoundSlogan(range: $0, kind: .parallel) }
        found += Enumerations.find(in: text).map { FoundSlogan(range: $0, kind: .enumeration) }
        let order: [SloganKind] = [.quoted, .codebook, .numbered, .parallel, .enumeration]
        var seen: Set<Range<Int>> = []
        return found
            .sorted { a, b in
                a.range.lowerBound != b.range.lowerBound ? a.range.lowerBound < b.range.lowerBound
                    : a.range.upperBound != b.range.upperBound ? a.range.upperBound < b.range.upperBound
                    : order.firstIndex(of: a.kind)! < order.firstIndex(of: b.kind)!
            }
            .filter { seen.insert($0.range).inserted }
    }

    func isVocabulary(_ t: CodebookIndex.Target) -> Bool {
        switch t {
        case .entry(let i): return index.entries[i].category != problemCategory
        case .setName: return true
        default: return false
        }
    }

    /// Non-overlapping occurrences of needle in the text.
    func occurrences(of needle: [Unicode.Scalar]) -> [Range<Int>] {
        guard !needle.isEmpty, needle.count <= text.count else { return [] }
        var result: [Range<Int>] = []
        var i = 0
        while i + needle.count <= text.count {
            if text[i] == needle[0] && text[i..<(i + needle.count)].elementsEqual(needle) {
                result.append(i..<(i + needle.count))
                i += needle.count
            } else {
                i += 1
            }
        }
        return result
    }
}
