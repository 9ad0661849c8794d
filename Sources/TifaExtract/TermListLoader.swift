import TifaCore

/// Reads a plain term list (`.txt`): one term per line, optionally `term<TAB>canonical<TAB>category`;
/// `#` starts a comment, `# version: X` sets the version. Fast to load for lists of 100,000 terms and more.
enum TermListLoader {
    static let defaultCategory = "user"

    static func parse(text: String, file: String, sha256: String) -> (Codebook?, [Diagnostic]) {
        var diagnostics: [Diagnostic] = []
        var version = "unversioned"
        var order: [String] = []
        var byName: [String: (category: String, variants: [String], line: Int)] = [:]
        var lineNumber = 0
        for raw in text.split(separator: "\n", omittingEmptySubsequences: false) {
            lineNumber += 1
            let line = raw.hasSuffix("\r") ? raw.dropLast() : raw[...]
            if line.hasPrefix("#") {
                let body = line.dropFirst().trimmingPrefixSpaces()
                if body.hasPrefix("version:") {
                    version = String(body.dropFirst("version:".count)).trimmingSpaces()
                }
                continue
            }
            if line.allSatisfy({ $0 == " " || $0 == "\t" }) { continue }
            let fields = line.contains("\t") || line.first == " " || line.last == " "
                ? line.split(separator: "\t", omittingEmptySubsequences: false).map { String($0).trimmingSpaces() }
                : [String(line)]
            guard fields.count <= 3, !fields[0].isEmpty else {
                diagnostics.append(Diagnostic(code: "codebook.bad-line", file: file, line: lineNumber,
                    message: "expected `term`, `term<TAB>canonical` or `term<TAB>canonical<TAB>category`"))
                continue
            }
            let term = fields[0]
            let name = fields.count > 1 && !fields[1].isEmpty ? fields[1] : term
            let category = fields.count > 2 ? fields[2] : defaultCategory
            if category.isEmpty {
                diagnostics.append(Diagnostic(code: "codebook.empty-category", file: file, line: lineNumber,
                                              message: "entry \(name): empty category"))
                continue
            }
            if var existing = byName[name] {
                if existing.category != category {
                    diagnostics.append(Diagnostic(code: "codebook.duplicate", file: file, line: lineNumber,
                        message: "entry \(name): category \(category) differs from \(existing.category) at line \(existing.line)"))
                    continue
                }
                existing.variants.append(term)
                byName[name] = existing
            } else {
                order.append(name)
                byName[name] = (category, [term], lineNumber)
            }
        }
        let entries = order.compactMap { name in
            byName[name].map { e in
                CodebookEntry(name: name, category: e.category, variants: e.variants.map { .literal($0) }, exclusions: [],
                              extends: false, notes: "", sources: [], line: e.line)
            }
        }
        let bookName = String(file.split(separator: "/").last ?? Substring(file))
        return (Codebook(name: bookName, version: version, file: file, sha256: sha256, entries: entries,
                         criteriaSets: [], cues: [], formulaExclusions: [], isTermList: true), diagnostics)
    }
}

extension StringProtocol {
    func trimmingSpaces() -> String {
        String(drop { $0 == " " || $0 == "\t" }.reversed().drop { $0 == " " || $0 == "\t" }.reversed())
    }
    func trimmingPrefixSpaces() -> Substring { Substring(self).drop { $0 == " " } }
}
