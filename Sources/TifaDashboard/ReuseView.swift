import Foundation
import TifaCore

/// The formalism panel's reuse data: `reuse.csv` folded into pairs ranked by `ReusePairs` (the first `limit` kept,
/// each with its passages) and the texts of `reuse-texts.jsonl`:
/// `{"pairs": [{"a", "b", "kind", "chars", "similarity", "passages", "earlier", "spans": [...]}], "total_pairs",
/// "total_passages", "text_limits": {"pairs", "characters", "context"}, "texts": {"lines", "kept", "total"} or null}`;
/// `null` when reuse.csv never began.
public final class ReuseView: TableSink {
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

    /// The pairs embedded, with their passages.
    let limit: Int
    /// reuse-texts.jsonl.
    public let texts: JSONLinePrefix
    private var began = false
    private var source = ""
    private var columns: [Int] = []
    private var line = 1
    private var folded = ReusePairs()
    private var passages = 0
    /// The copy and template passages of every pair, in file order (only the kept pairs' are embedded).
    private var spans: [String: [Span]] = [:]

    init(limit: Int, texts: JSONLinePrefix) {
        self.limit = limit
        self.texts = texts
    }

    public func begin(header: [String], source: String) throws {
        columns = try HeaderColumns.positions(ReportColumns.Reuse.header, in: header, source: source)
        self.source = source
        began = true
        line = 1
        folded = ReusePairs()
        passages = 0
        spans = [:]
    }

    public func add(_ row: [String]) throws {
        let c = columns
        line += 1
        guard row.count > c.max() ?? 0 else { return }
        guard let aStart = Int(row[c[2]]), let aEnd = Int(row[c[3]]), let bStart = Int(row[c[4]]),
              let bEnd = Int(row[c[5]]), let chars = Int(row[c[6]]), aStart <= aEnd, bStart <= bEnd else {
            throw TifaError(code: "dashboard.csv", file: source, line: line, message: "an offset or length is not a number")
        }
        let (a, b, similarity, kind) = (row[c[0]], row[c[1]], row[c[7]], row[c[8]])
        passages += 1
        folded.add(a: a, b: b, chars: chars, similarity: Double(similarity) ?? 0, kind: kind, earlier: row[c[9]])
        if kind == "copy" || kind == "template" {
            spans[ReusePairs.key(a, b), default: []].append(
                Span(a_start: aStart, a_end: aEnd, b_start: bStart, b_end: bEnd, chars: chars, similarity: similarity, kind: kind))
        }
    }

    /// The panel's data as JSON, or `null` when reuse.csv never began.
    func json() throws -> String {
        guard began else { return "null" }
        let pairs = folded.ranked().prefix(limit).map {
            Pair(a: $0.a, b: $0.b, kind: $0.kind, chars: $0.chars, similarity: ($0.similarity * 1000).rounded() / 1000,
                 passages: $0.passages, earlier: $0.earlier, spans: spans[ReusePairs.key($0.a, $0.b)] ?? [])
        }
        let totals = try JSONFile.encode(Totals(pairs: Array(pairs), total_pairs: folded.pairs.count, total_passages: passages, text_limits: [
            "pairs": ReuseTextLimits.pairs, "characters": ReuseTextLimits.characters, "context": ReuseTextLimits.context]))
        return String(totals.dropLast()) + ",\"texts\":" + texts.json() + "}"
    }
}
