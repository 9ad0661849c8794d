/// Every diagnostic code Tifa emits, each with the category that decides its exit code.
///
/// `Diagnostic.code` stays a string (it is written to summary.json and partial states); this registry is the
/// one place that says what each code means for the exit code. A test checks that every code literal in the
/// sources is registered here.
public enum DiagnosticCode: String, CaseIterable, Sendable {
    case analyzeDtm = "analyze.dtm"
    case analyzeDuplicateInput = "analyze.duplicate-input"
    case analyzeNoDocuments = "analyze.no-documents"
    case analyzeState = "analyze.state"
    case analyzeUnknownGroup = "analyze.unknown-group"
    case charactersBadLine = "characters.bad-line"
    case charactersDuplicate = "characters.duplicate"
    case charactersEncoding = "characters.encoding"
    case charactersHeader = "characters.header"
    case charactersUnreadable = "characters.unreadable"
    case codebookBadLine = "codebook.bad-line"
    case codebookDuplicate = "codebook.duplicate"
    case codebookEmptyCategory = "codebook.empty-category"
    case codebookEncoding = "codebook.encoding"
    case codebookExtends = "codebook.extends"
    case codebookIo = "codebook.io"
    case codebookRegex = "codebook.regex"
    case codebookSchema = "codebook.schema"
    case codebookSharedItem = "codebook.shared-item"
    case codebookYaml = "codebook.yaml"
    case dashboardCsv = "dashboard.csv"
    case dashboardJson = "dashboard.json"
    case dashboardNotFound = "dashboard.not-found"
    case dashboardRead = "dashboard.read"
    case dashboardWrite = "dashboard.write"
    case dictionariesNotFound = "dictionaries.not-found"
    case dictionaryBadHeader = "dictionary.bad-header"
    case dictionaryBadLine = "dictionary.bad-line"
    case dictionaryDuplicate = "dictionary.duplicate"
    case dictionaryEncoding = "dictionary.encoding"
    case dictionaryUnreadable = "dictionary.unreadable"
    case formalismDamaged = "formalism.damaged"
    case formalismPattern = "formalism.pattern"
    case icuFailure = "icu.failure"
    case ingestBadDoc = "ingest.bad-doc"
    case ingestBadDocx = "ingest.bad-docx"
    case ingestBadJsonl = "ingest.bad-jsonl"
    case ingestBadPdf = "ingest.bad-pdf"
    case ingestBinary = "ingest.binary"
    case ingestCharsetIgnored = "ingest.charset-ignored"
    case ingestDanglingLink = "ingest.dangling-link"
    case ingestDecode = "ingest.decode"
    case ingestDocToolFailed = "ingest.doc-tool-failed"
    case ingestDocToolMissing = "ingest.doc-tool-missing"
    case ingestDocxTooLarge = "ingest.docx-too-large"
    case ingestDuplicate = "ingest.duplicate"
    case ingestDuplicatePath = "ingest.duplicate-path"
    case ingestEmpty = "ingest.empty"
    case ingestExcluded = "ingest.excluded"
    case ingestFailed = "ingest.failed"
    case ingestHidden = "ingest.hidden"
    case ingestInvalidBytes = "ingest.invalid-bytes"
    case ingestIsDirectory = "ingest.is-directory"
    case ingestJsonlRecordTooLarge = "ingest.jsonl-record-too-large"
    case ingestLostCharacters = "ingest.lost-characters"
    case ingestMojibake = "ingest.mojibake"
    case ingestNotFound = "ingest.not-found"
    case ingestNotIncluded = "ingest.not-included"
    case ingestPathTooLong = "ingest.path-too-long"
    case ingestPdftotextFailed = "ingest.pdftotext-failed"
    case ingestPdftotextMissing = "ingest.pdftotext-missing"
    case ingestPrivateUse = "ingest.private-use"
    case ingestReplacementCharacters = "ingest.replacement-characters"
    case ingestSpecialFile = "ingest.special-file"
    case ingestSymlinkLoop = "ingest.symlink-loop"
    case ingestTooLarge = "ingest.too-large"
    case ingestUndecodable = "ingest.undecodable"
    case ingestUndecodableName = "ingest.undecodable-name"
    case ingestUnknownEncoding = "ingest.unknown-encoding"
    case ingestUnreadable = "ingest.unreadable"
    case ingestUnsupported = "ingest.unsupported"
    case extractRegexTimeout = "extract.regex-timeout"
    case inputNone = "input.none"
    case ioRead = "io.read"
    case ioWrite = "io.write"
    case kwicBadRegex = "kwic.bad-regex"
    case kwicRegexTimeout = "kwic.regex-timeout"
    case kwicUnknownCategory = "kwic.unknown-category"
    case lexiconBadHeader = "lexicon.bad-header"
    case lexiconBadLine = "lexicon.bad-line"
    case lexiconUnreadable = "lexicon.unreadable"
    case listBadLine = "list.bad-line"
    case listEncoding = "list.encoding"
    case listHeader = "list.header"
    case listIo = "list.io"
    case manifestBadRow = "manifest.bad-row"
    case manifestDuplicate = "manifest.duplicate"
    case manifestMalformed = "manifest.malformed"
    case manifestMissingFile = "manifest.missing-file"
    case manifestUnreadable = "manifest.unreadable"
    case mergeBadState = "merge.bad-state"
    case mergeDamaged = "merge.damaged"
    case mergeDuplicate = "merge.duplicate"
    case mergeFormat = "merge.format"
    case mergeMismatch = "merge.mismatch"
    case mergeNoParts = "merge.no-parts"
    case mergeNotPartial = "merge.not-partial"
    case metadataNameMismatch = "metadata.name-mismatch"
    case parquetDuckdbMissing = "parquet.duckdb-missing"
    case parquetFailed = "parquet.failed"
    case outputContainsInput = "output.contains-input"
    case outputCurrentFolder = "output.current-folder"
    case outputExists = "output.exists"
    case outputIsInput = "output.is-input"
    case outputNotFolder = "output.not-folder"
    case outputNotTifa = "output.not-tifa"
    case outputSpecialFile = "output.special-file"
    case reuseNoDocuments = "reuse.no-documents"
    case segmentIcuFallback = "segment.icu-fallback"
    case segmentInvalidUtf8 = "segment.invalid-utf8"
    case segmentUnreadable = "segment.unreadable"
    case stopwordsBadLine = "stopwords.bad-line"
    case stopwordsDuplicate = "stopwords.duplicate"
    case stopwordsEncoding = "stopwords.encoding"
    case stopwordsHeader = "stopwords.header"
    case stopwordsUnreadable = "stopwords.unreadable"
    case usageNamePattern = "usage.name-pattern"
    case usageOutEmpty = "usage.out-empty"

