import TifaCore

/// Finds, for an offset into a document's original text, the sentence (and its section path) around it.
final class SentenceLocator {
    let document: TextDocument
    private var texts: [Int: String] = [:]

    init(document: TextDocument) { self.document = document }

    /// The normalised position of an original offset: the first derived position at or after it.
    func derived(_ original: Int) -> Int { min(document.offsets.normalised(original: original), document.text.count) }

    /// Index of the sentence holding an original offset, if any.
    func sentenceIndex(original: Int) -> Int? {
        let p = derived(original)
        let s = document.sentences
        let lo = s.partitionPoint { $0.range.upperBound <= p }
        return lo < s.count && s[lo].range.lowerBound <= p ? lo : nil
    }

    /// The sentence text around an original offset (empty when it lies outside every sentence).
    func sentence(original: Int) -> String {
        guard let i = sentenceIndex(original: original) else { return "" }
        if let known = texts[i] { return known }
        let text = String(scalars: document.text[document.sentences[i].range])
        texts[i] = text
        return text
    }

    /// The section headings of the sentence around an original offset, outermost first, joined by ` > `.
    func section(original: Int) -> String {
        guard let i = sentenceIndex(original: original) else { return "" }
        return document.sentences[i].sectionPath.compactMap { j in
            document.sections.indices.contains(j) ? document.sections[j].title : nil
        }.joined(separator: " > ")
    }
}
