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
        guard !document.sentences.isEmpty else { return landmarks.flatMap { bounded($0, in: text) } }
        var result: [Range<Int>] = []
        var open: Range<Int>? = nil
        for s in document.sentences where !s.range.isEmpty {
            if let o = open, !text[o.upperBound..<s.range.lowerBound].contains("\n") {
                open = o.lowerBound..<s.range.upperBound
            } else {
                if let o = open { result.append(o) }
                open = s.range
            }
            if let o = open, let last = text[o].last, last != ";", last != "\u{FF1B}" {  // ; ；
                result.append(o)
                open = nil
            }
        }
        if let o = open { result.append(o) }
        return result.flatMap { bounded($0, in: text) }
    }

    /// Longest sentence the stance rules read: a longer one (a paragraph with no 。!?) is cut at the last clause
    /// break before each `maxLength` characters, so the work per mention stays bounded.
    static let maxLength = 2_000

    static func bounded(_ r: Range<Int>, in text: [Unicode.Scalar]) -> [Range<Int>] {
        guard r.count > maxLength else { return [r] }
        var parts: [Range<Int>] = []
        var lo = r.lowerBound
        while r.upperBound - lo > maxLength {
            var cut = lo + maxLength
            while cut > lo + maxLength / 2, !Scalars.isClauseSeparator(text[cut - 1]) { cut -= 1 }
            if cut == lo + maxLength / 2 { cut = lo + maxLength }
            parts.append(lo..<cut)
            lo = cut
        }
        parts.append(lo..<r.upperBound)
        return parts
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
