import TifaCore
import TifaExtract

/// Everything the report needs from one analysed document; stored (see `RecordCoder`) and merged.
/// Only integer counts and texts: all real-valued statistics are computed later over sorted documents, so
/// a run and a merge of partial runs give the same bytes.
public struct DocumentRecord: Codable, Sendable, Equatable {
    /// The path as given.
    public var document: String
    public var id: String
    public var metadata: [String: String]
    /// Detected or forced encoding.
    public var encoding: String
    /// SHA-256 of the input bytes (empty when unknown, e.g. a JSON Lines row).
    public var sha256: String
    /// Size of the input in bytes.
    public var bytes: Int
    /// Characters of the normalised text.
    public var characters: Int
    /// Characters of the original decoded text.
    public var originalCharacters: Int
    /// Tokens without whitespace.
    public var tokens: Int
    public var sentences: Int
    /// Quality flags from ingest (`traditional`, `lost-characters` …), sorted.
    public var qualityFlags: [String]
    /// Warnings about this document (not fatal).
    public var warnings: [Diagnostic]
    /// Distinct terms, sorted by Unicode scalars; `counts` and `kinds` are parallel to it.
    public var terms: [String]
    public var counts: [Int]
    /// Bit set of `TermKind` raw values each term was seen with.
    public var kinds: [UInt8]
    public var slogans: [SloganMention]
    public var criteria: [CriteriaCoverage]
    public var problems: [ProblemRow]

    public init(document: String, id: String, metadata: [String: String], encoding: String, sha256: String,
                bytes: Int, characters: Int, originalCharacters: Int, tokens: Int, sentences: Int,
                qualityFlags: [String], warnings: [Diagnostic], terms: [String], counts: [Int], kinds: [UInt8],
                slogans: [SloganMention], criteria: [CriteriaCoverage], problems: [ProblemRow]) {
        self.document = document
        self.id = id
        self.metadata = metadata
        self.encoding = encoding
        self.sha256 = sha256
        self.bytes = bytes
        self.characters = characters
        self.originalCharacters = originalCharacters
        self.tokens = tokens
        self.sentences = sentences
        self.qualityFlags = qualityFlags
        self.warnings = warnings
        self.terms = terms
        self.counts = counts
        self.kinds = kinds
        self.slogans = slogans
        self.criteria = criteria
        self.problems = problems
    }

    /// The date used for trends and first/last seen: `date`, else `year` metadata.
    public var date: String? {
        if let d = metadata["date"], !d.isEmpty { return d }
        if let y = metadata["year"], !y.isEmpty { return y }
        return nil
    }
}

/// One problem mention as `problems.csv` lists it.
public struct ProblemRow: Codable, Sendable, Equatable {
    public var category: String
    /// The subtype within the category (作风问题 → 不作为 …), "" when none.
    public var subtype: String = ""
    public var stance: String
    public var cue: String
    /// Section headings of the sentence, outermost first, joined by ` > `.
    public var section: String
    public var sentence: String
    public var start: Int
    public var end: Int

    public init(category: String, subtype: String = "", stance: String, cue: String, section: String, sentence: String,
                start: Int, end: Int) {
        self.category = category
        self.subtype = subtype
        self.stance = stance
        self.cue = cue
        self.section = section
        self.sentence = sentence
        self.start = start
        self.end = end
    }
}

/// The kind of a term, in the order used to pick one kind when a text was seen with several.
public enum TermKind: UInt8, CaseIterable, Sendable {
    case word, codebook, number, latin, punctuation, symbol, other

    /// The name written in `terms.csv`.
    public var name: String { "\(self)" }

    /// The bit of this kind in a kind set.
    public var bit: UInt8 { 1 << rawValue }

    /// The first kind in a bit set (word before codebook before number …).
    public static func first(in mask: UInt8) -> TermKind {
        allCases.first { mask & $0.bit != 0 } ?? .other
    }
}
