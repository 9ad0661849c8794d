import TifaCore
import TifaDashboard

/// Totals per period (year or month) and the counts of the followed terms per period:
/// `periods.csv` and `trends.csv`.
struct TrendReport {
    struct Period {
        var documents = 0
        var characters = 0
        var tokens = 0
        var slogans = 0
        var stances: [String: Int] = [:]
        var counts: [Int]
        var docs: [Int]
    }

    let monthly: Bool
    /// Followed terms: (term index in the vocabulary), in `trends.csv` order (by term).
    let followed: [Int32]
    private let slot: [Int32: Int]
    private(set) var periods: [String: Period] = [:]

    init(monthly: Bool, followed: [Int32]) {
        self.monthly = monthly
        self.followed = followed
        slot = Dictionary(uniqueKeysWithValues: followed.enumerated().map { ($1, $0) })
    }

    /// The period of a date such as `2010`, `2010-05` or `2010-05-31`; nil when it has none at this granularity.
    func period(of date: String?) -> String? {
        guard let d = date else { return nil }
        let s = Array(d.unicodeScalars)
        func digits(_ r: Range<Int>) -> Bool { r.upperBound <= s.count && s[r].allSatisfy { ("0"..."9").contains($0) } }
        guard digits(0..<4) else { return nil }
        if !monthly { return String(d.prefix(4)) }
        guard s.count >= 7, s[4] == "-", digits(5..<7) else { return nil }
        return String(d.prefix(7))
    }

    mutating func add(_ r: DocumentRecord, termIndexes: [Int32]) {
        guard let key = period(of: r.date) else { return }
        var p = periods[key] ?? Period(counts: Array(repeating: 0, count: followed.count),
                                       docs: Array(repeating: 0, count: followed.count))
        p.documents += 1
        p.characters += r.characters
        p.tokens += r.tokens
        p.slogans += r.slogans.count
        for prob in r.problems { p.stances[prob.stance, default: 0] += 1 }
        for (i, t) in termIndexes.enumerated() {
            if let s = slot[t] {
                p.counts[s] += r.counts[i]
                p.docs[s] += 1
            }
        }
        periods[key] = p
    }

    /// Writes both files, the sinks (if any) receiving the same rows; nothing when no document has a date.
    func write(folder: String, terms: [String], periodsSink: (any TableSink)? = nil, trendsSink: (any TableSink)? = nil) throws {
        guard !periods.isEmpty else { return }
        let keys = periods.keys.sorted(by: ScalarOrder.less)
        let pw = try ReportCSV(path: "\(folder)/\(ReportFiles.periods)", header: ReportColumns.Periods.header, sink: periodsSink)
        for k in keys {
            let p = periods[k]!
            try pw.row([k, String(p.documents), String(p.characters), String(p.tokens), String(p.slogans),
                    NumberText.per10k(p.slogans, p.characters)] + DocumentsTable.stances.map { String(p.stances[$0] ?? 0) })
        }
        try pw.close()

        let tw = try ReportCSV(path: "\(folder)/\(ReportFiles.trends)", header: ReportColumns.Trends.header, sink: trendsSink)
        for (s, t) in followed.enumerated() {
            for k in keys {
                let p = periods[k]!
                try tw.row([k, terms[Int(t)], String(p.counts[s]), NumberText.per10k(p.counts[s], p.characters), String(p.docs[s])])
            }
        }
        try tw.close()
    }
}
