import Foundation

/// What the page is built from: the report's tables, folds and line prefixes, filled by the report writers while a
/// run writes its folder (`tifa analyze`, `tifa merge`), or read back from a saved folder (`DashboardFolder`) for
/// `tifa dashboard`. Each piece is a sink that receives a file's rows as written; a piece that never began (its file
/// is missing) is null on the page.
public final class DashboardInput {
    public let limits: Dashboard.Limits
    /// summary.json's text.
    public private(set) var summary: String?
    /// documents.csv, whole.
    public let documents = TableRows()
    /// terms.csv: the first `limits.terms` rows, and the codebook terms.
    public let terms: TermTable
    /// slogans.csv: the first `limits.slogans` rows.
    public let slogans: TableRows
    /// periods.csv, whole (its values also make the trend series' time axis).
    public let periods = TableRows(keepingValues: true)
    public let criteria = CriteriaMatrix()
    public let problems = ProblemTotals()
    public let trends = TrendRows()
    /// reuse.csv; its `texts` receives reuse-texts.jsonl.
    public let reuse: ReuseView
    /// extractions.jsonl and texts.jsonl, up to their byte limits.
    public let extractions: JSONLinePrefix
    public let texts: JSONLinePrefix
    /// The tables of `groups/<folder>/`, by folder name.
    public private(set) var groups: [String: GroupTables] = [:]

    /// An empty input; `validatingLines` checks every embedded JSON line (for files read back from disk).
    public init(limits: Dashboard.Limits = Dashboard.Limits(), validatingLines: Bool = false) {
        self.limits = limits
        terms = TermTable(limit: limits.terms)
        slogans = TableRows(limit: limits.slogans)
        reuse = ReuseView(limit: limits.reusePairs,
                          texts: JSONLinePrefix(byteLimit: limits.reuseTextBytes, validate: validatingLines))
        extractions = JSONLinePrefix(byteLimit: limits.extractionBytes, validate: validatingLines)
        texts = JSONLinePrefix(byteLimit: limits.textBytes, validate: validatingLines)
    }

    /// Sets summary.json's text (surrounding white space is dropped).
    public func setSummary(_ json: String) {
        summary = json.trimmingCharacters(in: .whitespacesAndNewlines)
    }

    /// Starts the tables of `groups/<folder>/` (replacing any earlier ones of that folder, as a rewritten folder would).
    public func group(folder: String) -> GroupTables {
        let tables = GroupTables(column: folder)
        groups[folder] = tables
        return tables
    }
}

/// The tables of one `groups/<column>/` folder the page shows (its terms.csv is not embedded).
public final class GroupTables {
    let column: String
    public let groups = TableRows()
    public let keyness = TableRows()
    public let problems = TableRows()
    public let criteria = TableRows()

    init(column: String) { self.column = column }

    /// Appends `{"column", "criteria", "groups", "keyness", "problems"}` (keys sorted); a table that never began is
    /// left out.
    func appendJSON(to out: inout [UInt8]) {
        out.append(UInt8(ascii: "{"))
        JSONBytes.key("column", to: &out)
        JSONBytes.append(column, to: &out)
        for (key, table): (StaticString, TableRows) in [("criteria", criteria), ("groups", groups), ("keyness", keyness),
                                                        ("problems", problems)] where table.began {
            out.append(JSONBytes.comma)
            JSONBytes.key(key, to: &out)
            table.appendJSON(to: &out)
        }
        out.append(UInt8(ascii: "}"))
    }
}
