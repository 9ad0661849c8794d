import TifaCore

/// What a run used and how it was configured; recorded in `summary.json` and in partial states, and checked
/// to be equal before partial runs are merged.
public struct RunInfo: Codable, Sendable, Equatable {
    /// Tool name and version.
    public var tool: ToolStamp
    /// The ICU library version.
    public var icuVersion: String
    /// Codebooks used by extraction, sorted by name.
    public var codebooks: [DataStamp]
    /// Lexicons used by the segmenter, sorted by name.
    public var lexicons: [DataStamp]
    /// The stopword list used to flag terms (the union of `stopwordLists`).
    public var stopwords: DataStamp
    /// Every stopword file used, in the order given (the shipped list first unless `--no-default-stopwords`).
    public var stopwordLists: [DataStamp] = []
    /// The common-character list of the Han character share, when one is shipped.
    public var commonCharacters: DataStamp?
    /// The cleaning rules the normaliser applied (`Dictionaries/normalize/*.tsv`), sorted by name.
    public var cleaningRules: [DataStamp]
    /// Criteria sets the codebooks define, with their items in order (they apply to every document).
    public var criteriaSets: [CodebookCriteriaSet]
    /// Options that change the report.
    public var options: ReportOptions

    public init(tool: ToolStamp = ToolStamp(), icuVersion: String, codebooks: [DataStamp], lexicons: [DataStamp],
                stopwords: DataStamp, cleaningRules: [DataStamp] = [], criteriaSets: [CodebookCriteriaSet], options: ReportOptions) {
        self.tool = tool
        self.icuVersion = icuVersion
        self.codebooks = codebooks.sorted { $0.name < $1.name }
        self.lexicons = lexicons.sorted { $0.name < $1.name }
        self.stopwords = stopwords
        self.cleaningRules = cleaningRules.sorted { $0.name < $1.name }
        self.criteriaSets = criteriaSets
        self.options = options
    }
}

extension RunInfo {
    /// What differs between two runs' descriptions, naming the data file (codebook, lexicon, cleaning rules,
    /// stopwords) or setting; nil when they are equal.
    public func difference(from other: RunInfo) -> String? {
        if tool != other.tool { return "tool \(tool.name) \(tool.version) vs \(other.tool.name) \(other.tool.version)" }
        if icuVersion != other.icuVersion { return "ICU \(icuVersion) vs \(other.icuVersion)" }
        for (kind, mine, theirs) in [("codebook", codebooks, other.codebooks), ("lexicon", lexicons, other.lexicons),
                                     ("cleaning rules", cleaningRules, other.cleaningRules),
                                     ("stopword list", [stopwords], [other.stopwords]),
                                     ("common characters", [commonCharacters].compactMap { $0 },
                                      [other.commonCharacters].compactMap { $0 })] {
            if let d = Self.stampDifference(kind, mine, theirs) { return d }
        }
        if criteriaSets != other.criteriaSets { return "the criteria sets of the codebooks" }
        if options != other.options { return "the report options (--group-by, --period, --keyness-top, --trend-terms, --no-texts, --drop-numbers, --window, --tokens \u{2026})" }
        return nil
    }

    private static func stampDifference(_ kind: String, _ a: [DataStamp], _ b: [DataStamp]) -> String? {
        func text(_ s: DataStamp?) -> String { s.map { "version \($0.version) (sha256 \($0.sha256.prefix(12))\u{2026})" } ?? "absent" }
        let names = Set(a.map(\.name)).union(b.map(\.name)).sorted()
        for name in names {
            let x = a.first { $0.name == name }, y = b.first { $0.name == name }
            if x != y { return "\(kind) \(name): \(text(x)) vs \(text(y))" }
        }
        return nil
    }
}

/// The tool that made an output.
public struct ToolStamp: Codable, Sendable, Equatable {
    public var name = "tifa"
    public var version = TifaVersion.string
    public init() {}
}

/// A data file an output depends on: name, declared version and SHA-256 of its bytes.
public struct DataStamp: Codable, Sendable, Equatable {
    public var name: String
    public var version: String
    public var sha256: String
    public init(name: String, version: String, sha256: String) {
        self.name = name
        self.version = version
        self.sha256 = sha256
    }
}

/// A criteria set as a codebook defines it.
public struct CodebookCriteriaSet: Codable, Sendable, Equatable {
    public var name: String
    /// Canonical item names, in the set's order.
    public var items: [String]
    public init(name: String, items: [String]) {
        self.name = name
        self.items = items
    }
}

/// Options that change what the report contains.
public struct ReportOptions: Codable, Sendable, Equatable {
    /// Metadata columns to compare groups by (`--group-by`).
    public var groupBy: [String]
    /// `year` or `month`: the period of trends.
    public var period: String
    /// Terms per group and direction in `keyness.csv`.
    public var keynessTop: Int
    /// Most frequent content terms followed in `trends.csv`.
    public var trendTerms: Int
    /// Whether `texts.jsonl` is written.
    public var texts: Bool
    /// Leave numerals, years and dates out of ranked lists, n-grams, collocations and tokens (`--drop-numbers`).
    public var dropNumbers = false
    /// Content tokens on each side of a node in `collocations.csv` (`--window`).
    public var collocationWindow = 5
    /// Smallest frequency of an n-gram in `ngrams.csv`.
    public var ngramMinFrequency = 2
    /// Smallest co-occurrence count of a pair in `collocations.csv`.
    public var collocationMinCount = 3
    /// Write `tokens/` (`--tokens`).
    public var tokens = false
    /// What the tokens file keeps besides content terms: `stopwords`, `punctuation` (sorted).
    public var tokensKeep: [String] = []

    public init(groupBy: [String] = [], period: String = "year", keynessTop: Int = 200, trendTerms: Int = 200,
                texts: Bool = true) {
        self.groupBy = groupBy
        self.period = period
        self.keynessTop = keynessTop
        self.trendTerms = trendTerms
        self.texts = texts
    }

    /// What the workers count for these options: bigrams and trigrams, windows of codebook terms, tokens.
    public var sequenceOptions: SequenceOptions {
        SequenceOptions(ngramSizes: [2, 3], window: collocationWindow, nodes: nil, tokens: tokens,
                        tokensKeepStopwords: tokensKeep.contains("stopwords"),
                        tokensKeepPunctuation: tokensKeep.contains("punctuation"))
    }

    enum CodingKeys: String, CodingKey {
        case groupBy = "group_by", period, keynessTop = "keyness_top", trendTerms = "trend_terms", texts,
             dropNumbers = "drop_numbers", collocationWindow = "collocation_window",
             ngramMinFrequency = "ngram_min_frequency", collocationMinCount = "collocation_min_count", tokens,
             tokensKeep = "tokens_keep"
    }
}
