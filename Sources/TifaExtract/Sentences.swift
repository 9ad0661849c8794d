/// Full sentences (up to 。!? or a line break) used as the scope of stance cues and parallel series,
/// independent of how finely the ingest stage splits.
enum FullSentences {
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