    /// The category of the code (a closed switch: a new code does not compile until it has one).
    public var category: DiagnosticCategory {
        switch self {
        case .analyzeUnknownGroup, .kwicBadRegex, .kwicRegexTimeout, .kwicUnknownCategory,
             .mergeNoParts, .usageNamePattern, .usageOutEmpty:
            .usage
        case .analyzeDuplicateInput, .analyzeState, .codebookBadLine, .codebookDuplicate,
             .codebookEmptyCategory, .codebookEncoding, .codebookExtends, .codebookRegex,
             .codebookSchema, .codebookSharedItem, .codebookYaml, .dashboardCsv, .dashboardJson,
             .dictionaryBadHeader, .dictionaryBadLine, .dictionaryDuplicate, .dictionaryEncoding,
             .ingestBadDoc, .ingestBadDocx, .ingestBadJsonl, .ingestBadPdf, .ingestBinary, .ingestDecode,
             .ingestCharsetIgnored, .ingestDocToolFailed, .ingestDuplicatePath, .ingestExcluded, .ingestHidden,
             .ingestJsonlRecordTooLarge, .ingestNotIncluded, .ingestUndecodableName, .ingestUnsupported,
             .ingestDocxTooLarge, .ingestDuplicate, .ingestEmpty, .ingestInvalidBytes,
             .ingestLostCharacters, .ingestMojibake, .ingestPdftotextFailed, .ingestPrivateUse,
             .ingestReplacementCharacters, .ingestTooLarge, .ingestUndecodable,
             .ingestUnknownEncoding, .lexiconBadHeader, .lexiconBadLine, .manifestBadRow,
             .manifestDuplicate, .manifestMalformed, .mergeBadState, .mergeDamaged, .mergeDuplicate,
             .mergeFormat, .mergeMismatch, .metadataNameMismatch, .segmentIcuFallback, .extractRegexTimeout, .segmentInvalidUtf8,
             .stopwordsBadLine, .stopwordsDuplicate, .stopwordsEncoding, .stopwordsHeader,
             .charactersBadLine, .charactersDuplicate, .charactersEncoding, .charactersHeader, .formalismDamaged, .formalismPattern, .listBadLine, .listEncoding, .listHeader:
            .data
        case .analyzeNoDocuments, .codebookIo, .dashboardNotFound, .dashboardRead,
             .dictionariesNotFound, .dictionaryUnreadable, .ingestIsDirectory, .ingestNotFound,
             .ingestDanglingLink, .ingestPathTooLong, .ingestSpecialFile, .ingestSymlinkLoop,
             .ingestUnreadable, .inputNone, .lexiconUnreadable,
             .manifestMissingFile, .manifestUnreadable, .mergeNotPartial, .segmentUnreadable,
             .stopwordsUnreadable, .charactersUnreadable, .listIo, .reuseNoDocuments:
            .noInput
        case .parquetDuckdbMissing, .ingestPdftotextMissing, .ingestDocToolMissing:
            .unavailable
        case .analyzeDtm, .icuFailure, .ingestFailed, .parquetFailed:
            .software
        case .outputContainsInput, .outputCurrentFolder, .outputExists, .outputIsInput,
             .outputNotFolder, .outputNotTifa, .outputSpecialFile:
            .cannotCreate
        case .dashboardWrite, .ioWrite, .ioRead:
            .ioError
        }
    }
}
