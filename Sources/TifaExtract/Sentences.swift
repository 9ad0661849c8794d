import TifaCore

/// Full sentences (up to 。!? or a line break) used as the scope of stance cues and parallel series,
/// independent of how finely the ingest stage splits.
enum FullSentences {
    /// Index of the sentence containing position p (sentences sorted, non-overlapping), if any.
    static func index(of p: Int, in sentences: [Range<Int>]) -> Int? { sentences.index(containing: p) }
}

extension FullSentences {
    /// The sentences stance reads, from ingest's sentence model (trimmed, quotes kept whole): ingest's sentences
    /// joined across a semicolon, since a sentence here ends at 。!? or a line break (ANNOTATION.md). Falls back to
    /// `landmarks` for a document built without sentences.
    static func of(_ document: TextDocument, landmarks: [Range<Int>]) -> [Range<Int>] {
        let text = document.text
        var result: [Range<Int>] = []
        guard !document.sentences.isEmpty else {
            for r in landmarks { appendBounded(r, in: text, to: &result) }
            return result
        }
        result.reserveCapacity(document.sentences.count)
        var open: Range<Int>? = nil
        for k in document.sentences.indices {
            let range = document.sentences[k].range
            guard !range.isEmpty else { continue }
            if let o = open, !text[o.upperBound..<range.lowerBound].contains("\n") {
                open = o.lowerBound..<range.upperBound
            } else {
                if let o = open { appendBounded(o, in: text, to: &result) }
                open = range
            }
            if let o = open, let last = text[o].last, last != ";", last != "\u{FF1B}" {  // ; ；
                appendBounded(o, in: text, to: &result)
                open = nil
            }
        }
        if let o = open { appendBounded(o, in: text, to: &result) }
        return result
    }

    /// Longest sentence the stance rules read: a longer one (a paragraph with no 。!?) is cut at the last clause
    /// break before each `maxLength` characters, so the work per mention stays bounded.
    static let maxLength = 2_000

    /// Appends r to parts, cut as `maxLength` says.
    static func appendBounded(_ r: Range<Int>, in text: [Unicode.Scalar], to parts: inout [Range<Int>]) {
        guard r.count > maxLength else { return parts.append(r) }
        var lo = r.lowerBound
        while r.upperBound - lo > maxLength {
            var cut = lo + maxLength
            while cut > lo + maxLength / 2, !Scalars.isClauseSeparator(text[cut - 1]) { cut -= 1 }
            if cut == lo + maxLength / 2 { cut = lo + maxLength }
            parts.append(lo..<cut)
            lo = cut
        }
        parts.append(lo..<r.upperBound)
    }
}

/// The text of a sentence as written into outputs: whole up to `maxLength` characters, else a window of that size
/// around a mention with an ellipsis where it is cut, so output grows linearly with the text even when a paragraph
/// has no sentence end. The sentence's own offsets are reported beside it.
enum SentenceText {
    static let maxLength = 1_000
    static let ellipsis: Unicode.Scalar = "\u{2026}"  // …

    static func capped(_ text: [Unicode.Scalar], sentence: Range<Int>, around mention: Range<Int>) -> String {
        guard sentence.count > maxLength else { return text.string(sentence) }
        let half = (maxLength - mention.count) / 2
        var lo = max(sentence.lowerBound, mention.lowerBound - max(0, half))
        let hi = min(sentence.upperBound, lo + maxLength)
        lo = max(sentence.lowerBound, hi - maxLength)
        return (lo > sentence.lowerBound ? String(ellipsis) : "") + String(scalars: text[lo..<hi])
            + (hi < sentence.upperBound ? String(ellipsis) : "")
    }
}
