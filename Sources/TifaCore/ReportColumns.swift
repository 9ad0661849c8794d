/// Column names of the analysis folder's CSV files, in file order: written by TifaAnalyze, read by TifaDashboard
/// (docs/ANALYZE.md describes each column).
public enum ReportColumns {
    /// `terms.csv`.
    public enum Terms {
        public static let term = "term", kind = "kind", frequency = "frequency", per10k = "per_10k", documents = "documents"
        public static let header = [term, kind, frequency, per10k, documents, "tfidf", "dispersion", "stopword", "punctuation", "numeral"]
        /// The `kind` of a term that a codebook defines.
        public static let codebookKind = "codebook"
    }

    /// `criteria.csv`.
    public enum Criteria {
        public static let document = "document", set = "set", item = "item", named = "named", stated = "stated"
        public static let header = [document, set, item, named, stated, "count"]
    }

    /// `periods.csv` (the stance counts follow `problems_<stance>`).
    public enum Periods {
        public static let period = "period", characters = "characters"
        public static let leading = [period, "documents", characters, "tokens", "slogans", "slogans_per_10k"]
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
