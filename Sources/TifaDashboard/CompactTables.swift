import Foundation
import TifaCore

/// criteria.csv (long: document × set × item) folded into one row per document, so 10,000 documents stay small:
/// `{"sets": [{"set", "items"}], "rows": [[document, {set: "named:bits"}]]}` where bits has one 0/1 per item.
public final class CriteriaMatrix: TableSink {
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

    private var began = false
    private var columns = (d: 0, s: 0, i: 0, n: 0, st: 0)
    private var setOrder: [String] = [], items: [String: [String]] = [:]
    private var documents: [String] = [], states: [String: [String: (named: Bool, bits: String)]] = [:]

    public func begin(header: [String], source: String) throws {
        let names = ReportColumns.Criteria.self
        let c = try HeaderColumns.positions([names.document, names.set, names.item, names.named, names.stated],
                                            in: header, source: source)
        columns = (c[0], c[1], c[2], c[3], c[4])
        began = true
        (setOrder, items, documents, states) = ([], [:], [], [:])
    }

    public func add(_ row: [String]) {
        let (d, s, i, n, st) = columns
        guard row.count > max(d, s, i, n, st) else { return }
        let (doc, set, item) = (row[d], row[s], row[i])
        if items[set] == nil { setOrder.append(set); items[set] = [] }
        if !(items[set]!.contains(item)) { items[set]!.append(item) }
        if states[doc] == nil { documents.append(doc); states[doc] = [:] }
        var state = states[doc]![set] ?? (named: row[n] == "1", bits: "")
        state.bits += row[st] == "1" ? "1" : "0"
        states[doc]![set] = state
    }

    /// The matrix as JSON, or `null` when the table never began.
    func json() throws -> String {
        guard began else { return "null" }
        let rows: [[Cell]] = documents.map { doc in
            [.text(doc), .states(states[doc]!.mapValues { ($0.named ? "1:" : "0:") + $0.bits })]
        }
        return try JSONFile.encode(Matrix(sets: setOrder.map { SetItems(set: $0, items: items[$0]!) }, rows: rows))
    }
}

/// problems.csv (one row per mention) summed by category and stance: `header` + rows of
/// `[category, stance, mentions, documents]`.
public final class ProblemTotals: TableSink {
    /// The page's column names: the category and stance of problems.csv, then the two sums made here.
    static let header = [ReportColumns.Problems.category, ReportColumns.Problems.stance, "mentions", "documents"]

    private var began = false
    private var columns = (d: 0, c: 0, s: 0)
    private var mentions: [String: Int] = [:], documents: [String: Set<String>] = [:]

    public func begin(header: [String], source: String) throws {
        let names = ReportColumns.Problems.self
        let c = try HeaderColumns.positions([names.document, names.category, names.stance], in: header, source: source)
        columns = (c[0], c[1], c[2])
        began = true
        (mentions, documents) = ([:], [:])
    }

    public func add(_ row: [String]) {
        let (d, c, s) = columns
        guard row.count > max(d, c, s) else { return }
        let key = row[c] + "\u{1F}" + row[s]
        mentions[key, default: 0] += 1
        documents[key, default: []].insert(row[d])
    }

    /// The totals as JSON, or `null` when the table never began.
    func json() throws -> String {
        guard began else { return "null" }
        let table = TableRows()
        table.begin(header: Self.header, source: "")
        for key in mentions.keys.sorted() {
            let parts = key.split(separator: "\u{1F}", omittingEmptySubsequences: false).map(String.init)
            table.add([parts[0], parts[1], String(mentions[key]!), String(documents[key]!.count)])
        }
        return table.json()
    }
}
