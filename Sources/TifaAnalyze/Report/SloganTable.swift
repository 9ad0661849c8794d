import TifaCore
import TifaDashboard

/// `slogans.csv`: slogans by (text, kind) with frequency, documents and first and last date.
struct SloganTable {
    private struct Entry {
        var frequency = 0
        var documents = 0
        var first: String?
        var last: String?
    }
    private var entries: [String: Entry] = [:]

    mutating func add(_ r: DocumentRecord) {
        var seen: Set<String> = []
        let date = r.date
        for s in r.slogans {
            let key = s.text + "\u{1F}" + s.kind.rawValue
            var e = entries[key] ?? Entry()
            e.frequency += 1
            if seen.insert(key).inserted {
                e.documents += 1
                if let date {
                    if e.first.map({ ScalarOrder.less(date, $0) }) ?? true { e.first = date }
                    if e.last.map({ ScalarOrder.less($0, date) }) ?? true { e.last = date }
                }
            }
            entries[key] = e
        }
    }

    /// Writes the table to path; sink (if any) receives the same rows.
    func write(path: String, sink: (any TableSink)? = nil) throws {
        let w = try ReportCSV(path: path, header: ReportColumns.Slogans.header, sink: sink)
        let sorted = entries.sorted { a, b in
            a.value.frequency != b.value.frequency ? a.value.frequency > b.value.frequency : ScalarOrder.less(a.key, b.key)
        }
        for (key, e) in sorted {
            let (text, kind) = ProblemKey.decode(key)
            try w.row([text, kind, String(e.frequency), String(e.documents), e.first ?? "", e.last ?? ""])
        }
        try w.close()
    }
}
