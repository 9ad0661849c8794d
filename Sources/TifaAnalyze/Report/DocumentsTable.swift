import TifaCore
import TifaExtract

/// The columns and rows of `documents.csv`.
struct DocumentsTable {
    let metadataKeys: [String]
    let criteriaSets: [String]
    let codebookSets: Set<String>
    let setSizes: [String: Int]
    let problemPairs: [(category: String, stance: String)]

    private typealias Columns = ReportColumns.Documents
    /// Every stance, `unknown` (no cue decided) included, in column order.
    static let stances = Columns.stances

    init(totals: CorpusTotals, info: RunInfo) {
        metadataKeys = totals.metadataKeys.sorted(by: ScalarOrder.less)
        var sizes: [String: Int] = [:]
        var fromCodebook: Set<String> = []
        for s in info.criteriaSets {
            sizes[s.name] = s.items.count
            fromCodebook.insert(s.name)
        }
        for (name, set) in totals.criteriaSets {
            sizes[name] = max(sizes[name] ?? 0, set.size)
            if set.fromCodebook { fromCodebook.insert(name) }
        }
        setSizes = sizes
        codebookSets = fromCodebook
        criteriaSets = sizes.keys.sorted(by: ScalarOrder.less)
        problemPairs = totals.problemPairs.sorted(by: ScalarOrder.less).map(ProblemKey.decode)
    }

    var header: [String] {
        let fixed = Set(Columns.fixed.map(\.name))
        var h = Columns.leading.map(\.name)
        h += metadataKeys.map { key in
            fixed.contains(key) || Columns.dependentPrefixes.contains(where: { key.hasPrefix($0) }) ? "meta_\(key)" : key
        }
        h += Columns.sizes.map(\.name)
        for s in criteriaSets { h += Columns.criteria(s).map(\.name) }
        h += Self.stances.map { Columns.problems($0).name }
        h += problemPairs.map { Columns.problems("\($0.category)_\($0.stance)").name }
        h.append(Columns.qualityFlags.name)
        h += LexicalColumns.names
        return h
    }

    func row(_ r: DocumentRecord, duplicate: Bool) -> [String] {
        var row = [r.document, r.id]
        row += metadataKeys.map { r.metadata[$0] ?? "" }
        row += [r.encoding, String(r.characters), String(r.tokens), String(r.sentences), String(r.slogans.count),
                NumberText.per10k(r.slogans.count, r.characters)]
        let bySet = Dictionary(r.criteria.map { ($0.set, $0) }, uniquingKeysWith: { a, _ in a })
        for s in criteriaSets {
            if let c = bySet[s] {
                row += ["\(c.items.count)/\(max(c.total, setSizes[s] ?? 0))", c.named ? "1" : "0"]
            } else if codebookSets.contains(s) {
                row += ["0/\(setSizes[s] ?? 0)", "0"]
            } else {
                row += ["", ""]
            }
        }
        var byStance: [String: Int] = [:]
        var byPair: [String: Int] = [:]
        for p in r.problems {
            byStance[p.stance, default: 0] += 1
            byPair[ProblemKey.encode(category: p.category, stance: p.stance), default: 0] += 1
        }
        row += Self.stances.map { String(byStance[$0] ?? 0) }
        row += problemPairs.map { String(byPair[ProblemKey.encode(category: $0.category, stance: $0.stance)] ?? 0) }
        row.append((duplicate ? (r.qualityFlags + ["duplicate"]).sorted() : r.qualityFlags).joined(separator: ";"))
        row += LexicalColumns.values(r)
        return row
    }
}
