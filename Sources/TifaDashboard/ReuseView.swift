import Foundation
import TifaCore

/// The formalism panel's reuse data: `reuse.csv` folded into pairs ranked by `ReusePairs` (the first `limit` kept,
/// each with its passages) and the texts of `reuse-texts.jsonl`:
/// `{"pairs": [{"a", "b", "kind", "chars", "similarity", "passages", "earlier", "spans": [...]}], "total_pairs",
/// "total_passages", "text_limits": {"pairs", "characters", "context"}, "texts": {"lines", "kept", "total"} or null}`;
/// `null` when the folder has no reuse.csv.
enum ReuseView {
    private struct Span: Encodable {
        let a_start: Int, a_end: Int, b_start: Int, b_end: Int, chars: Int
        let similarity: String
        let kind: String
    }
    private struct Pair: Encodable {
        let a: String, b: String, kind: String, chars: Int, similarity: Double, passages: Int, earlier: String
        var spans: [Span]
    }
    private struct Totals: Encodable {
        let pairs: [Pair]
        let total_pairs: Int
        let total_passages: Int
        let text_limits: [String: Int]
    }

    static func load(_ folder: URL, limit: Int, textBytes: Int) throws -> String {
        let file = folder.appendingPathComponent("reuse.csv")
        var folded = ReusePairs()
        var passages = 0
        let found = try records(file) { r in
            passages += 1
            folded.add(a: r.a, b: r.b, chars: r.chars, similarity: Double(r.similarity) ?? 0, kind: r.kind, earlier: r.earlier)
        }
        guard found else { return "null" }
        var pairs = folded.ranked().prefix(limit).map {
            Pair(a: $0.a, b: $0.b, kind: $0.kind, chars: $0.chars, similarity: ($0.similarity * 1000).rounded() / 1000,
                 passages: $0.passages, earlier: $0.earlier, spans: [])
        }
        let slot = Dictionary(pairs.enumerated().map { (ReusePairs.key($0.element.a, $0.element.b), $0.offset) },
                              uniquingKeysWith: { a, _ in a })
        _ = try records(file) { r in
            guard r.kind == "copy" || r.kind == "template", let i = slot[ReusePairs.key(r.a, r.b)] else { return }
            pairs[i].spans.append(Span(a_start: r.aStart, a_end: r.aEnd, b_start: r.bStart, b_end: r.bEnd, chars: r.chars,
                                       similarity: r.similarity, kind: r.kind))
        }
        let totals = try JSONFile.encode(Totals(pairs: pairs, total_pairs: folded.pairs.count, total_passages: passages, text_limits: [
            "pairs": ReuseTextLimits.pairs, "characters": ReuseTextLimits.characters, "context": ReuseTextLimits.context]))
        let texts = try JSONFile.lines(folder.appendingPathComponent("reuse-texts.jsonl"), byteLimit: textBytes)
        return String(totals.dropLast()) + ",\"texts\":" + texts + "}"
    }

    /// One `reuse.csv` record.
    private struct Record {
        let a: String, b: String, aStart: Int, aEnd: Int, bStart: Int, bEnd: Int, chars: Int
        let similarity: String, kind: String, earlier: String
    }

    /// Calls body with each record of reuse.csv; false when the file does not exist.
    private static func records(_ file: URL, _ body: (Record) throws -> Void) throws -> Bool {
        var columns: [Int]? = nil
        var line = 1
        return try CSVRecords.forEach(in: file) { row in
            guard let c = columns else {
                let names = ReportColumns.Reuse.header
                let found = names.map { row.firstIndex(of: $0) }
                guard found.allSatisfy({ $0 != nil }) else {
                    throw TifaError(code: "dashboard.csv", file: file.path, line: 1,
                                    message: "reuse.csv lacks a column of \(names.joined(separator: ", "))")
                }
                columns = found.compactMap { $0 }
                return
            }
            line += 1
            guard row.count > c.max() ?? 0 else { return }
            guard let aStart = Int(row[c[2]]), let aEnd = Int(row[c[3]]), let bStart = Int(row[c[4]]),
                  let bEnd = Int(row[c[5]]), let chars = Int(row[c[6]]), aStart <= aEnd, bStart <= bEnd else {
                throw TifaError(code: "dashboard.csv", file: file.path, line: line, message: "an offset or length is not a number")
            }
            try body(Record(a: row[c[0]], b: row[c[1]], aStart: aStart, aEnd: aEnd, bStart: bStart, bEnd: bEnd, chars: chars,
                            similarity: row[c[7]], kind: row[c[8]], earlier: row[c[9]]))
        }
    }
}
