/// Column names of the analysis folder's CSV files, in file order: written by TifaAnalyze, read by TifaDashboard
/// (docs/ANALYZE.md describes each column). The typed tables also declare each column's value type, which typed
/// exports (Parquet) use.
public enum ReportColumns {
    /// `terms.csv`.
    public enum Terms {
        public static let term = "term", kind = "kind", frequency = "frequency", per10k = "per_10k", documents = "documents"
        public static let typed: [ReportColumn] = [
            .text(term), .text(kind), .integer(frequency), .real(per10k), .integer(documents), .real("tfidf"),
            .real("dispersion"), .boolean("stopword"), .boolean("punctuation"), .boolean("numeral"),
        ]
        public static let header = typed.map(\.name)
        /// The `kind` of a term that a codebook defines.
        public static let codebookKind = "codebook"
    }

    /// `criteria.csv`.
    public enum Criteria {
        public static let document = "document", set = "set", item = "item", named = "named", stated = "stated"
        public static let typed: [ReportColumn] = [
            .text(document), .text(set), .text(item), .boolean(named), .boolean(stated), .integer("count"),
        ]
        public static let header = typed.map(\.name)
    }

    /// `problems.csv`.
    public enum Problems {
        public static let document = "document", category = "category", stance = "stance"
        public static let typed: [ReportColumn] = [
            .text(document), .text(category), .text("subtype"), .text(stance), .text("cue"), .text("section"),
            .text("sentence"), .integer("start"), .integer("end"),
        ]
        public static let header = typed.map(\.name)
    }

    /// `slogans.csv`.
    public enum Slogans {
        public static let typed: [ReportColumn] = [
            .text("text"), .text("kind"), .integer("frequency"), .integer("documents"), .text("first_date"),
            .text("last_date"),
        ]
        public static let header = typed.map(\.name)
    }

    /// `documents.csv`: fixed column groups around the corpus-dependent ones (metadata keys, one pair per criteria
    /// set, one count per problem category and stance).
    public enum Documents {
        /// Before the metadata columns.
        public static let leading: [ReportColumn] = [.text("document"), .text("id")]
        /// After the metadata columns, before the criteria pairs.
        public static let sizes: [ReportColumn] = [
            .text("encoding"), .integer("characters"), .integer("tokens"), .integer("sentences"), .integer("slogans"),
            .real("slogans_per_10k"),
        ]
        /// Every problem stance, `unknown` (no cue decided) included, in column order (`problems_<stance>`).
        public static let stances = ["admitted", "warned", "mentioned", "unknown"]
        /// The lexical and readability columns (after `quality_flags`).
        public static let lexical: [ReportColumn] = [
            .integer("word_tokens"), .integer("word_types"), .real("ttr"), .real("mattr"), .real("mean_sentence_length"),
            .integer("han_characters"), .real("common_character_share"),
        ]
        /// The reuse figures (after the lexical columns).
        public static let reuse: [ReportColumn] = [.real("reuse_share"), .integer("reuse_partners")]
        /// The formalism measures (last).
        public static let measures: [ReportColumn] = [
            .integer("commitments"), .integer("commitments_concrete"), .integer("commitments_deadline"),
            .real("commitments_concrete_rate"), .real("commitments_deadline_rate"), .real("numbers_per_1k"),
            .real("dates_per_1k"), .real("places_per_1k"), .real("stock_phrases_per_1k"), .real("slogans_per_1k"),
            .integer("problems_admitted_specific"), .integer("problems_admitted_remedied"),
        ]
        /// The criteria pair of a set: `coverage_<set>` (`k/n`, text) and `named_<set>` (1/0).
        public static func criteria(_ set: String) -> [ReportColumn] { [.text("coverage_\(set)"), .boolean("named_\(set)")] }
        /// The problem count of a stance or of a (category, stance) pair: `problems_<…>`.
        public static func problems(_ suffix: String) -> ReportColumn { .integer("problems_\(suffix)") }
        /// The `;`-separated quality flags.
        public static let qualityFlags = ReportColumn.text("quality_flags")

