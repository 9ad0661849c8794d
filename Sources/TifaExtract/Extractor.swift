import Foundation
import TifaCore

/// Extracts slogans, criteria coverage and problems with stance from normalised documents.
public struct Extractor: Sendable {
    public let index: CodebookIndex
    /// The discovery lists (numerals, measure words, formula words, quote pairs and classes).
    public let lists: DiscoveryLists

    public init(codebooks: [Codebook], lists: DiscoveryLists) {
        index = CodebookIndex(codebooks: codebooks)
        self.lists = lists
    }

    /// Codebooks with the discovery lists of the default Dictionaries folder.
    public init(codebooks: [Codebook]) throws(TifaError) {
        self.init(codebooks: codebooks, lists: try DiscoveryLists.standard())
    }

    /// The shipped codebooks plus the user's (`--dict FILE|DIR`), validated together, with the discovery lists.
    public static func standard(userPaths: [String] = [], dictionaries: URL? = nil) throws(TifaError) -> Extractor {
        let lists = try DiscoveryLists.standard(dictionaries: dictionaries)
        return Extractor(codebooks: try BuiltinCodebooks.load(userPaths: userPaths, dictionaries: dictionaries), lists: lists)
    }

    /// Everything found in one document. Offsets point into `document.text` (the normalised text) and mentions carry
    /// the index of the `document.sentences` sentence holding them; serialisers convert the offsets once, with
    /// `inOriginalOffsets(document.offsets)`.
    public func extract(_ document: TextDocument) -> DocumentExtraction {
        let text = document.text
        let matches = index.match(text)
        let landmarks = matches.landmarks
        let sentences = FullSentences.of(document, landmarks: landmarks.sentences)
        let quotes = Quotations.find(in: text, landmarks: landmarks)
        var sloganFinder = SloganFinder(index: index, text: text, matches: matches, quotes: quotes, landmarks: landmarks)
        let slogans = sloganFinder.find()
        let definitions = FormulaDefinitions.find(in: text, formulas: slogans.filter { $0.kind == .quoted || $0.kind == .numbered }.map(\.range))
        let criteria = CriteriaFinder(index: index, text: text, matches: matches).coverage(definitions: definitions)
        let problems = ProblemFinder(index: index, document: document, matches: matches, sentences: sentences).find()
        var terms: [TermMention] = []
        for m in matches.terms {
            for t in m.targets {
                guard let (canonical, category, book) = index.describe(t) else { continue }
                terms.append(TermMention(canonical: canonical, category: category, codebook: book,
                                         text: text.string(m.range), start: m.range.lowerBound, end: m.range.upperBound))
            }
        }
        var extraction = DocumentExtraction(
            document: document.path, id: document.id, codebooks: index.codebooks.map(\.stamp),
            slogans: slogans.map { f in
                SloganMention(text: text.string(f.range), kind: f.kind, quoted: f.quoted ? true : nil,
                              start: f.range.lowerBound, end: f.range.upperBound,
                              sentenceIndex: document.sentenceIndex(containing: f.range.lowerBound))
            },
            terms: terms,
            criteria: criteria.map { c in
                CriteriaCoverage(set: c.set, named: c.named, items: c.items, stated: c.stated, total: c.total, source: c.source,
                                 mentions: c.mentions.map { m in
                                     CriteriaMention(kind: m.kind, item: m.item, text: text.string(m.range),
                                                     start: m.range.lowerBound, end: m.range.upperBound,
                                                     sentenceIndex: document.sentenceIndex(containing: m.range.lowerBound))
                                 })
            },
            problems: problems.map { p in
                var mention = ProblemMention(category: p.category, subtype: p.subtype, stance: p.decision.stance,
                                             cue: p.decision.cue, cueKind: p.decision.cueKind,
                                             cueClass: p.decision.cueClass, text: text.string(p.range),
                                             sentence: SentenceText.capped(text, sentence: p.sentence, around: p.range),
                                             start: p.range.lowerBound, end: p.range.upperBound,
                                             sentenceIndex: document.sentenceIndex(containing: p.range.lowerBound))
                mention.sentenceStart = p.sentence.lowerBound
                mention.sentenceEnd = p.sentence.upperBound
                return mention
            },
            quotations: sloganFinder.quotations.map { q in
                QuotationMention(text: text.string(q.range), quoteClass: q.quoteClass, reason: q.reason,
                                 start: q.range.lowerBound, end: q.range.upperBound)
            },
            lists: lists.stamps)
        if !matches.regexTimeouts.isEmpty {
            extraction.warnings = matches.regexTimeouts.map { pattern in
                Diagnostic(code: "extract.regex-timeout", severity: .warning, file: document.path,
                           message: "codebook regex \(pattern) stopped at its time limit; its matches in this document are missing")
            }
        }
        return extraction
    }
}

extension CodebookIndex {
    /// Canonical name, category and codebook of a term target (nil for cues).
    func describe(_ t: Target) -> (String, String, String)? {
        switch t {
        case .entry(let i): return (entries[i].name, entries[i].category, entryCodebook[i])
        case .setName(let s): return (criteriaSets[s].name, "criteria-set", criteriaSetCodebook[s])
        case .item(let s, let k): return (criteriaSets[s].items[k].name, "criteria-item", criteriaSetCodebook[s])
        case .cue: return nil
        }
    }
}
