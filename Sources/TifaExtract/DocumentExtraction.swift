import Foundation
import TifaCore

/// Everything `tifa extract` finds in one document; one JSON Lines record. Field names are a stable contract.
/// All `start`/`end` offsets are Unicode scalar offsets (end exclusive): into the document's NORMALISED text as
/// `Extractor` returns them, into its ORIGINAL text once `inOriginalOffsets(_:)` converted them for serialisation
/// (`offsetsInto` says which). Every serialised record (JSON, `records.bin`, CSV) holds original offsets.
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
    /// Every quoted string with its class (slogan, name, metaphor, quotation), ordered by position.
    public var quotations: [QuotationMention]
    /// The discovery lists used (Dictionaries/discovery): name, version and content hash.
    public var lists: [CodebookStamp]
    /// Commitments (sentences promising future action), in order; set by the formalism measures, nil without them.
    public var commitments: [Commitment]?
    /// What went wrong while extracting (a codebook regex stopped by its time limit); nil when nothing did.
    public var warnings: [Diagnostic]?
    /// Which text the offsets point into: `normalised` in memory, `original` after `inOriginalOffsets(_:)` and in a
    /// decoded record. Not serialised.
    public private(set) var offsetsInto: OffsetText = .original

    enum CodingKeys: String, CodingKey {
        case document, id, codebooks, slogans, terms, criteria, problems, quotations, lists, commitments, warnings
    }

    /// A record in normalised offsets (as the extractor makes it) unless `offsetsInto` says otherwise.
    public init(document: String, id: String, codebooks: [CodebookStamp], slogans: [SloganMention],
                terms: [TermMention], criteria: [CriteriaCoverage], problems: [ProblemMention],
                quotations: [QuotationMention] = [], lists: [CodebookStamp] = [],
                offsetsInto: OffsetText = .normalised) {
        self.document = document
        self.id = id
        self.codebooks = codebooks
        self.slogans = slogans
        self.terms = terms
        self.criteria = criteria
        self.problems = problems
        self.quotations = quotations
        self.lists = lists
        self.offsetsInto = offsetsInto
    }

    /// The record as one line of deterministic JSON (sorted keys, no trailing newline). Throws for a record still
    /// in normalised offsets: serialise `inOriginalOffsets(document.offsets)`.
    public func jsonLine() throws -> String {
        guard offsetsInto == .original else {
            throw EncodingError.invalidValue(offsetsInto, EncodingError.Context(
                codingPath: [], debugDescription: "\(document): offsets are still normalised; convert them with inOriginalOffsets"))
        }
        return String(decoding: try Self.encoder.encode(self), as: UTF8.self)
    }

    /// The encoder used for JSON Lines output: sorted keys, slashes unescaped.
    public static var encoder: JSONEncoder {
        let e = JSONEncoder()
        e.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        return e
    }
}

/// Which text an extraction's offsets point into.
public enum OffsetText: Sendable {
    /// The normalised text the extraction read (`TextDocument.text`).
    case normalised
    /// The original decoded text (`TextDocument.original`): every serialised output.
    case original
}

extension DocumentExtraction {
    /// The record with every offset (mentions, problem sentences, commitments) moved from the normalised text into
    /// the original through `map`: the one place extraction offsets are converted, called where a record is
    /// serialised. A record already in original offsets comes back unchanged.
    public func inOriginalOffsets(_ map: OffsetMap) -> DocumentExtraction {
        guard offsetsInto == .normalised else { return self }
        var e = self
        e.slogans = slogans.map { $0.moved(map) }
        e.terms = terms.map { $0.moved(map) }
        for c in e.criteria.indices { e.criteria[c].mentions = criteria[c].mentions.map { $0.moved(map) } }
        e.problems = problems.map { p in
            var q = p.moved(map)
            if let s = p.sentenceStart, let t = p.sentenceEnd {
                let r = map.original(s..<t)
                q.sentenceStart = r.lowerBound
                q.sentenceEnd = r.upperBound
            }
            return q
        }
        e.quotations = quotations.map { $0.moved(map) }
        e.commitments = commitments?.map { $0.moved(map) }
        e.offsetsInto = .original
        return e
    }
}

