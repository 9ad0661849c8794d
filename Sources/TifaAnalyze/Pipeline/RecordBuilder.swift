import TifaCore
import TifaExtract
import TifaIngest
import TifaSegment

/// Turns one ingested, segmented and extracted document into its record and its two output lines.
public struct RecordBuilder: Sendable {
    /// Texts of codebook terms: tokens with these texts get the kind `codebook`.
    public let codebookTerms: Set<String>

    public init(codebookTerms: Set<String>) { self.codebookTerms = codebookTerms }

    /// Builds the analysed document.
    public func build(_ ingested: IngestedDocument, tokens: [Token], extraction: DocumentExtraction,
                      bytes: Int) throws -> AnalyzedDocument {
        let doc = ingested.document
        var counts: [String: (count: Int, kinds: UInt8)] = [:]
        var view = String.UnicodeScalarView()
        for token in tokens {
            view.removeAll(keepingCapacity: true)
            view.append(contentsOf: doc.text[token.range])
            let term = String(view)
            if term.unicodeScalars.allSatisfy(\.properties.isWhitespace) { continue }
            let kind = codebookTerms.contains(term) ? TermKind.codebook : Self.kind(token.kind)
            if let e = counts[term] {
                counts[term] = (e.count + 1, e.kinds | kind.bit)
            } else {
                counts[term] = (1, kind.bit)
            }
        }
        let terms = counts.keys.sorted { $0.utf8.lexicographicallyPrecedes($1.utf8) }
        let locator = SentenceLocator(document: doc)
        let problems = extraction.problems.map {
            ProblemRow(category: $0.category, stance: $0.stance.rawValue, cue: $0.cue,
                       section: locator.section(original: $0.start), sentence: $0.sentence, start: $0.start, end: $0.end)
        }
        let record = DocumentRecord(
            document: doc.path, id: doc.id, metadata: doc.metadata, encoding: ingested.quality.encoding,
            sha256: ingested.quality.contentHash, bytes: bytes, characters: doc.text.count,
            originalCharacters: doc.original.count, tokens: counts.values.reduce(0) { $0 + $1.count },
            sentences: doc.sentences.count, qualityFlags: Self.flags(ingested.quality),
            warnings: ingested.diagnostics.filter { $0.code != "ingest.duplicate" },
            terms: terms, counts: terms.map { counts[$0]!.count }, kinds: terms.map { counts[$0]!.kinds },
            slogans: extraction.slogans, criteria: extraction.criteria, problems: problems)
        let line = ExtractionLine(extraction: extraction, metadata: doc.metadata, locator: locator)
        struct TextLine: Encodable {
            var document: String
            var id: String
            var text: String
        }
        var text = String.UnicodeScalarView()
        text.append(contentsOf: doc.text)
        return try AnalyzedDocument(record: record, extractionLine: try CanonicalJSON.line(line),
                                    textLine: try CanonicalJSON.line(TextLine(document: doc.path, id: doc.id, text: String(text))))
    }

    static func kind(_ k: Token.Kind) -> TermKind {
        switch k {
        case .word: .word
        case .number: .number
        case .latin: .latin
        case .punctuation: .punctuation
        case .symbol: .symbol
        }
    }

    /// Quality flags of a document (duplicates are flagged by the report, which sees all documents in order).
    static func flags(_ q: DocumentQuality) -> [String] {
        var f: [String] = []
        switch q.script {
        case .traditional: f.append("traditional")
        case .mixed: f.append("mixed-script")
        default: break
        }
        if q.cleaning.lostCharacters > 0 { f.append("lost-characters") }
        if !q.cleaning.mojibakeRuns.isEmpty { f.append("mojibake") }
        if q.cleaning.replacementCharacters > 0 || q.invalidByteSequences > 0 { f.append("replacement-characters") }
        if q.cleaning.removedByRule.keys.contains(where: { $0.hasPrefix("boilerplate") }) { f.append("boilerplate-removed") }
        if q.cleaning.removedByRule["pinyin"] ?? 0 > 0 { f.append("pinyin-removed") }
        return f.sorted()
    }
}
