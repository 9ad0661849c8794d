import Foundation
import TifaCore
import TifaICU
import Yams

/// Walks a codebook's YAML node tree, turning nodes into model values and recording every problem with its line.
struct NodeReader {
    let file: String
    private(set) var diagnostics: [Diagnostic] = []

    init(file: String) { self.file = file }

    mutating func fail(_ code: String, _ node: Node?, _ message: String) {
        diagnostics.append(Diagnostic(code: code, file: file, line: node?.mark?.line, message: message))
    }

    func yamlDiagnostic(_ error: YamlError) -> Diagnostic {
        switch error {
        case let .scanner(context, problem, mark, _), let .parser(context, problem, mark, _),
             let .composer(context, problem, mark, _):
            let detail = context.map { " (\($0.text) at line \($0.mark.line))" } ?? ""
            return Diagnostic(code: "codebook.yaml", file: file, line: mark.line,
                              message: "broken YAML: \(problem)\(detail)")
        case let .duplicatedKeysInMapping(duplicates, context):
            return Diagnostic(code: "codebook.yaml", file: file, line: context.mark.line,
                              message: "broken YAML: key(s) \(duplicates.joined(separator: ", ")) repeated in one mapping")
        default:
            return Diagnostic(code: "codebook.yaml", file: file, message: "broken YAML: \(error)")
        }
    }

    mutating func checkKeys(_ map: Node.Mapping, allowed: Set<String>, context: String) {
        for (key, _) in map {
            guard let k = key.string, allowed.contains(k) else {
                fail("codebook.schema", key, "\(context): unknown key `\(key.string ?? "?")` (allowed: \(allowed.sorted().joined(separator: ", ")))")
                continue
            }
        }
    }

    mutating func requiredString(_ map: Node.Mapping, _ key: String, context: String) -> String? {
        guard let node = map[key] else {
            fail("codebook.schema", Node.mapping(map), "\(context): missing `\(key)`")
            return nil
        }
        guard let s = node.scalar?.string else {
            fail("codebook.schema", node, "\(context): `\(key)` must be a string")
            return nil
        }
        return s
    }

    /// A sequence's elements; a missing node is an empty list, anything else an error.
    mutating func list(_ node: Node?) -> [Node] {
        guard let node else { return [] }
        guard let seq = node.sequence else {
            fail("codebook.schema", node, "expected a list")
            return []
        }
        return Array(seq)
    }

    mutating func strings(_ node: Node?, context: String) -> [String] {
        list(node).compactMap { item in
            guard let s = item.scalar?.string, !s.isEmpty else {
                fail("codebook.schema", item, "\(context): expected a non-empty string")
                return nil
            }
            return s
        }
    }

    mutating func optionalString(_ map: Node.Mapping, _ key: String, context: String) -> String {
        guard let node = map[key] else { return "" }
        guard let s = node.scalar?.string else {
            fail("codebook.schema", node, "\(context): `\(key)` must be a string")
            return ""
        }
        return s
    }

    mutating func entry(_ node: Node) -> CodebookEntry? {
        guard let map = node.mapping else {
            fail("codebook.schema", node, "an entry is a mapping with `name`, `category` and `variants`")
            return nil
        }
        let line = node.mark?.line ?? 0
        let name = map["name"]?.scalar?.string ?? ""
        let context = name.isEmpty ? "entry" : "entry \(name)"
        checkKeys(map, allowed: ["name", "category", "variants", "except", "extends", "notes", "sources",
                                 "problem", "subtype"], context: context)
        if name.isEmpty { fail("codebook.schema", node, "\(context): missing or empty `name`") }
        let extends = map["extends"]?.bool ?? false
        let category = map["category"]?.scalar?.string ?? ""
        if category.trimmingCharacters(in: .whitespaces).isEmpty && !extends {
            fail("codebook.empty-category", map["category"] ?? node, "\(context): empty category")
        }
        var variants = map["variants"].map { variantList($0, context: context) } ?? []
        if variants.isEmpty && !name.isEmpty && !extends { variants = [.literal(name)] }
        let problem = optionalString(map, "problem", context: context)
        let subtype = optionalString(map, "subtype", context: context)
        if (!problem.isEmpty || !subtype.isEmpty) && category != problemCategory {
            fail("codebook.schema", node, "\(context): `problem` and `subtype` belong to entries of category problem")
        }
        return CodebookEntry(name: name, category: category, variants: variants,
                             exclusions: strings(map["except"], context: "\(context): except"), extends: extends,
                             notes: optionalString(map, "notes", context: context),
                             sources: strings(map["sources"], context: "\(context): sources"), line: line,
                             problem: problem.isEmpty ? nil : problem, subtype: subtype.isEmpty ? nil : subtype)
    }