/// An extraction item that sits at `start..<end`.
protocol Located {
    var start: Int { get set }
    var end: Int { get set }
}

extension Located {
    /// The item with its range moved through `map` (normalised → original).
    func moved(_ map: OffsetMap) -> Self {
        var copy = self
        let r = map.original(start..<end)
        copy.start = r.lowerBound
        copy.end = r.upperBound
        return copy
    }
}

extension SloganMention: Located {}
extension TermMention: Located {}
extension CriteriaMention: Located {}
extension ProblemMention: Located {}
extension QuotationMention: Located {}
extension Commitment: Located {}

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
    /// True when the slogan is the inside of a quotation: `quoted` slogans, and numbered formulas in quotes
    /// (“四个全面” is `kind: numbered`, `quoted: true`); absent otherwise.
    public var quoted: Bool?
    public var start: Int
    public var end: Int
    /// Index into `TextDocument.sentences` of the sentence holding `start`, nil when none does; not serialised.
    public var sentenceIndex: Int?
    enum CodingKeys: String, CodingKey { case text, kind, quoted, start, end }
    public init(text: String, kind: SloganKind, quoted: Bool? = nil, start: Int, end: Int, sentenceIndex: Int? = nil) {
        self.text = text
        self.kind = kind
        self.quoted = quoted
        self.start = start
        self.end = end
        self.sentenceIndex = sentenceIndex
    }
}

