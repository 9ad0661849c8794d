import TifaExtract

/// The columns and rows of `documents.csv`.
struct DocumentsTable {
    let metadataKeys: [String]
    let criteriaSets: [String]
    let codebookSets: Set<String>
    let setSizes: [String: Int]
    let problemPairs: [(category: String, stance: String)]

    static let fixedColumns = ["document", "id", "encoding", "characters", "tokens", "sentences", "slogans",
                               "slogans_per_10k", "problems_admitted", "problems_warned", "problems_mentioned",
                               "problems_unknown", "quality_flags"]
    /// Every stance, `unknown` (no cue decided) included, in column order.
    static let stances = ["admitted", "warned", "mentioned", "unknown"]

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
        let fixed = Set(Self.fixedColumns)
        var h = ["document", "id"]
        h += metadataKeys.map { fixed.contains($0) || $0.hasPrefix("coverage_") || $0.hasPrefix("named_")
            || $0.hasPrefix("problems_") ? "meta_\($0)" : $0 }
        h += ["encoding", "characters", "tokens", "sentences", "slogans", "slogans_per_10k"]
        for s in criteriaSets { h += ["coverage_\(s)", "named_\(s)"] }
        h += Self.stances.map { "problems_\($0)" }
        h += problemPairs.map { "problems_\($0.category)_\($0.stance)" }
        h.append("quality_flags")
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
        return row
    }
}
