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
    /// Criteria sets the codebooks define, with their items in order (they apply to every document).
    public var criteriaSets: [CodebookCriteriaSet]
    /// Options that change the report.
    public var options: ReportOptions

    public init(tool: ToolStamp = ToolStamp(), icuVersion: String, codebooks: [DataStamp], lexicons: [DataStamp],
                stopwords: DataStamp, criteriaSets: [CodebookCriteriaSet], options: ReportOptions) {
        self.tool = tool
        self.icuVersion = icuVersion
        self.codebooks = codebooks.sorted { $0.name < $1.name }
        self.lexicons = lexicons.sorted { $0.name < $1.name }
        self.stopwords = stopwords
        self.criteriaSets = criteriaSets
        self.options = options
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