    mutating func variantList(_ node: Node, context: String) -> [TermVariant] {
        list(node).compactMap { variant($0, context: context) }
    }

    mutating func variant(_ node: Node, context: String) -> TermVariant? {
        if let s = node.scalar?.string {
            if s.isEmpty { fail("codebook.schema", node, "\(context): empty variant"); return nil }
            return .literal(s)
        }
        guard let map = node.mapping else {
            fail("codebook.schema", node, "\(context): a variant is a string, {parts: [\u{2026}]} or {regex: \u{2026}, anchor: \u{2026}}")
            return nil
        }
        checkKeys(map, allowed: ["parts", "gap", "regex", "anchor"], context: "\(context) variant")
        if let parts = map["parts"] {
            let list = strings(parts, context: "\(context): parts")
            guard list.count >= 2, list.count <= 4 else {
                fail("codebook.schema", parts, "\(context): `parts` needs 2 to 4 non-empty strings")
                return nil
            }
            if let gap = map["gap"] {
                guard let g = gap.int, g >= 1, g <= 30 else {
                    fail("codebook.schema", gap, "\(context): `gap` must be an integer from 1 to 30")
                    return nil
                }
                return .regex(pattern: GapPattern.regex(parts: list, maxGap: g), anchor: list[0])
            }
            return .parts(list)
        }
        guard let pattern = map["regex"]?.scalar?.string, !pattern.isEmpty else {
            fail("codebook.schema", node, "\(context): a variant mapping needs `parts` or `regex`")
            return nil
        }
        guard let anchor = map["anchor"]?.scalar?.string, !anchor.isEmpty else {
            fail("codebook.schema", node, "\(context): regex \(pattern) needs an `anchor` (a literal every match contains)")
            return nil
        }
        do {
            _ = try ICURegex(pattern)
        } catch {
            fail("codebook.regex", map["regex"], "\(context): regex \(pattern) does not compile: \(error)")
            return nil
        }
        return .regex(pattern: pattern, anchor: anchor)
    }

    mutating func criteriaSet(_ node: Node) -> CriteriaSetDefinition? {
        guard let map = node.mapping else {
            fail("codebook.schema", node, "a criteria set is a mapping with `name` and `items`")
            return nil
        }
        let name = map["name"]?.scalar?.string ?? ""
        let context = name.isEmpty ? "criteria set" : "criteria set \(name)"
        checkKeys(map, allowed: ["name", "names", "except", "items", "notes", "sources", "minItemsUnnamed"],
                  context: context)
        if let m = map["minItemsUnnamed"] {
            fail("codebook.schema", m, "\(context): `minItemsUnnamed` is no longer read: every stated item is reported, "
                 + "and a threshold for calling a set covered belongs to the report")
        }
        if name.isEmpty { fail("codebook.schema", node, "\(context): missing or empty `name`") }
        var items: [CriteriaItemDefinition] = []
        for item in list(map["items"]) {
            if let s = item.scalar?.string, !s.isEmpty {
                items.append(CriteriaItemDefinition(name: s, variants: [.literal(s)], line: item.mark?.line ?? 0))
                continue
            }
            guard let m = item.mapping, let itemName = m["name"]?.scalar?.string, !itemName.isEmpty else {
                fail("codebook.schema", item, "\(context): an item is a string or a mapping with `name` and `variants`")
                continue
            }
            checkKeys(m, allowed: ["name", "variants", "alternatives", "except"], context: "\(context) item \(itemName)")
            let extra = m["variants"].map { variantList($0, context: "\(context) item \(itemName)") } ?? []
            let slot = items.count
            items.append(CriteriaItemDefinition(name: itemName, variants: [.literal(itemName)] + extra,
                                                line: item.mark?.line ?? 0,
                                                exclusions: strings(m["except"], context: "\(context) item \(itemName): except")))
            // Another canonical wording of the same slot (全面建成小康社会 before 2020): reported under its own name.
            for alternative in strings(m["alternatives"], context: "\(context) item \(itemName): alternatives") {
                items.append(CriteriaItemDefinition(name: alternative, variants: [.literal(alternative)],
                                                    line: item.mark?.line ?? 0, slot: slot))
            }
        }
        if items.isEmpty { fail("codebook.schema", node, "\(context): no items") }
        let names = map["names"].map { strings($0, context: "\(context): names") } ?? [name]
        return CriteriaSetDefinition(name: name, names: names,
                                     exclusions: strings(map["except"], context: "\(context): except"),
                                     items: items,
                                     notes: optionalString(map, "notes", context: context),
                                     sources: strings(map["sources"], context: "\(context): sources"),
                                     line: node.mark?.line ?? 0)
    }

