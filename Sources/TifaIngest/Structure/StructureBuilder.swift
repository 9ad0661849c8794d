import TifaCore

/// Finds paragraphs (non-blank lines), section headings and sentences in normalised text, and gives each
/// sentence the path of sections it sits in.
enum StructureBuilder {
    /// A heading title longer than this is a numbered paragraph, not a heading.
    static let maxTitleLength = 60

    struct Structure {
        var paragraphs: [Range<Int>] = []
        var sentences: [Sentence] = []
        var sections: [Section] = []
    }

    static func build(_ t: [Unicode.Scalar]) -> Structure {
        var result = Structure()
        var stack: [(rank: Int, index: Int)] = []
        var lineStart = 0
        for i in 0...t.count where i == t.count || t[i] == "\n" {
            defer { lineStart = i + 1 }
            guard let paragraph = SentenceSplitter.trimmed(t, lineStart..<i) else { continue }
            result.paragraphs.append(paragraph)
            let headings = self.headings(t, paragraph)
            let sentences = SentenceSplitter.split(t, paragraph, breaks: headings.map(\.range.upperBound))
            var next = 0
            for sentence in sentences {
                while next < headings.count, headings[next].range.lowerBound <= sentence.lowerBound {
                    let h = headings[next]
                    while let top = stack.last, top.rank >= h.rank { stack.removeLast() }
                    result.sections.append(Section(level: stack.count + 1, title: h.title, range: h.range))
                    stack.append((h.rank, result.sections.count - 1))
                    next += 1
                }
                result.sentences.append(Sentence(range: sentence, sectionPath: stack.map(\.index)))
            }
        }
        return result
    }

    struct Heading {
        var rank: Int
        var range: Range<Int>
        var title: String
    }

    /// The heading at the start of a paragraph (up to its first sentence end), and a first sub-heading
    /// run into it (`一、存在的问题(一)认识不足。`).
    static func headings(_ t: [Unicode.Scalar], _ p: Range<Int>) -> [Heading] {
        guard let marker = HeadingMarker.match(t, at: p.lowerBound, end: p.upperBound) else { return [] }
        let end = firstSentenceEnd(t, from: marker.titleStart, in: p)
        var titleEnd = end
        while titleEnd > marker.titleStart, isSentencePunctuation(t[titleEnd - 1]) { titleEnd -= 1 }
        // A sub-heading "(一)" or "(1)" inside the title starts a heading of its own.
        var k = marker.titleStart + 1
        while k < titleEnd {
            if t[k] == "(", let sub = HeadingMarker.match(t, at: k, end: titleEnd), sub.rank > marker.rank,
               t[k + 1] == "一" || t[k + 1] == "1" {
                let first = Heading(rank: marker.rank, range: p.lowerBound..<k, title: string(t, marker.titleStart..<k))
                guard first.range.count <= maxTitleLength + 4 else { return [] }
                return [first] + headings(t, k..<p.upperBound)
            }
            k += 1
        }
        guard titleEnd > marker.titleStart, titleEnd - marker.titleStart <= maxTitleLength else { return [] }
        return [Heading(rank: marker.rank, range: p.lowerBound..<end, title: string(t, marker.titleStart..<titleEnd))]
    }

    private static func firstSentenceEnd(_ t: [Unicode.Scalar], from start: Int, in p: Range<Int>) -> Int {
        var i = start
        while i < p.upperBound {
            if t[i] == "\u{3002}" || t[i] == "\u{FF01}" || t[i] == "\u{FF1F}" || t[i] == "\u{FF1B}" || t[i] == "!" || t[i] == "?" || t[i] == ";" {
                return i + 1
            }
            i += 1
        }
        return p.upperBound
    }

    private static func isSentencePunctuation(_ c: Unicode.Scalar) -> Bool {
        "\u{3002}\u{FF01}\u{FF1F}\u{FF1B}!?;:\u{FF1A},\u{FF0C}\u{3001} ".unicodeScalars.contains(c)
    }

    private static func string(_ t: [Unicode.Scalar], _ r: Range<Int>) -> String { String(scalars: t[r]) }
}