/// One quoted string (the text between the quotes) with its class and the cue that decided it.
public struct QuotationMention: Codable, Sendable, Equatable {
    public var text: String
    public var quoteClass: QuoteClass
    /// Why the class was chosen (parallel parts, a head noun, a verb of saying …).
    public var reason: String
    public var start: Int
    public var end: Int
    enum CodingKeys: String, CodingKey { case text, quoteClass = "class", reason, start, end }
    public init(text: String, quoteClass: QuoteClass, reason: String, start: Int, end: Int) {
        self.text = text
        self.quoteClass = quoteClass
        self.reason = reason
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
    /// How many of the set's slots the items fill (the k of "k of n"; an item and its alternative wording, such as
    /// 全面建成小康社会 and 全面建设社会主义现代化国家, fill one slot). Nil in records written before it existed.
    public var stated: Int?
    /// How many items the set has (the n of "k of n").
    public var total: Int
    /// `codebook` when the set comes from a codebook, `document` when the document defines it (以“八个一”活动,即…).
    public var source: String
    /// Where the name and the items occur, ordered by position.
    public var mentions: [CriteriaMention]
    public init(set: String, named: Bool, items: [String], stated: Int? = nil, total: Int, source: String,
                mentions: [CriteriaMention]) {
        self.set = set
        self.named = named
        self.items = items
        self.stated = stated
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
    /// Index into `TextDocument.sentences` of the sentence holding `start`, nil when none does; not serialised.
    public var sentenceIndex: Int?
    enum CodingKeys: String, CodingKey { case kind, item, text, start, end }
    public init(kind: String, item: String, text: String, start: Int, end: Int, sentenceIndex: Int? = nil) {
        self.kind = kind
        self.item = item
        self.text = text
        self.start = start
        self.end = end
        self.sentenceIndex = sentenceIndex
    }
}

/// What a sentence does with a problem.
public enum ProblemStance: String, Codable, Sendable, CaseIterable {
    /// The document reports the problem as existing.
    case admitted
    /// The document warns against it, forbids it or prescribes a sanction.
    case warned
    /// Hypothetical, rebutted, reported as overcome, or definitional.
    case mentioned
    /// No cue decides and no documented rule applies (counted as such, never silently defaulted).
    case unknown
}

/// One problem occurrence with its stance and the cue that decided it.
public struct ProblemMention: Codable, Sendable, Equatable {
    /// The problem category's canonical name (重承诺轻践诺, 形式主义 …).
    public var category: String
    /// The subtype within the category (作风问题 → 不作为 …, 以权谋私 → 腐败 | 滥用职权), or nil (written as null).
    public var subtype: String?
    public var stance: ProblemStance
    /// The cue that decided the stance: a word (防止, 有些 …), a section heading, or "" when none (named only).
    public var cue: String
    /// `word`, `section`, `lead-in` (a list lead-in governs the item), or `none`.
    public var cueKind: String
    /// The class of the deciding cue (warning, sanction, admission, case-statistics …; see docs/EXTRACTION.md),
    /// or "" when none.
    public var cueClass: String
    /// The matched wording(s) as they read in the normalised document.
    public var text: String
    /// The sentence the problem is in (normalised text); a sentence over 1,000 characters is cut to a window of
    /// 1,000 around the problem, with … where it is cut.
    public var sentence: String
    /// Where the whole sentence starts and ends (nil in records written before they existed).
    public var sentenceStart: Int?
    public var sentenceEnd: Int?
    public var start: Int
    public var end: Int
    /// For an admitted problem: a quantity, place, unit or example stands in its sentence or the next (formalism
    /// measures; nil without them or for other stances).
    public var specific: Bool?
    /// For an admitted problem: its category comes back in a plan section (下一步, 整改措施, 努力方向).
    public var remedied: Bool?
    /// Index into `TextDocument.sentences` of the sentence holding `start` (it gives the section path), nil when
    /// none does; not serialised.
    public var sentenceIndex: Int?
    public init(category: String, subtype: String? = nil, stance: ProblemStance, cue: String, cueKind: String,
                cueClass: String = "", text: String, sentence: String, start: Int, end: Int, sentenceIndex: Int? = nil) {
        self.category = category
        self.subtype = subtype
        self.stance = stance
        self.cue = cue
        self.cueKind = cueKind
        self.cueClass = cueClass
        self.text = text
        self.sentence = sentence
        self.start = start
        self.end = end
        self.sentenceIndex = sentenceIndex
    }
}

extension ProblemMention {
    private enum CodingKeys: String, CodingKey {
        case category, subtype, stance, cue, cueKind, cueClass, text, sentence, sentenceStart, sentenceEnd, start, end,
             specific, remedied
    }

    /// Writes `subtype` as null when there is none, so every record has the same keys; `specific` and `remedied`
    /// only when the formalism measures set them.
    public func encode(to encoder: any Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encode(category, forKey: .category)
        try c.encode(subtype, forKey: .subtype)
        try c.encode(stance, forKey: .stance)
        try c.encode(cue, forKey: .cue)
        try c.encode(cueKind, forKey: .cueKind)
        try c.encode(cueClass, forKey: .cueClass)
        try c.encode(text, forKey: .text)
        try c.encode(sentence, forKey: .sentence)
        try c.encodeIfPresent(sentenceStart, forKey: .sentenceStart)
        try c.encodeIfPresent(sentenceEnd, forKey: .sentenceEnd)
        try c.encode(start, forKey: .start)
        try c.encode(end, forKey: .end)
        try c.encodeIfPresent(specific, forKey: .specific)
        try c.encodeIfPresent(remedied, forKey: .remedied)
    }

    public init(from decoder: any Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        category = try c.decode(String.self, forKey: .category)
        subtype = try c.decodeIfPresent(String.self, forKey: .subtype)
        stance = try c.decode(ProblemStance.self, forKey: .stance)
        cue = try c.decode(String.self, forKey: .cue)
        cueKind = try c.decode(String.self, forKey: .cueKind)
        cueClass = try c.decodeIfPresent(String.self, forKey: .cueClass) ?? ""
        text = try c.decode(String.self, forKey: .text)
        sentence = try c.decode(String.self, forKey: .sentence)
        sentenceStart = try c.decodeIfPresent(Int.self, forKey: .sentenceStart)
        sentenceEnd = try c.decodeIfPresent(Int.self, forKey: .sentenceEnd)
        start = try c.decode(Int.self, forKey: .start)
        end = try c.decode(Int.self, forKey: .end)
        specific = try c.decodeIfPresent(Bool.self, forKey: .specific)
        remedied = try c.decodeIfPresent(Bool.self, forKey: .remedied)
    }
}
