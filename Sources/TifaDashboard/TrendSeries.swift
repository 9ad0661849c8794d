import Foundation
import TifaCore

/// periods.csv and trends.csv folded into one series per term aligned on the periods:
/// `{"periods": [...], "characters": [...], "series": [{"term", "codebook", "frequency": [...], "total"}]}`.
/// Every codebook term is kept (terms.csv kind `codebook`), and the `terms` most frequent others.
/// Column names come from `ReportColumns`, which the writers use too.
enum TrendSeries {
    private struct Series: Encodable { let term: String; let codebook: Bool; let frequency: [Int]; let total: Int }
    private struct Table: Encodable { let periods: [String]; let characters: [Int]; let series: [Series] }

    static func load(_ folder: URL, terms limit: Int) throws -> String {
        let periodsFile = folder.appendingPathComponent("periods.csv"), trendsFile = folder.appendingPathComponent("trends.csv")
        guard let periodTable = try CSVTable.read(periodsFile) else { return "null" }
        let pc = try columns([ReportColumns.Periods.period, ReportColumns.Periods.characters], of: periodTable.header, in: periodsFile)
        let (pp, pch) = (pc[0], pc[1])
        let periods = periodTable.rows.map { $0.count > pp ? $0[pp] : "" }
        let characters = periodTable.rows.map { $0.count > pch ? Int($0[pch]) ?? 0 : 0 }
        let slot = Dictionary(periods.enumerated().map { ($0.element, $0.offset) }, uniquingKeysWith: { a, _ in a })
        let codebookTerms = try self.codebookTerms(folder.appendingPathComponent("terms.csv"))

        var counts: [String: [Int]] = [:], order: [String] = []
        var header: (p: Int, t: Int, f: Int)? = nil
        _ = try CSVRecords.forEach(in: trendsFile) { row in
            guard let (p, t, f) = header else {
                let c = try columns([ReportColumns.Trends.period, ReportColumns.Trends.term, ReportColumns.Trends.frequency], of: row, in: trendsFile)
                header = (c[0], c[1], c[2])
                return
            }
            guard row.count > max(p, t, f), let i = slot[row[p]] else { return }
            if counts[row[t]] == nil { order.append(row[t]); counts[row[t]] = Array(repeating: 0, count: periods.count) }
            counts[row[t]]![i] += Int(row[f]) ?? 0
        }
        let all = order.map { Series(term: $0, codebook: codebookTerms.contains($0), frequency: counts[$0]!,
                                     total: counts[$0]!.reduce(0, +)) }
        let others = all.filter { !$0.codebook }.sorted { $0.total != $1.total ? $0.total > $1.total : $0.term < $1.term }
        let kept = Set(others.prefix(limit).map(\.term))
        return try JSONFile.encode(Table(periods: periods, characters: characters,
                                         series: all.filter { $0.codebook || kept.contains($0.term) }))
    }

    /// The terms whose kind in terms.csv is `codebook`.
    private static func codebookTerms(_ file: URL) throws -> Set<String> {
        var result: Set<String> = []
        var header: (t: Int, k: Int)? = nil
        _ = try CSVRecords.forEach(in: file) { row in
            guard let (t, k) = header else {
                let c = try columns([ReportColumns.Terms.term, ReportColumns.Terms.kind], of: row, in: file)
                header = (c[0], c[1])
                return
            }
            if row.count > max(t, k), row[k] == ReportColumns.Terms.codebookKind { result.insert(row[t]) }
        }
        return result
    }

    /// The positions of names in a header row, in the order given.
    private static func columns(_ names: [String], of header: [String], in file: URL) throws -> [Int] {
        let found = names.map { header.firstIndex(of: $0) }
        guard found.allSatisfy({ $0 != nil }) else {
            throw TifaError(code: "dashboard.csv", file: file.path, line: 1,
                            message: "\(file.lastPathComponent) lacks a column of \(names.joined(separator: ", "))")
        }
        return found.compactMap { $0 }
    }
}
