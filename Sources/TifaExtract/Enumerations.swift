/// Enumerations marked 一是…二是…三是…: each item's lead clause, when at least two markers follow in order.
enum Enumerations {
    /// Enumeration markers in order (numerals.tsv role `enumeration`, by value: 一 … 十).
    static let ordinals: [Unicode.Scalar] = DiscoveryLists.active.numerals.entries
        .filter { $0.roles.contains(.enumeration) }.sorted { $0.value < $1.value }.map(\.scalar)
    static let maxLead = 30
    /// How far the next marker may be from the previous one.
    static let maxGap = 800

    /// Ranges of item lead clauses (the text after 一是 up to the first clause end).
    static func find(in text: [Unicode.Scalar], landmarks: TextLandmarks) -> [Range<Int>] {
        var markers: [(ordinal: Int, at: Int)] = []
        for position in landmarks.numerals {
            let i = Int(position)
            if i + 1 < text.count, text[i + 1] == "是" {
                guard let k = ordinals.firstIndex(of: text[i]) else { continue }
                if i > 0, Scalars.isNumeral(text[i - 1]) || text[i - 1] == "第" { continue }
                markers.append((k, i))
            }
        }
        var result: [Range<Int>] = []
        var run: [(ordinal: Int, at: Int)] = []
        func flush() {
            if run.count >= 2 { result += run.map { lead(after: $0.at + 2, in: text) }.filter { !$0.isEmpty } }
            run = []
        }
        for m in markers {
            if let last = run.last, m.ordinal == last.ordinal + 1, m.at - last.at <= maxGap {
                run.append(m)
            } else {
                flush()
                if m.ordinal == 0 { run = [m] }
            }
        }
        flush()
        return result
    }

    static func lead(after start: Int, in text: [Unicode.Scalar]) -> Range<Int> {
        var s = start
        while s < text.count, text[s] == ":" || text[s] == "\u{FF1A}" || text[s] == "," || text[s] == " " { s += 1 }
        var e = s
        while e < text.count, e - s < maxLead, !Scalars.isClauseSeparator(text[e]),
              !Scalars.isSentenceEnd(text[e]) { e += 1 }
        return s..<e
    }
}
