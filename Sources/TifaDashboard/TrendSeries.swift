import Foundation
import TifaCore

/// periods.csv and trends.csv folded into one series per term aligned on the periods:
/// `{"periods": [...], "characters": [...], "series": [{"term", "codebook", "frequency": [...], "total"}]}`.
/// Every codebook term is kept (terms.csv kind `codebook`), and the `terms` most frequent others.
enum TrendSeries {
    private struct Series: Encodable { let term: String; let codebook: Bool; let frequency: [Int]; let total: Int }
    private struct Table: Encodable { let periods: [String]; let characters: [Int]; let series: [Series] }

    /// The series as JSON; `null` when periods.csv never began (no document has a date).
    static func json(periods periodTable: TableRows, trends: TrendRows, codebookTerms: Set<String>, terms limit: Int) throws -> String {
        guard let header = periodTable.header else { return "null" }
        let pc = try HeaderColumns.positions([ReportColumns.Periods.period, ReportColumns.Periods.characters], in: header,
                                             source: periodTable.source)
        let (pp, pch) = (pc[0], pc[1])
        let periods = periodTable.rows.map { $0.count > pp ? $0[pp] : "" }
        let characters = periodTable.rows.map { $0.count > pch ? Int($0[pch]) ?? 0 : 0 }
        let slot = Dictionary(periods.enumerated().map { ($0.element, $0.offset) }, uniquingKeysWith: { a, _ in a })

        var counts: [String: [Int]] = [:], order: [String] = []
        for row in trends.rows {
            guard let i = slot[row.period] else { continue }
            if counts[row.term] == nil { order.append(row.term); counts[row.term] = Array(repeating: 0, count: periods.count) }
            counts[row.term]![i] += row.frequency
        }
        let all = order.map { Series(term: $0, codebook: codebookTerms.contains($0), frequency: counts[$0]!,
                                     total: counts[$0]!.reduce(0, +)) }
        let others = all.filter { !$0.codebook }.sorted { $0.total != $1.total ? $0.total > $1.total : $0.term < $1.term }
        let kept = Set(others.prefix(limit).map(\.term))
        return try JSONFile.encode(Table(periods: periods, characters: characters,
                                         series: all.filter { $0.codebook || kept.contains($0.term) }))
    }
}

/// trends.csv as (period, term, frequency) rows, in file order.
public final class TrendRows: TableSink {
    struct Row { let period: String; let term: String; let frequency: Int }
    private(set) var rows: [Row] = []
    private var columns = (p: 0, t: 0, f: 0)

    public func begin(header: [String], source: String) throws {
        let names = ReportColumns.Trends.self
        let c = try HeaderColumns.positions([names.period, names.term, names.frequency], in: header, source: source)
        columns = (c[0], c[1], c[2])
        rows = []
    }

    public func add(_ row: [String]) {
        let (p, t, f) = columns
        guard row.count > max(p, t, f) else { return }
        rows.append(Row(period: row[p], term: row[t], frequency: Int(row[f]) ?? 0))
    }
}

/// terms.csv: the first rows for the keyword panel, and every term of kind `codebook` for the trends.
public final class TermTable: TableSink {
    let table: TableRows
    private(set) var codebookTerms: Set<String> = []
    private var columns = (t: 0, k: 0)

    init(limit: Int) { table = TableRows(limit: limit) }

    public func begin(header: [String], source: String) throws {
        let c = try HeaderColumns.positions([ReportColumns.Terms.term, ReportColumns.Terms.kind], in: header, source: source)
        columns = (c[0], c[1])
        codebookTerms = []
        table.begin(header: header, source: source)
    }

    public func add(_ row: [String]) {
        let (t, k) = columns
        if row.count > max(t, k), row[k] == ReportColumns.Terms.codebookKind { codebookTerms.insert(row[t]) }
        table.add(row)
    }
}