    /// `stance: {admitted: {before: […], headings: […]}, warned: {…, frames: [{before, after}]}, mentioned: {…}}`.
    mutating func cues(_ node: Node) -> [StanceCue] {
        guard let map = node.mapping else { fail("codebook.schema", node, "`stance` must be a mapping"); return [] }
        checkKeys(map, allowed: Set(ProblemStance.allCases.map(\.rawValue) + ["except", "classes"]), context: "stance")
        let exclusions = strings(map["except"], context: "stance: except")
        var result: [StanceCue] = []
        var blocks: [(stance: ProblemStance, cueClass: String, node: Node)] = []
        for stance in ProblemStance.allCases {
            if let sub = map[stance.rawValue] { blocks.append((stance, stance.rawValue, sub)) }
        }
        // `classes: [{class: remedy, stance: warned, before: […], …}]`: cue classes as data.
        for item in list(map["classes"]) {
            guard let m = item.mapping, let cls = m["class"]?.scalar?.string, !cls.isEmpty,
                  let st = m["stance"]?.scalar?.string else {
                fail("codebook.schema", item, "stance classes: expected {class: NAME, stance: admitted|warned|mentioned, \u{2026}}")
                continue
            }
            guard let stance = ProblemStance(rawValue: st), stance != .unknown else {
                fail("codebook.schema", item, "stance class \(cls): unknown stance `\(st)`")
                continue
            }
            blocks.append((stance, cls, item))
        }
        for (stance, cueClass, sub) in blocks {
            guard let positions = sub.mapping else {
                fail("codebook.schema", sub, "stance \(stance.rawValue): expected a mapping of positions")
                continue
            }
            checkKeys(positions, allowed: Set(["before", "immediate", "after", "frames", "headings", "counts",
                                               "lineStarts", "prefixes", "leads", "demands", "negations", "class", "stance", "notes"]),
                      context: "stance \(cueClass)")
            for (key, position) in [("before", StanceCue.Position.before), ("immediate", .immediate),
                                    ("after", .after), ("headings", .heading), ("counts", .count),
                                    ("lineStarts", .lineStart), ("prefixes", .prefix), ("leads", .lead),
                                    ("demands", .demand), ("negations", .negation)] {
                for item in list(positions[key]) {
                    guard let s = item.scalar?.string, !s.isEmpty else {
                        fail("codebook.schema", item, "stance \(stance.rawValue) \(key): expected a non-empty string")
                        continue
                    }
                    result.append(StanceCue(stance: stance, position: position, text: s, after: "",
                                            exclusions: exclusions.filter { $0.contains(s) },
                                            line: item.mark?.line ?? 0, cueClass: cueClass))
                }
            }
            for item in list(positions["frames"]) {
                guard let m = item.mapping, let b = m["before"]?.scalar?.string, let a = m["after"]?.scalar?.string,
                      !b.isEmpty, !a.isEmpty else {
                    fail("codebook.schema", item, "stance \(stance.rawValue) frames: expected {before: \u{2026}, after: \u{2026}}")
                    continue
                }
                result.append(StanceCue(stance: stance, position: .frame, text: b, after: a, exclusions: [],
                                        line: item.mark?.line ?? 0, cueClass: cueClass))
            }
        }
        return result
    }

    /// Checks that need the whole file: duplicate canonical names and set names.
    mutating func checkInsideFile(_ book: Codebook) {
        diagnostics += CodebookValidator.crossCheck([book])
    }
}
