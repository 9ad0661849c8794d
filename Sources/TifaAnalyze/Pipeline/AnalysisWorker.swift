import Foundation
import TifaCore
import TifaExtract
import TifaFormalism
import TifaIngest
import TifaSegment

/// One input file to analyse, with its size for progress reports.
public struct AnalysisItem: WorkItem, Sendable {
    public var item: CorpusItem
    public var byteCount: Int

    /// The reader's items, with their sizes.
    public static func items(of reader: CorpusReader) -> [AnalysisItem] {
        reader.items.map { AnalysisItem(item: $0, byteCount: $0.byteCount) }
    }
}

/// What every worker shares: the corpus reader, the segmenter (codebook terms in its lexicon), the extractor.
public struct PipelineComponents: Sendable {
    public var reader: CorpusReader
    public var segmenter: Segmenter
    public var extractor: Extractor
    public var recordBuilder: RecordBuilder
    /// The formalism cue lists (commitments, specific problems, densities); nil leaves those measures out.
    public var formalism: FormalismRules?

    public init(reader: CorpusReader, segmenter: Segmenter, extractor: Extractor, recordBuilder: RecordBuilder,
                formalism: FormalismRules? = nil) {
        self.reader = reader
        self.segmenter = segmenter
        self.extractor = extractor
        self.recordBuilder = recordBuilder
        self.formalism = formalism
    }
}

/// One worker thread's pipeline: read → normalise → segment → extract → record.
public struct AnalysisWorker: DocumentWorker {
    private let components: PipelineComponents
    private let reader: CorpusWorker
    private let tokenizer: Tokenizer
    private let formalism: FormalismAnalyzer?

    public init(components: PipelineComponents) throws {
        self.components = components
        reader = try components.reader.makeWorker()
        tokenizer = try components.segmenter.makeTokenizer()
        formalism = try components.formalism.map { rules throws(TifaError) in try FormalismAnalyzer(rules: rules) }
    }

    public mutating func process(_ item: AnalysisItem) throws -> DocumentOutcome {
        var outcomes: [DocumentOutcome] = []
        for outcome in reader.read(item.item) {
            switch outcome {
            case .skipped(let d):
                outcomes.append(.skipped([d]))
            case .document(var ingested):
                let tokens = tokenizer.segment(ingested.document.text)
                ingested.diagnostics += tokenizer.takeFallbacks().map { f in
                    Diagnostic(code: "segment.icu-fallback", severity: .warning, file: ingested.document.path, offset: f.range.lowerBound,
                               message: "ICU's word break failed (\(f.error)); characters \(f.range.lowerBound)..<\(f.range.upperBound) were cut one token per character")
                }
                var extraction = components.extractor.extract(ingested.document)
                ingested.diagnostics += extraction.warnings ?? []
                let measures = formalism?.analyze(ingested.document, extraction: &extraction)
                let bytes = item.item.format == .jsonLines
                    ? ingested.document.original.reduce(0) { $0 + UTF8.width($1) } : item.byteCount
                outcomes.append(.analyzed(try components.recordBuilder.build(ingested, tokens: tokens, extraction: extraction,
                                                                             bytes: bytes, measures: measures)))
            }
        }
        return outcomes.count == 1 ? outcomes[0] : .many(outcomes)
    }
}
