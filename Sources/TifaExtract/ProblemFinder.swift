import TifaCore

/// A problem before offsets are mapped to the original text.
struct FoundProblem {
    var category: String
    var subtype: String?
    var range: Range<Int>
    var sentence: Range<Int>
    var decision: ProblemStanceResolver.Decision
}

/// Groups problem wordings into runs per sentence and decides each run's stance.
struct ProblemFinder {
    let index: CodebookIndex
    let document: TextDocument
    let matches: TermMatches
    let sentences: [Range<Int>]
    /// Wordings closer than this (punctuation, 和, 甚至) belong to one run.
    static let maxGap = 4

    /// A problem category with its subtype: wordings of one kind form one run.
    struct Kind: Equatable {
        var category: String
        var subtype: String?
    }

    /// The problems with their stance; `work` counts what the stance decisions read (a test checks it is linear).
    func find(work: ProblemStanceResolver.Work = ProblemStanceResolver.Work()) -> [FoundProblem] {
        let text = document.text
        var hits: [(category: Kind, range: Range<Int>)] = []
        for m in matches.terms {
            for t in m.targets {
                if case .entry(let i) = t, index.isProblem[i] {
                    hits.append((Kind(category: index.entries[i].problemCategory, subtype: index.entries[i].subtype), m.range))
                }
            }
        }
        let resolver = ProblemStanceResolver(text: text, breaks: matches.landmarks.breaks, cues: index.cues, cuePatterns: index.cuePatterns, work: work)
        var result: [FoundProblem] = []
        var cluster: [(category: Kind, range: Range<Int>)] = []
        var clusterSentence: Int? = nil
        func flush() {
            guard let si = clusterSentence else { return }
            let sentence = sentences[si]
            var categories: [Kind] = []
            for h in cluster where !categories.contains(h.category) { categories.append(h.category) }
            for c in categories {
                let own = cluster.filter { $0.category == c }
                let range = own[0].range.lowerBound..<own[own.count - 1].range.upperBound
                let decision = resolver.decide(range, sentence: sentence, headings: headings(at: range.lowerBound))
                result.append(FoundProblem(category: c.category, subtype: c.subtype, range: range, sentence: sentence,
                                           decision: decision))
            }
            cluster = []
        }
        for h in hits {
            guard let si = FullSentences.index(of: h.range.lowerBound, in: sentences) else { continue }
            if let last = cluster.last, si == clusterSentence, h.range.lowerBound - last.range.upperBound <= Self.maxGap {
                cluster.append(h)
            } else {
                flush()
                cluster = [h]
                clusterSentence = si
            }
        }
        flush()
        return result.sorted { a, b in
            if a.range.lowerBound != b.range.lowerBound { return a.range.lowerBound < b.range.lowerBound }
            return a.category != b.category ? a.category < b.category : (a.subtype ?? "") < (b.subtype ?? "")
        }
    }

    /// Titles of the sections the position sits under (from the ingest stage's sentences), outermost first,
    /// plus the heading itself when the position is inside a heading.
    func headings(at p: Int) -> [String] {
        var titles = document.sentenceIndex(containing: p).map(document.sectionTitles(ofSentence:)) ?? []
        if let own = document.sections.first(where: { $0.range.contains(p) }), !titles.contains(own.title) {
            titles.append(own.title)
        }
        return titles
    }
}
