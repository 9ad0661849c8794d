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
    /// The stopword list used to flag terms.
    public var stopwords: DataStamp
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
                                     ("stopword list", [stopwords], [other.stopwords])] {
            if let d = Self.stampDifference(kind, mine, theirs) { return d }
        }
        if criteriaSets != other.criteriaSets { return "the criteria sets of the codebooks" }
        if options != other.options { return "the report options (--group-by, --period, --keyness-top, --trend-terms, --no-texts)" }
        return nil
    }

    private static func stampDifference(_ kind: String, _ a: [DataStamp], _ b: [DataStamp]) -> String? {
        func text(_ s: DataStamp?) -> String { s.map { "version \($0.version) (sha256 \($0.sha256.prefix(12))…)" } ?? "absent" }
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

    public init(groupBy: [String] = [], period: String = "year", keynessTop: Int = 200, trendTerms: Int = 200,
                texts: Bool = true) {
        self.groupBy = groupBy
        self.period = period
        self.keynessTop = keynessTop
        self.trendTerms = trendTerms
        self.texts = texts
    }

    enum CodingKeys: String, CodingKey {
        case groupBy = "group_by", period, keynessTop = "keyness_top", trendTerms = "trend_terms", texts
    }
}