        /// Every fixed column (a metadata key with one of these names, or with a prefix of the corpus-dependent
        /// columns, is written `meta_<key>`).
        public static let fixed: [ReportColumn] = leading + sizes + stances.map(problems) + [qualityFlags] + lexical + reuse + measures
        private static let fixedTypes = Dictionary(fixed.map { ($0.name, $0.type) }, uniquingKeysWith: { a, _ in a })
        /// Prefixes of the corpus-dependent columns.
        public static let dependentPrefixes = ["coverage_", "named_", "problems_"]

        /// The type of a `documents.csv` column by its name: fixed columns as declared, `named_*` boolean,
        /// `problems_*` integer, and text for the rest (metadata, `meta_*`, `coverage_*`).
        public static func type(of column: String) -> ColumnType {
            if let t = fixedTypes[column] { return t }
            if column.hasPrefix("named_") { return .boolean }
            if column.hasPrefix("problems_") { return .integer }
            return .text
        }
    }

    /// `parquet/document_terms.parquet`: the document-term matrix as triplets.
    public enum DocumentTerms {
        public static let typed: [ReportColumn] = [.text("document"), .text("term"), .integer("count")]
    }

    /// `periods.csv` (the stance counts follow `problems_<stance>`).
    public enum Periods {
        public static let period = "period", characters = "characters"
        public static let leading = [period, "documents", characters, "tokens", "slogans", "slogans_per_10k"]
        public static let header = leading + Documents.stances.map { Documents.problems($0).name }
    }

    /// The tables of `groups/<column>/`, one row per group (and term, set item or problem category).
    public enum Groups {
        /// `groups.csv` (the stance counts follow `problems_<stance>`).
        public static let summary = ["group", "documents", "characters", "tokens", "slogans", "slogans_per_10k"]
            + Documents.stances.map { Documents.problems($0).name }
        /// `terms.csv`.
        public static let terms = ["group", "term", "frequency", "per_10k", "documents"]
        /// `keyness.csv`.
        public static let keyness = ["group", "term", "direction", "target", "reference", "target_total", "reference_total",
                                     "g2", "log_ratio", "target_per_10k", "reference_per_10k"]
        /// `criteria.csv`.
        public static let criteria = ["group", "set", "item", "documents", "named", "stated", "share"]
        /// `problems.csv`.
        public static let problems = ["group", "category", "stance", "count", "documents", "per_10k"]
    }

    /// `trends.csv`.
    public enum Trends {
        public static let period = "period", term = "term", frequency = "frequency"
        public static let header = [period, term, frequency, "per_10k", "documents"]
    }

    /// `reuse.csv` (and the records of `tifa reuse`).
    public enum Reuse {
        public static let header = ["a", "b", "a_start", "a_end", "b_start", "b_end", "chars", "similarity", "kind", "earlier"]
    }
}

/// The value type of a report column. CSV holds every value as text (booleans as `1`/`0`, an empty field for a
/// missing value); typed exports (Parquet) declare these types.
public enum ColumnType: String, Sendable, CaseIterable {
    /// UTF-8 text.
    case text
    /// A whole number (64-bit).
    case integer
    /// A number with a fraction (64-bit floating point).
    case real
    /// `1` or `0` in CSV.
    case boolean
}

/// A report column: its name and value type.
public struct ReportColumn: Sendable, Equatable {
    public let name: String
    public let type: ColumnType

    public init(_ name: String, _ type: ColumnType) {
        self.name = name
        self.type = type
    }

    public static func text(_ name: String) -> ReportColumn { ReportColumn(name, .text) }
    public static func integer(_ name: String) -> ReportColumn { ReportColumn(name, .integer) }
    public static func real(_ name: String) -> ReportColumn { ReportColumn(name, .real) }
    public static func boolean(_ name: String) -> ReportColumn { ReportColumn(name, .boolean) }
}
