import TifaCore
import TifaDashboard

/// Per-group accumulators for one `--group-by` column, filled document by document in document order, and
/// the files of `groups/<column>/`.
struct GroupReport {
    /// What one group holds.
    struct Group {
        var documents = 0
        var characters = 0
        var tokens = 0
        var slogans = 0
        var stances: [String: Int] = [:]
        var termCounts: [Int32: Int] = [:]
        var termDocuments: [Int32: Int] = [:]
        /// set → (applicable documents, documents naming it, item → documents stating it)
        var criteria: [String: (documents: Int, named: Int, stated: [String: Int])] = [:]
        var problems: [String: (count: Int, documents: Int)] = [:]
    }

    static let none = "(none)"
    let column: String
    private(set) var groups: [String: Group] = [:]

    init(column: String) { self.column = column }

    /// The group of a document: its metadata value (`year` falls back to the first 4 characters of `date`).
    static func value(of r: DocumentRecord, column: String) -> String {
        if let v = r.metadata[column], !v.isEmpty { return v }
        if column == "year", let d = r.metadata["date"], d.count >= 4 { return String(d.prefix(4)) }
        return none
    }

    mutating func add(_ r: DocumentRecord, termIndexes: [Int32], criteria: [(set: String, item: String, named: Bool, count: Int)]) {
        let key = Self.value(of: r, column: column)
        var g = groups[key] ?? Group()
        g.documents += 1
        g.characters += r.characters
        g.tokens += r.tokens
        g.slogans += r.slogans.count
        for (i, t) in termIndexes.enumerated() {
            g.termCounts[t, default: 0] += r.counts[i]
            g.termDocuments[t, default: 0] += 1
        }
        var setsSeen: [String: Bool] = [:]
        for row in criteria {
            var c = g.criteria[row.set] ?? (0, 0, [:])
            if setsSeen[row.set] == nil {
                setsSeen[row.set] = true
                c.documents += 1
                if row.named { c.named += 1 }
            }
            if row.count > 0 { c.stated[row.item, default: 0] += 1 }
            if c.stated[row.item] == nil { c.stated[row.item] = 0 }
            g.criteria[row.set] = c
        }
        var pairsSeen: Set<String> = []
        for p in r.problems {
            g.stances[p.stance, default: 0] += 1
            let k = ProblemKey.encode(category: p.category, stance: p.stance)
            var e = g.problems[k] ?? (0, 0)
            e.count += 1
            if pairsSeen.insert(k).inserted { e.documents += 1 }
            g.problems[k] = e
        }
        groups[key] = g
    }

    /// Writes `groups.csv`, `terms.csv`, `keyness.csv`, `criteria.csv`, `problems.csv` into `folder`; `tables` (if
    /// any) receives the rows of the files the dashboard shows.
    func write(folder: String, terms: [String], totalFrequencies: [Int], totalTokens: Int, excluded: [Bool],
               itemOrder: [String: [String]], keynessTop: Int, tables: GroupTables? = nil) throws {
        let names = groups.keys.sorted(by: ScalarOrder.less)
        let columns = ReportColumns.Groups.self
        let summary = try ReportCSV(path: "\(folder)/\(ReportFiles.groups)", header: columns.summary, sink: tables?.groups)
        for n in names {
            let g = groups[n]!
            try summary.row([n, String(g.documents), String(g.characters), String(g.tokens), String(g.slogans),
                         NumberText.per10k(g.slogans, g.characters)]
                        + DocumentsTable.stances.map { String(g.stances[$0] ?? 0) })
        }
        try summary.close()

        let t = try ReportCSV(path: "\(folder)/\(ReportFiles.terms)", header: columns.terms)
        for n in names {
            let g = groups[n]!
            let order = g.termCounts.sorted { a, b in
                a.value != b.value ? a.value > b.value : ScalarOrder.less(terms[Int(a.key)], terms[Int(b.key)])
            }
            for (term, count) in order {
                try t.row([n, terms[Int(term)], String(count), NumberText.per10k(count, g.characters),
                       String(g.termDocuments[term] ?? 0)])
            }
        }
        try t.close()

        let k = try ReportCSV(path: "\(folder)/\(ReportFiles.keyness)", header: columns.keyness, sink: tables?.keyness)
        for n in names {
            let g = groups[n]!
            let refTotal = totalTokens - g.tokens
            var over: [(Int32, Keyness, Double)] = []
            var under: [(Int32, Keyness, Double)] = []
            for t in 0..<terms.count where !excluded[t] {
                let a = g.termCounts[Int32(t)] ?? 0
                let key = Keyness(target: a, reference: totalFrequencies[t] - a, targetTotal: g.tokens,
                                  referenceTotal: refTotal)
                let g2 = key.g2
                guard g2 >= Keyness.criticalValue005 else { continue }
                if key.isOverRepresented { over.append((Int32(t), key, g2)) } else { under.append((Int32(t), key, g2)) }
            }
            for (direction, list) in [("+", over), ("-", under)] {
                let top = list.sorted { a, b in
                    a.2 != b.2 ? a.2 > b.2 : ScalarOrder.less(terms[Int(a.0)], terms[Int(b.0)])
                }.prefix(keynessTop)
                for (term, key, g2) in top {
                    try k.row([n, terms[Int(term)], direction, String(key.target), String(key.reference),
                           String(key.targetTotal), String(key.referenceTotal), NumberText.fixed(g2, 4),
                           NumberText.fixed(key.logRatio, 4), NumberText.per10k(key.target, key.targetTotal),
                           NumberText.per10k(key.reference, key.referenceTotal)])
                }
            }
        }
        try k.close()

        let c = try ReportCSV(path: "\(folder)/\(ReportFiles.criteria)", header: columns.criteria, sink: tables?.criteria)
        for n in names {
            let g = groups[n]!
            for set in g.criteria.keys.sorted(by: ScalarOrder.less) {
                let e = g.criteria[set]!
                var items = itemOrder[set] ?? []
                for extra in e.stated.keys.sorted(by: ScalarOrder.less) where !items.contains(extra) { items.append(extra) }
                for item in items {
                    let stated = e.stated[item] ?? 0
                    try c.row([n, set, item, String(e.documents), String(e.named), String(stated),
                           e.documents > 0 ? NumberText.fixed(Double(stated) / Double(e.documents), 4) : ""])
                }
            }
        }
        try c.close()

        let p = try ReportCSV(path: "\(folder)/\(ReportFiles.problems)", header: columns.problems, sink: tables?.problems)
        for n in names {
            let g = groups[n]!
            for key in g.problems.keys.sorted(by: ScalarOrder.less) {
                let e = g.problems[key]!
                let (category, stance) = ProblemKey.decode(key)
                try p.row([n, category, stance, String(e.count), String(e.documents), NumberText.per10k(e.count, g.characters)])
            }
        }
        try p.close()
    }
}
