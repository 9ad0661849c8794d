/// Full sentences (up to 。!? or a line break) used as the scope of stance cues and parallel series,
/// independent of how finely the ingest stage splits.
enum FullSentences {
    static func split(_ text: [Unicode.Scalar]) -> [Range<Int>] {
        var result: [Range<Int>] = []
        var start = 0
        for (i, c) in text.enumerated() where Scalars.sentenceEnds.contains(c) {
            if c == "\n" {
                if i > start { result.append(start..<i) }
            } else {
                result.append(start..<(i + 1))
            }
            start = i + 1
        }
        if text.count > start { result.append(start..<text.count) }
        return result.filter { r in text[r].contains { !$0.properties.isWhitespace } }
    }

    /// Index of the sentence containing position p (sentences sorted, non-overlapping), if any.
    static func index(of p: Int, in sentences: [Range<Int>]) -> Int? {
        var lo = 0, hi = sentences.count
        while lo < hi {
            let mid = (lo + hi) / 2
            if sentences[mid].upperBound <= p { lo = mid + 1 } else { hi = mid }
        }
        return lo < sentences.count && sentences[lo].contains(p) ? lo : nil
    }
}
