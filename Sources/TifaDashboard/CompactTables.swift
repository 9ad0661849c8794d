import Foundation
import TifaCore

/// criteria.csv (long: document × set × item) folded into one row per document, so 10,000 documents stay small:
/// `{"sets": [{"set", "items"}], "rows": [[document, {set: "named:bits"}]]}` where bits has one 0/1 per item.
enum CriteriaMatrix {
    private struct SetItems: Encodable { let set: String; let items: [String] }
    private struct Matrix: Encodable { let sets: [SetItems]; let rows: [[Cell]] }
    private enum Cell: Encodable {
        case text(String), states([String: String])
        func encode(to encoder: Encoder) throws {
            var c = encoder.singleValueContainer()
            switch self {
            case .text(let s): try c.encode(s)
            case .states(let m): try c.encode(m)
            }
        }
    }

    static func load(_ file: URL) throws -> String {
        guard let table = try CSVTable.read(file) else { return "null" }
        let columns = ["document", "set", "item", "named", "stated"].map { table.header.firstIndex(of: $0) }
        guard let d = columns[0], let s = columns[1], let i = columns[2], let n = columns[3], let st = columns[4] else {
            throw TifaError(code: "dashboard.csv", file: file.path, message: "criteria.csv lacks a required column")
        }
        var setOrder: [String] = [], items: [String: [String]] = [:]
        var documents: [String] = [], states: [String: [String: (named: Bool, bits: String)]] = [:]
        for row in table.rows where row.count > max(d, s, i, n, st) {
            let (doc, set, item) = (row[d], row[s], row[i])
            if items[set] == nil { setOrder.append(set); items[set] = [] }
            if !(items[set]!.contains(item)) { items[set]!.append(item) }
            if states[doc] == nil { documents.append(doc); states[doc] = [:] }
            var state = states[doc]![set] ?? (named: row[n] == "1", bits: "")
            state.bits += row[st] == "1" ? "1" : "0"
            states[doc]![set] = state
        }
        let rows: [[Cell]] = documents.map { doc in
            [.text(doc), .states(states[doc]!.mapValues { ($0.named ? "1:" : "0:") + $0.bits })]
        }
        return try JSONFile.encode(Matrix(sets: setOrder.map { SetItems(set: $0, items: items[$0]!) }, rows: rows))
    }
}

/// problems.csv (one row per mention) summed by category and stance: `header` + rows of
/// `[category, stance, mentions, documents]`.
enum ProblemTotals {
    static func load(_ file: URL) throws -> String {
        guard let table = try CSVTable.read(file) else { return "null" }
        guard let d = table.header.firstIndex(of: "document"), let c = table.header.firstIndex(of: "category"),
              let s = table.header.firstIndex(of: "stance") else {
            throw TifaError(code: "dashboard.csv", file: file.path, message: "problems.csv lacks a required column")
        }
        var mentions: [String: Int] = [:], documents: [String: Set<String>] = [:]
        for row in table.rows where row.count > max(d, c, s) {
            let key = row[c] + "\u{1F}" + row[s]
            mentions[key, default: 0] += 1
            documents[key, default: []].insert(row[d])
        }
        let rows = mentions.keys.sorted().map { key -> [String] in
            let parts = key.split(separator: "\u{1F}", omittingEmptySubsequences: false).map(String.init)
            return [parts[0], parts[1], String(mentions[key]!), String(documents[key]!.count)]
        }
        return try JSONFile.encode(CSVTable(header: ["category", "stance", "mentions", "documents"], rows: rows,
                                            total: rows.count))
    }
}
