import Foundation
import TifaCore

/// Everything `tifa extract` finds in one document; one JSON Lines record. Field names are a stable contract.
/// All `start`/`end` offsets are Unicode scalar offsets into the document's ORIGINAL text (end exclusive).
public struct DocumentExtraction: Codable, Sendable, Equatable {
    /// The path as given (or `path#line` for JSON Lines input).
    public var document: String
    /// The document's stable identifier (a manifest id, or the path).
    public var id: String
    /// The codebooks the extraction used: name, version and content hash.
    public var codebooks: [CodebookStamp]
    /// Slogans and formulas, ordered by position.
    public var slogans: [SloganMention]
    /// Every codebook term matched, ordered by position (criteria names/items, problem wordings, vocabulary).
    public var terms: [TermMention]
    /// Coverage of each criteria set the document names or states items of, in codebook order.
    public var criteria: [CriteriaCoverage]
    /// Problems with their stance, ordered by position.
    public var problems: [ProblemMention]
    /// Commitments (sentences promising future action), in order; set by the formalism measures, nil without them.
    public var commitments: [Commitment]?

    public init(document: String, id: String, codebooks: [CodebookStamp], slogans: [SloganMention],
                terms: [TermMention], criteria: [CriteriaCoverage], problems: [ProblemMention]) {
        self.document = document
        self.id = id
        self.codebooks = codebooks
        self.slogans = slogans
        self.terms = terms
        self.criteria = criteria
        self.problems = problems
    }

    /// The record as one line of deterministic JSON (sorted keys, no trailing newline).
    public func jsonLine() throws -> String {
        String(decoding: try Self.encoder.encode(self), as: UTF8.self)
    }

    /// The encoder used for JSON Lines output: sorted keys, slashes unescaped.
    public static var encoder: JSONEncoder {
        let e = JSONEncoder()
        e.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        return e
    }
}

/// Identifies one codebook in an output: its name, declared version and SHA-256 of its file bytes.
public struct CodebookStamp: Codable, Sendable, Equatable, Hashable {
    public var name: String
    public var version: String
    public var sha256: String
    public init(name: String, version: String, sha256: String) {
        self.name = name
        self.version = version
        self.sha256 = sha256
    }
}

/// How a slogan or formula was found.
public enum SloganKind: String, Codable, Sendable, CaseIterable {
    /// A quotation in “…”, 「…」 or 『…』 classified as a slogan.
    case quoted
    /// A numbered formula such as 五个好, 三严三实, 十九大.
    case numbered
    /// A parallel series such as 工作争先,服务争先,业绩争先.
    case parallel
    /// An enumeration 一是…二是…; the text is the first item up to the next marker.
    case enumeration
    /// A codebook vocabulary term (not a criteria or problem wording).
    case codebook
}

/// One slogan or formula occurrence.
public struct SloganMention: Codable, Sendable, Equatable {
    /// The text as it reads in the normalised document (inside the quotes for quoted slogans).
    public var text: String
    public var kind: SloganKind
    public var start: Int
    public var end: Int
    public init(text: String, kind: SloganKind, start: Int, end: Int) {
        self.text = text
        self.kind = kind
        self.start = start
        self.end = end
    }
}

/// One codebook term occurrence.
public struct TermMention: Codable, Sendable, Equatable {
    /// The entry's canonical name (for criteria: the set or item name).
    public var canonical: String
    /// The entry's category (`criteria-set`, `criteria-item`, `problem`, `cue` excluded, or the vocabulary category).
    public var category: String
    /// The codebook that holds the entry.
    public var codebook: String
    /// The text as it reads in the normalised document.
    public var text: String
    public var start: Int
    public var end: Int
    public init(canonical: String, category: String, codebook: String, text: String, start: Int, end: Int) {
        self.canonical = canonical
        self.category = category
        self.codebook = codebook
        self.text = text
        self.start = start
        self.end = end
    }
}

/// Coverage of one criteria set in one document.
public struct CriteriaCoverage: Codable, Sendable, Equatable {
    /// The set's canonical name (五个好, 五带头, or a formula the document defines itself).
    public var set: String
    /// Whether the set's name appears in the document.
    public var named: Bool
    /// Canonical names of the items the document states, in the set's order.
    public var items: [String]
    /// How many items the set has (the n of "k of n").
    public var total: Int
    /// `codebook` when the set comes from a codebook, `document` when the document defines it (以“八个一”活动,即…).
    public var source: String
    /// Where the name and the items occur, ordered by position.
    public var mentions: [CriteriaMention]
    public init(set: String, named: Bool, items: [String], total: Int, source: String, mentions: [CriteriaMention]) {
        self.set = set
        self.named = named
        self.items = items
        self.total = total
        self.source = source
        self.mentions = mentions
    }
}

/// One occurrence of a criteria set's name or of one of its items.
public struct CriteriaMention: Codable, Sendable, Equatable {
    /// `name` for the set's name, `item` for an item.
    public var kind: String
    /// The set name (kind `name`) or the item's canonical name (kind `item`).
    public var item: String
    /// The text as it reads in the normalised document (a variant such as 带头遵纪守法).
    public var text: String
    public var start: Int
    public var end: Int
    public init(kind: String, item: String, text: String, start: Int, end: Int) {
        self.kind = kind
        self.item = item
        self.text = text
        self.start = start
        self.end = end
    }
}

/// What a sentence does with a problem.
public enum ProblemStance: String, Codable, Sendable, CaseIterable {
    /// The document reports the problem as existing.
    case admitted
    /// The document warns against it, forbids it or prescribes a sanction.
    case warned
    /// Hypothetical, rebutted, or named only.
    case mentioned
}

/// One problem occurrence with its stance and the cue that decided it.
public struct ProblemMention: Codable, Sendable, Equatable {
    /// The problem category's canonical name (重承诺轻践诺, 形式主义 …).
    public var category: String
    public var stance: ProblemStance
    /// The cue that decided the stance: a word (防止, 有些 …), a section heading, or "" when none (named only).
    public var cue: String
    /// `word`, `section`, or `none`.
    public var cueKind: String
    /// The matched wording(s) as they read in the normalised document.
    public var text: String
    /// The whole sentence the problem is in (normalised text).
    public var sentence: String
    public var start: Int
    public var end: Int
    /// For an admitted problem: a quantity, place, unit or example stands in its sentence or the next (formalism
    /// measures; nil without them or for other stances).
    public var specific: Bool?
    /// For an admitted problem: its category comes back in a plan section (下一步, 整改措施, 努力方向).
    public var remedied: Bool?
    public init(category: String, stance: ProblemStance, cue: String, cueKind: String, text: String,
                sentence: String, start: Int, end: Int) {
        self.category = category
        self.stance = stance
        self.cue = cue
        self.cueKind = cueKind
        self.text = text
        self.sentence = sentence
        self.start = start
        self.end = end
    }
}
