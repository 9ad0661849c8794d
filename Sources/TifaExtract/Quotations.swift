/// Quotations: the inner ranges of “…”, 「…」, 『…』 and, in files that use them, ASCII "…" (quote-pairs.tsv);
/// never 《…》, which are titles.
enum Quotations {
    static let maxScan = 120
    static let pairs = DiscoveryLists.active.quotePairs

    /// Inner ranges of all quotations, in order. An opener with no closer before the next line break is ignored.
    static func find(in text: [Unicode.Scalar], landmarks: TextLandmarks) -> [Range<Int>] {
        var result: [Range<Int>] = []
        let marks = landmarks.quotes
        let readASCII = usesASCIIQuotes(text, marks)
        var q = 0
        while q < marks.count {
            let i = Int(marks[q])
            q += 1
            guard let pair = pairs[text[i]], pair.kind == "quote" || (pair.kind == "ascii" && readASCII) else { continue }
            var j = i + 1
            var found = false
            while j < text.count, j - i <= maxScan, text[j] != "\n" {
                if text[j] == pair.close { found = true; break }
                if text[j] == text[i] { break }
                j += 1
            }
            if found {
                result.append((i + 1)..<j)
                while q < marks.count, Int(marks[q]) <= j { q += 1 }
            }
        }
        return result
    }

    /// A file uses ASCII quotes when it has more pairs of ASCII double quotes than curly and corner openers.
    static func usesASCIIQuotes(_ text: [Unicode.Scalar], _ marks: [Int32]) -> Bool {
        var ascii = 0, other = 0
        for m in marks {
            guard let pair = pairs[text[Int(m)]] else { continue }
            if pair.kind == "ascii" { ascii += 1 } else if pair.kind == "quote" { other += 1 }
        }
        return ascii >= 2 && ascii / 2 > other
    }
}
