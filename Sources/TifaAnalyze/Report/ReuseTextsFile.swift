import TifaCore
import TifaDashboard
import TifaFormalism

/// `reuse-texts.jsonl`: the original texts of the documents in the top-ranked pairs of shared passages, so the
/// dashboard can show two documents side by side with their passages marked (`reuse.csv` offsets are original-text
/// offsets). Bounded: the documents of the first `pairs` pairs (ranked by `ReusePairs`), whole texts while their
/// total stays within `characters`, beyond it excerpts of `context` characters either side of each passage.
/// One line per document, in order of first appearance in the ranked pairs:
/// `{"characters": n, "complete": bool, "document": path, "segments": [{"start": s, "text": t}]}`, where `start`
/// is the segment's Unicode scalar offset in the original text (one segment at 0 when complete).
struct ReuseTextsFile {
    /// Pairs whose documents are included.
    var pairs = ReuseTextLimits.pairs
    /// Original characters of whole texts included, over all documents.
    var characters = ReuseTextLimits.characters
    /// Characters either side of a passage in an excerpt.
    var context = ReuseTextLimits.context

    /// Writes the file (lines, if any, receiving the same lines); `original(document)` returns a document's original
    /// text, nil when it is not stored.
    func write(passages: [ReusePassage], to path: String, lines: JSONLinePrefix? = nil,
               original: (String) throws -> [Unicode.Scalar]?) throws {
        var folded = ReusePairs()
        for p in passages {
            folded.add(a: p.a, b: p.b, chars: p.chars, similarity: p.similarity, kind: p.kind.rawValue, earlier: p.earlier)
        }
        let top = folded.ranked().prefix(pairs)
        let shown = Set(top.map { ReusePairs.key($0.a, $0.b) })
        var order: [String] = []
        var ranges: [String: [Range<Int>]] = [:]
        for pair in top {
            for d in [pair.a, pair.b] where ranges[d] == nil {
                order.append(d)
                ranges[d] = []
            }
        }
        for p in passages where shown.contains(ReusePairs.key(p.a, p.b)) {
            ranges[p.a]?.append(p.a_start..<p.a_end)
            ranges[p.b]?.append(p.b_start..<p.b_end)
        }
        let file = try OutputFile(path: path)
        lines?.begin(source: path)
        var used = 0
        for document in order {
            guard let text = try original(document) else { continue }
            let complete = used + text.count <= characters
            let segments = complete ? [0..<text.count] : excerpts(ranges[document] ?? [], count: text.count)
            if complete { used += text.count }
            let bytes = line(document: document, text: text, complete: complete, segments: segments)
            try file.write(bytes: bytes)
            try lines?.feed(bytes)
        }
        try file.close()
        try lines?.finish()
    }

    /// The windows of `context` characters around each range, merged where they touch, in text order.
    func excerpts(_ passages: [Range<Int>], count: Int) -> [Range<Int>] {
        var merged: [Range<Int>] = []
        for r in passages.map({ max(0, $0.lowerBound - context)..<min(count, $0.upperBound + context) })
            .sorted(by: { $0.lowerBound < $1.lowerBound }) where !r.isEmpty {
            if let last = merged.last, r.lowerBound <= last.upperBound {
                merged[merged.count - 1] = last.lowerBound..<max(last.upperBound, r.upperBound)
            } else {
                merged.append(r)
            }
        }
        return merged
    }

    private func line(document: String, text: [Unicode.Scalar], complete: Bool, segments: [Range<Int>]) -> [UInt8] {
        var out = Array("{\"characters\":\(text.count),\"complete\":\(complete),\"document\":".utf8)
        JSONText.append(document.utf8, to: &out)
        out += Array(",\"segments\":[".utf8)
        for (i, s) in segments.enumerated() {
            out += Array("\(i == 0 ? "" : ","){\"start\":\(s.lowerBound),\"text\":".utf8)
            JSONText.append(scalars: text[s], to: &out)
            out.append(0x7D)
        }
        out += Array("]}\n".utf8)
        return out
    }
}
