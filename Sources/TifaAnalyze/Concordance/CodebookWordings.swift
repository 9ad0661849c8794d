import TifaExtract

/// The literal wordings of a codebook category, for searching them in a concordance.
public enum CodebookWordings {
    /// Every literal wording of the entries whose category or canonical name is `category`, or of the criteria
    /// set so named (its names and its items); `parts` variants are joined with each allowed separator.
    /// Regex variants are left out.
    public static func of(category: String, in index: CodebookIndex) -> [String] {
        var result: Set<String> = []
        func add(_ variants: [TermVariant]) {
            for v in variants {
                switch v {
                case .literal(let s): result.insert(s)
                case .parts(let parts):
                    for sep in CodebookIndex.partSeparators { result.insert(parts.joined(separator: sep)) }
                case .regex: break
                }
            }
        }
        for e in index.entries where e.category == category || e.name == category {
            result.insert(e.name)
            add(e.variants)
        }
        for set in index.criteriaSets where set.name == category {
            result.formUnion(set.names)
            for item in set.items {
                result.insert(item.name)
                add(item.variants)
            }
        }
        return result.filter { !$0.isEmpty }.sorted()
    }

    /// Every name `of(category:in:)` answers: vocabulary categories, entry names and criteria sets.
    public static func categories(in index: CodebookIndex) -> [String] {
        Set(index.entries.map(\.category) + index.entries.map(\.name) + index.criteriaSets.map(\.name))
            .filter { !$0.isEmpty }.sorted()
    }
}
