import TifaCore
import TifaExtract
import TifaFormalism
import TifaIngest
import TifaSegment

/// Turns one ingested, segmented and extracted document into its record and its two output lines.
public struct RecordBuilder: Sendable {
    /// Texts of codebook terms: tokens with these texts get the kind `codebook`.
    public let codebookTerms: Set<TermKey>
    /// Which terms are content (stopwords, punctuation, numerals with `--drop-numbers`).
    public let filter: TermFilter
    /// N-grams, collocation windows and the tokens line.
    public let sequence: SequenceOptions
    /// The collocation nodes `sequence.nodes` names; nil for the codebook terms.
    private let nodes: Set<TermKey>?
    /// The common-character list for the Han character share.
    public let commonCharacters: CommonCharacters?

    public init(codebookTerms: [String], filter: TermFilter? = nil, sequence: SequenceOptions = SequenceOptions(),
                commonCharacters: CommonCharacters? = nil) {
        self.codebookTerms = Set(codebookTerms.map(TermKey.init))
        self.filter = filter ?? TermFilter(stopwords: .union([]), dropNumbers: false)
        self.sequence = sequence
        nodes = sequence.nodes.map { Set($0.map(TermKey.init)) }
        self.commonCharacters = commonCharacters
    }

    /// Builds the analysed document from its extraction in normalised offsets (as `Extractor` and the formalism
    /// measures leave it); the record and its `extractions.jsonl` line get original offsets.
    public func build(_ ingested: IngestedDocument, tokens: [Token], extraction: DocumentExtraction,
                      bytes: Int, measures: DocumentMeasures? = nil) throws -> AnalyzedDocument {
        let doc = ingested.document
        var distinct: [(term: String, count: Int, kinds: UInt8)] = []
        var tokenTerm = [Int32](repeating: -1, count: tokens.count)
        doc.text.withUnsafeBufferPointer { buffer in
            buffer.withMemoryRebound(to: UInt32.self) { text in
                var counter = TermCounter(expected: min(tokens.count, 1 << 16))
                for (i, token) in tokens.enumerated() {
                    tokenTerm[i] = Int32(counter.add(text, start: token.start, end: token.end, kinds: Self.kind(token.kind).bit))
                }
                let sorted = counter.sorted(text)
                distinct = sorted.terms
                for i in tokenTerm.indices { tokenTerm[i] = sorted.position[Int(tokenTerm[i])] }
            }
        }
        var terms: [String] = []
        var counts: [Int] = []
        var kinds: [UInt8] = []
        var isCodebook: [Bool] = []
        var tokenCount = 0
        for d in distinct {
            terms.append(d.term)
            counts.append(d.count)
            isCodebook.append(codebookTerms.contains(TermKey(d.term)))
            kinds.append(isCodebook[isCodebook.count - 1] ? TermKind.codebook.bit : d.kinds)
            tokenCount += d.count
        }
        let exclusion = zip(terms, kinds).map { filter.exclusion($0, kinds: $1) }
        let counter = SequenceCounter(options: sequence, exclusion: exclusion,
                                      isNode: nodes.map { n in terms.map { n.contains(TermKey($0)) } } ?? isCodebook, terms: terms)
        let (sequences, tokenLine) = counter.count(tokens: tokens, tokenTerm: tokenTerm, sentences: doc.sentences)
        var lexical = LexicalMeasures()
        lexical.countWords(tokenTerm: tokenTerm, word: exclusion.map { $0 != .whitespace && $0 != .punctuation })
        lexical.countCharacters(text: doc.text, sentences: doc.sentences, common: commonCharacters)
        // The one conversion of extraction offsets to the original text, shared by the record and its line.
        let serialised = extraction.inOriginalOffsets(doc.offsets)
        let problems = serialised.problems.map {
            ProblemRow(category: $0.category, subtype: $0.subtype ?? "", stance: $0.stance.rawValue, cue: $0.cue,
                       section: doc.sectionPath(ofSentence: $0.sentenceIndex), sentence: $0.sentence,
                       start: $0.start, end: $0.end)
        }
        let record = DocumentRecord(
            document: doc.path, id: doc.id, metadata: doc.metadata, encoding: ingested.quality.encoding,
            sha256: ingested.quality.contentHash, bytes: bytes, characters: doc.text.count,
            originalCharacters: doc.original.count, tokens: tokenCount,
            sentences: doc.sentences.count, qualityFlags: Self.flags(ingested.quality),
            warnings: ingested.diagnostics.filter { $0.code != "ingest.duplicate" },
            terms: terms, counts: counts, kinds: kinds,
            slogans: serialised.slogans, criteria: serialised.criteria, problems: problems, lexical: lexical)
        let line = ExtractionLine(extraction: serialised, document: doc)
        var textLine: [UInt8] = []
        textLine.reserveCapacity(doc.text.count * 3 + 200)
        textLine += Array("{\"document\":".utf8)
        JSONText.append(doc.path.utf8, to: &textLine)
        textLine += Array(",\"id\":".utf8)
        JSONText.append(doc.id.utf8, to: &textLine)
        textLine += Array(",\"text\":".utf8)
        JSONText.append(scalars: doc.text, to: &textLine)
        textLine.append(0x7D)
        return try AnalyzedDocument(record: record, extractionLine: try CanonicalJSON.line(line), textBytes: textLine,
                                    tokenLine: tokenLine, sequences: sequences,
                                    formalism: FormalismEntry(reuse: ReuseText(doc), measures: measures?.named ?? []),
                                    original: doc.original)
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
        if q.privateUseCharacters > 0 { f.append("private-use") }
        return f.sorted()
    }
}
