import TifaCore

/// Checks that span entries or files: duplicate canonical names, dangling `extends`, items shared by sets.
enum CodebookValidator {
    private struct Site {
        let file: String
        let line: Int
        var description: String { "\(file):\(line)" }
    }

    /// Every problem among the given codebooks, in file order. With `acrossFilesOnly`, clashes inside one file
    /// are skipped (they were reported when the file was parsed).
    static func crossCheck(_ books: [Codebook], acrossFilesOnly: Bool = false) -> [Diagnostic] {
        var diagnostics: [Diagnostic] = []
        var canonical: [String: Site] = [:]
        var itemOwner: [String: (set: String, site: Site)] = [:]
        func report(_ code: String, _ site: Site, _ first: Site, _ message: String) {
            if acrossFilesOnly && site.file == first.file { return }
            diagnostics.append(Diagnostic(code: code, file: site.file, line: site.line,
                                          message: "\(message) (first defined at \(first.description))"))
        }
        for book in books {
            for entry in book.entries where !entry.name.isEmpty {
                let site = Site(file: book.file, line: entry.line)
                if entry.extends {
                    if canonical[entry.name] == nil && acrossFilesOnly {
                        diagnostics.append(Diagnostic(code: "codebook.extends", file: book.file, line: entry.line,
                            message: "entry \(entry.name): `extends: true` but no earlier codebook defines \(entry.name)"))
                    }
                    continue
                }
                if let first = canonical[entry.name] {
                    if book.isTermList && first.file != book.file { continue }
                    report("codebook.duplicate", site, first, "entry \(entry.name): duplicate canonical name")
                } else {
                    canonical[entry.name] = site
                }
            }
            for set in book.criteriaSets where !set.name.isEmpty {
                let site = Site(file: book.file, line: set.line)
                if let first = canonical[set.name] {
                    report("codebook.duplicate", site, first, "criteria set \(set.name): duplicate canonical name")
                } else {
                    canonical[set.name] = site
                }
                for item in set.items {
                    let itemSite = Site(file: book.file, line: item.line)
                    if let owner = itemOwner[item.name] {
                        if owner.set == set.name {
                            report("codebook.duplicate", itemSite, owner.site,
                                   "criteria set \(set.name): item \(item.name) listed twice")
                        } else {
                            report("codebook.shared-item", itemSite, owner.site,
                                   "criteria set \(set.name): item \(item.name) is also an item of set \(owner.set)")
                        }
                    } else {
                        itemOwner[item.name] = (set.name, itemSite)
                    }
                }
            }
        }
        return diagnostics
    }
}
