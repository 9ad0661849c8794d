import Foundation
import TifaCore
import TifaExtract
import TifaFormalism
import TifaICU
import TifaIngest
import TifaSegment

/// Everything a run needs, loaded and validated before the first document is read: the corpus reader (inputs,
/// manifest, name pattern), codebooks, lexicons (with the codebook terms as forced terms), the stopword list
/// and the run's description.
public struct AnalysisSetup: Sendable {
    public let components: PipelineComponents
    public let info: RunInfo
    public let stopwords: StopwordList
    /// The inputs in corpus order.
    public let items: [AnalysisItem]
    /// Inputs refused before reading: every path the reader will not read (`SkipReason`), manifest errors.
    public let skipped: [Diagnostic]
    /// Warnings found before reading (e.g. manifest rows with no file).
    public let warnings: [Diagnostic]

    /// Loads the shipped dictionaries (from `dictionaries`, else found by `DictionariesFolder`), the user's
    /// codebooks (`--dict`) and lexicons (`--lexicon`), and lists the inputs.
    public static func make(inputs: [String], reader readerOptions: ReaderOptions = ReaderOptions(),
                            dictionaries: URL? = nil, codebooks: [String] = [], lexicons: [String] = [],
                            options: ReportOptions = ReportOptions(), stopwordFiles: [String] = [],
                            defaultStopwords: Bool = true, sequence: SequenceOptions? = nil,
                            forcedTerms: [String] = []) throws -> AnalysisSetup {
        let folder = try DictionariesFolder.locate(explicit: dictionaries)
        let extractor = try Extractor.standard(userPaths: codebooks, dictionaries: folder)
        let formalism = try FormalismRules.shipped(dictionaries: folder)
        let codebookTerms = extractor.index.lexiconTerms
        var extra: [Lexicon] = []
        for path in lexicons { extra.append(try Lexicon(contentsOf: URL(fileURLWithPath: path))) }
        extra.append(Lexicon(name: "codebook-terms", version: nil, role: .codebook, terms: codebookTerms))
        if !forcedTerms.isEmpty { extra.append(Lexicon(name: "query-terms", version: nil, role: .forced, terms: forcedTerms)) }
        let segmenter = try Segmenter.makeDefault(dictionaries: folder, extra: extra)
        let stopwords = try StopwordList.load(dictionaries: folder, files: stopwordFiles, includeDefault: defaultStopwords)
        let commonPath = folder.appendingPathComponent(CommonCharacters.shippedPath).path
        let common = FileManager.default.fileExists(atPath: commonPath) ? try CommonCharacters.load(path: commonPath) : nil
        var readerOptions = readerOptions
        let rules = try readerOptions.rules ?? NormalizationRules(folder: folder.appendingPathComponent("normalize").path)
        readerOptions.rules = rules
        let reader = try CorpusReader(inputs: inputs, options: readerOptions)
        var info = RunInfo(
            icuVersion: ICU.version,
            codebooks: extractor.index.codebooks.map { DataStamp(name: $0.name, version: $0.version, sha256: $0.sha256) }
                + formalism.stamps.map { DataStamp(name: $0.name, version: $0.version, sha256: $0.sha256) },
            lexicons: segmenter.lexicons.map { DataStamp(name: $0.name, version: $0.version ?? "", sha256: $0.contentHash) },
            stopwords: stopwords.stamp,
            cleaningRules: [DataStamp(name: "boilerplate", version: rules.boilerplate.version, sha256: rules.boilerplate.sha256),
                            DataStamp(name: "t2s-overrides", version: rules.overrides.version, sha256: rules.overrides.sha256)],
            criteriaSets: extractor.index.criteriaSets.map { CodebookCriteriaSet(name: $0.name, items: $0.items.map(\.name)) },
            options: options)
        info.stopwordLists = stopwords.files
        info.commonCharacters = common?.stamp
        let builder = RecordBuilder(codebookTerms: codebookTerms,
                                    filter: TermFilter(stopwords: stopwords, dropNumbers: options.dropNumbers),
                                    sequence: sequence ?? options.sequenceOptions, commonCharacters: common)
        let components = PipelineComponents(reader: reader, segmenter: segmenter, extractor: extractor,
                                            recordBuilder: builder, formalism: formalism)
        return AnalysisSetup(components: components, info: info, stopwords: stopwords, items: AnalysisItem.items(of: reader),
                             skipped: reader.skipped + reader.diagnostics.filter { $0.severity == .error },
                             warnings: reader.diagnostics.filter { $0.severity != .error })
    }
}
