/// File names of the analysis folder, written by TifaAnalyze and read back by TifaDashboard (docs/ANALYZE.md
/// describes each file); `ReportColumns` holds their columns.
public enum ReportFiles {
    public static let summary = "summary.json", timings = "timings.json"
    public static let documents = "documents.csv", terms = "terms.csv", slogans = "slogans.csv"
    public static let criteria = "criteria.csv", problems = "problems.csv", reuse = "reuse.csv"
    public static let periods = "periods.csv", trends = "trends.csv"
    public static let ngrams = "ngrams.csv", collocations = "collocations.csv"
    public static let extractions = "extractions.jsonl", texts = "texts.jsonl", reuseTexts = "reuse-texts.jsonl"
    /// The folder of the per-group reports, one subfolder per grouping column.
    public static let groupsFolder = "groups"
    /// Files of a group subfolder (besides `terms`, `criteria` and `problems` of the same names).
    public static let groups = "groups.csv", keyness = "keyness.csv"
}
