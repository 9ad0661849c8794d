/// A document as the analysis reads it: the original text, the normalised text with its offset map, and
/// its structure. Offsets in ranges are Unicode scalar offsets into `text` unless named original.
public struct TextDocument: Sendable {
    /// The path as given on the command line (or `-` for standard input), or `path#line` for JSON Lines.
    public var path: String
    /// A stable identifier: a manifest id, or the path.
    public var id: String
    /// Metadata columns (region, unit, year, date …) from a manifest, a file name pattern or JSON Lines.
    public var metadata: [String: String]
    /// The decoded original text, before normalisation.
    public var original: [Unicode.Scalar]
    /// The normalised text the analysis reads.
    public var text: [Unicode.Scalar]
    /// Maps positions in `text` back to positions in `original`.
    public var offsets: OffsetMap
    /// Paragraph ranges in `text`.
    public var paragraphs: [Range<Int>]
    /// Sentences in `text`, in order.
    public var sentences: [Sentence]
    /// Section headings in `text`, in order.
    public var sections: [Section]

    public init(path: String, id: String? = nil, metadata: [String: String] = [:], original: [Unicode.Scalar],
                text: [Unicode.Scalar], offsets: OffsetMap, paragraphs: [Range<Int>] = [],
                sentences: [Sentence] = [], sections: [Section] = []) {
        self.path = path
        self.id = id ?? path
        self.metadata = metadata
        self.original = original
        self.text = text
        self.offsets = offsets
        self.paragraphs = paragraphs
        self.sentences = sentences
        self.sections = sections
    }

    /// The normalised text of a range as a String.
    public func string(_ range: Range<Int>) -> String { String(scalars: text[range]) }

    /// Index of the sentence holding position p of `text`, nil when p lies between or outside the sentences.
    public func sentenceIndex(containing p: Int) -> Int? {
        let i = sentences.partitionPoint { $0.range.upperBound <= p }
        return i < sentences.count && sentences[i].range.contains(p) ? i : nil
    }

    /// Titles of the sections sentence i sits in, outermost first.
    public func sectionTitles(ofSentence i: Int) -> [String] {
        sentences[i].sectionPath.compactMap { sections.indices.contains($0) ? sections[$0].title : nil }
    }
}

/// A sentence: its range in the normalised text and the headings of the sections it sits in.
public struct Sentence: Sendable, Equatable {
    public var range: Range<Int>
    /// Indices into `TextDocument.sections`, outermost first.
    public var sectionPath: [Int]
    public init(range: Range<Int>, sectionPath: [Int] = []) {
        self.range = range
        self.sectionPath = sectionPath
    }
}

/// A section heading (一、 (一) 1. 第一章 …): its level (1 = outermost), title and range in the normalised text.
public struct Section: Sendable, Equatable {
    public var level: Int
    public var title: String
    public var range: Range<Int>
    public init(level: Int, title: String, range: Range<Int>) {
        self.level = level
        self.title = title
        self.range = range
    }
}
