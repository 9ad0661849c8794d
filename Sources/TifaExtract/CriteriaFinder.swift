/// Coverage of one criteria set before offsets are mapped to the original text.
struct FoundCoverage {
    struct Mention {
        var kind: String
        var item: String
        var range: Range<Int>
    }
    var set: String
    var named: Bool
    var items: [String]
    /// Slots filled (k of n): an item and its alternative wording fill one slot.
    var stated: Int
    var total: Int
    var source: String
    var mentions: [Mention]
}

/// Which criteria sets a document names or states items of: codebook sets from the term matches, and sets
/// the document defines itself (以“八个一”活动,即…).
struct CriteriaFinder {
    let index: CodebookIndex
    let text: [Unicode.Scalar]
    let matches: TermMatches

    func coverage(definitions: [FormulaDefinition]) -> [FoundCoverage] {
        var names: [Int: [Range<Int>]] = [:]
        var items: [Int: [(item: Int, range: Range<Int>)]] = [:]
        for m in matches.terms {
            for t in m.targets {
                switch t {
                case .setName(let s): names[s, default: []].append(m.range)
                case .item(let s, let k): items[s, default: []].append((k, m.range))
                default: break
                }
            }
        }
        var result: [FoundCoverage] = []
        // Only the sets the document names or states items of are looked at (a set is not copied otherwise).
        for s in Set(names.keys).union(items.keys).sorted() {
            let set = index.criteriaSets[s]
            // Every stated item is reported, named or not; a threshold for "covered" belongs to the report.
            let stated = Set((items[s] ?? []).map(\.item))
            let named = !(names[s] ?? []).isEmpty
            guard named || !stated.isEmpty else { continue }
            var mentions = (names[s] ?? []).map { FoundCoverage.Mention(kind: "name", item: set.name, range: $0) }
            mentions += (items[s] ?? []).map { .init(kind: "item", item: set.items[$0.item].name, range: $0.range) }
            result.append(FoundCoverage(set: set.name, named: named,
                                        items: set.items.indices.filter(stated.contains).map { set.items[$0].name },
                                        stated: Set(stated.map(set.slot(of:))).count, total: set.slotCount,
                                        source: "codebook", mentions: sorted(mentions)))
        }
        var known = definitions.isEmpty ? [] : Set(index.criteriaSets.flatMap { [$0.name] + $0.names })
        for d in definitions where !known.contains(d.name) {
            known.insert(d.name)
            let itemNames = d.items.map { text.string($0) }
            var mentions = occurrences(of: d.name).map { FoundCoverage.Mention(kind: "name", item: d.name, range: $0) }
            for name in itemNames {
                mentions += occurrences(of: name).map { .init(kind: "item", item: name, range: $0) }
            }
            var unique: [String] = []
            for n in itemNames where !unique.contains(n) { unique.append(n) }
            result.append(FoundCoverage(set: d.name, named: true, items: unique, stated: unique.count, total: unique.count,
                                        source: "document", mentions: sorted(mentions)))
        }
        return result
    }

    func sorted(_ m: [FoundCoverage.Mention]) -> [FoundCoverage.Mention] {
        m.sorted { $0.range.lowerBound != $1.range.lowerBound ? $0.range.lowerBound < $1.range.lowerBound : $0.kind < $1.kind }
    }

    func occurrences(of s: String) -> [Range<Int>] {
        let needle = Array(s.unicodeScalars)
        guard !needle.isEmpty else { return [] }
        var result: [Range<Int>] = []
        let first = needle[0]
        var i = 0
        while i + needle.count <= text.count {
            if text[i] == first && text[i..<(i + needle.count)].elementsEqual(needle) {
                result.append(i..<(i + needle.count))
                i += needle.count
            } else {
                i += 1
            }
        }
        return result
    }
}
