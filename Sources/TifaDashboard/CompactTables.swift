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
        var setOrder: [String] = [], items: [String: [String]] = [:]
        var documents: [String] = [], states: [String: [String: (named: Bool, bits: String)]] = [:]
        var columns: (d: Int, s: Int, i: Int, n: Int, st: Int)? = nil
        let found = try CSVRecords.forEach(in: file) { row in
            guard let (d, s, i, n, st) = columns else {
                let names = ReportColumns.Criteria.self
                let c = [names.document, names.set, names.item, names.named, names.stated].map { row.firstIndex(of: $0) }
                guard let d = c[0], let s = c[1], let i = c[2], let n = c[3], let st = c[4] else {
                    throw TifaError(code: "dashboard.csv", file: file.path, line: 1, message: "criteria.csv lacks a required column")
                }
                columns = (d, s, i, n, st)
                return
            }
            guard row.count > max(d, s, i, n, st) else { return }
            let (doc, set, item) = (row[d], row[s], row[i])
            if items[set] == nil { setOrder.append(set); items[set] = [] }
            if !(items[set]!.contains(item)) { items[set]!.append(item) }
            if states[doc] == nil { documents.append(doc); states[doc] = [:] }
            var state = states[doc]![set] ?? (named: row[n] == "1", bits: "")
            state.bits += row[st] == "1" ? "1" : "0"
            states[doc]![set] = state
        }
        guard found else { return "null" }
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
        var mentions: [String: Int] = [:], documents: [String: Set<String>] = [:]
        var columns: (d: Int, c: Int, s: Int)? = nil
        let found = try CSVRecords.forEach(in: file) { row in
            guard let (d, c, s) = columns else {
                guard let d = row.firstIndex(of: "document"), let c = row.firstIndex(of: "category"),
                      let s = row.firstIndex(of: "stance") else {
                    throw TifaError(code: "dashboard.csv", file: file.path, line: 1, message: "problems.csv lacks a required column")
                }
                columns = (d, c, s)
                return
            }
            guard row.count > max(d, c, s) else { return }
            let key = row[c] + "\u{1F}" + row[s]
            mentions[key, default: 0] += 1
            documents[key, default: []].insert(row[d])
        }
        guard found else { return "null" }
        let rows = mentions.keys.sorted().map { key -> [String] in
            let parts = key.split(separator: "\u{1F}", omittingEmptySubsequences: false).map(String.init)
            return [parts[0], parts[1], String(mentions[key]!), String(documents[key]!.count)]
        }
        return try JSONFile.encode(CSVTable(header: ["category", "stance", "mentions", "documents"], rows: rows,
                                            total: rows.count))
    }
}
