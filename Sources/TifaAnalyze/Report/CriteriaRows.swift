import TifaExtract

/// The rows of `criteria.csv` for one document: every codebook set, item by item, plus the sets the document
/// defines itself.
struct CriteriaRows {
    let codebookSets: [CodebookCriteriaSet]

    func rows(_ r: DocumentRecord) -> [(set: String, item: String, named: Bool, count: Int)] {
        let bySet = Dictionary(r.criteria.map { ($0.set, $0) }, uniquingKeysWith: { a, _ in a })
        var out: [(set: String, item: String, named: Bool, count: Int)] = []
        var sets = codebookSets.map { ($0.name, $0.items) }
        let known = Set(codebookSets.map(\.name))
        for c in r.criteria where !known.contains(c.set) { sets.append((c.set, c.items)) }
        sets.sort { ScalarOrder.less($0.0, $1.0) }
        for (name, items) in sets {
            let coverage = bySet[name]
            var counts: [String: Int] = [:]
            for m in coverage?.mentions ?? [] where m.kind == "item" { counts[m.item, default: 0] += 1 }
            for item in coverage?.items ?? [] where counts[item] == nil { counts[item] = 1 }
            var listed = items
            for item in coverage?.items ?? [] where !listed.contains(item) { listed.append(item) }
            for item in listed {
                out.append((name, item, coverage?.named ?? false, counts[item] ?? 0))
            }
        }
        return out
    }
}
