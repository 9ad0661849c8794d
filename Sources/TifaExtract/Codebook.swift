import Foundation
import TifaCore

/// One loaded, validated codebook file: vocabulary and problem entries, criteria sets, stance cues.
public struct Codebook: Sendable {
    /// The `codebook:` name declared in the file.
    public var name: String
    /// The `version:` declared in the file.
    public var version: String
    /// The file as given (path), for diagnostics.
    public var file: String
    /// SHA-256 of the file's bytes.
    public var sha256: String
    public var entries: [CodebookEntry]
    public var criteriaSets: [CriteriaSetDefinition]
    public var cues: [StanceCue]
    /// Numeral expressions that look like formulas but are idioms or counts (千方百计, 三番五次 …).
    public var formulaExclusions: [String]
    /// True for a plain `.txt` term list: a term whose canonical name an earlier codebook already has adds a
    /// variant to that entry instead of clashing with it.
    public var isTermList = false

    /// Name, version and hash for outputs.
    public var stamp: CodebookStamp { CodebookStamp(name: name, version: version, sha256: sha256) }
}

/// The category that marks an entry as a problem category rather than vocabulary.
public let problemCategory = "problem"

/// A codebook entry: a canonical name, its category and the ways documents write it.
public struct CodebookEntry: Sendable {
    /// The canonical name (for problems: the problem category, e.g. 形式主义).
    public var name: String
    /// `problem`, or a free vocabulary category such as `formula`.
    public var category: String
    public var variants: [TermVariant]
    /// Context exclusions: a match lying inside one of these strings is dropped (五个好 in 五个好朋友).
    public var exclusions: [String]
    /// When true, the entry adds variants to the entry of the same name in an earlier codebook.
    public var extends: Bool
    public var notes: String
    public var sources: [String]
    /// 1-based line of the entry in its file.
    public var line: Int
    /// For problem entries: the category reported (`problem:` key; default the entry's name).
    public var problem: String? = nil
    /// For problem entries: the subtype reported (`subtype:` key; 作风问题 → 不作为, 以权谋私 → 腐败 …), or nil.
    public var subtype: String? = nil

    /// The problem category this entry reports.
    public var problemCategory: String { problem ?? name }
}

/// One way of writing a term.
public enum TermVariant: Sendable, Equatable {
    /// An exact string.
    case literal(String)
    /// Parts that may stand side by side or be joined by punctuation or 和/与/及 (重承诺,轻践诺; 松劲和懈怠).
    case parts([String])
    /// A regular expression (Swift Regex syntax); `anchor` is a literal every match contains, used to find
    /// candidates in one pass. The regex is tried on the sentence around each anchor hit. A `{parts, gap}`
    /// variant is stored as the regex `GapPattern.regex(parts:maxGap:)` writes, and matched natively.
    case regex(pattern: String, anchor: String)
}

/// A checklist such as 五个好: its canonical name, how documents name it, and its items.
public struct CriteriaSetDefinition: Sendable {
    public var name: String
    /// Strings that name the set in a document; empty when the set has no name of its own (活动方式).
    public var names: [String]
    /// Context exclusions for the names.
    public var exclusions: [String]
    /// The items, each slot's alternative wordings after it (see `CriteriaItemDefinition.slot`).
    public var items: [CriteriaItemDefinition]
    public var notes: String
    public var sources: [String]
    public var line: Int
}

/// One item of a criteria set: its canonical name and variants (带头遵纪守法 for 带头遵守纪律).
public struct CriteriaItemDefinition: Sendable {
    public var name: String
    public var variants: [TermVariant]
    public var line: Int
    /// For an alternative canonical wording of another item's slot (全面建成小康社会 for 全面建设社会主义现代化国家):
    /// the index of that item in the set; nil for a slot's own item.
    public var slot: Int? = nil
    /// Longer strings in which a variant is a homonym, not the item (党的政治建设 for 政治建设).
    public var exclusions: [String] = []
}

extension CriteriaSetDefinition {
    /// The number of slots (the n of "k of n"): items that are not alternatives of another.
    public var slotCount: Int { items.filter { $0.slot == nil }.count }
    /// The slot an item fills: its own index, or the item it is an alternative of.
    public func slot(of item: Int) -> Int { items[item].slot ?? item }
}

/// A word or heading that decides a problem's stance. See docs/EXTRACTION.md for how cues combine.
public struct StanceCue: Sendable, Equatable {
    /// Where the cue stands relative to the problem wording.
    public enum Position: String, Sendable, CaseIterable {
        /// Anywhere before the wording in the same sentence (nearest wins; same clause is strongest for warned).
        case before
        /// Directly before the wording (不 in 不走过场).
        case immediate
        /// After the wording in the same clause group (严肃追究).
        case after
        /// `text` before and `after` after the wording in the same clause group (对…的,要).
        case frame
        /// A section heading the sentence sits under (存在的主要问题).
        case heading
        /// A counting unit after a number in the clause (查处…问题3起): case statistics.
        case count
        /// Starts a line that heads a problem item (问题1:, 问题2:).
        case lineStart
        /// The first characters of the wording itself (反 in 反腐倡廉, 反腐败).
        case prefix
        /// Anywhere earlier in the sentence, leading a list of problems (存在…的问题,如 …).
        case lead
        /// Before an `after` cue of its class in the same clause, turning the cue into a demand (必须 in
        /// 问题必须得到纠正): the clause prescribes what the cue would report (stance warned, class remedy).
        case demand
        /// Directly before an `after` cue of its class, negating it (没有 in 还没有得到有效纠正): the problem
        /// persists (stance admitted, class persistence).
        case negation
    }

    public var stance: ProblemStance
    public var position: Position
    public var text: String
    /// For frames: the part after the wording.
    public var after: String
    /// Longer strings in which the cue does not count (若 in 若干).
    public var exclusions: [String]
    public var line: Int
    /// The cue's class (warning, prohibition, sanction, remedy, danger, admission, persistence, case-statistics,
    /// self-criticism, problem-heading, hypothesis, rebuttal, overcome, definition; default: the stance's name).
    public var cueClass: String = ""

    /// The frame's after part as scalars.
    var afterScalars: [Unicode.Scalar] { Array(after.unicodeScalars) }

    /// How the cue is named in outputs: the word, or `before…after` for frames.
    public var label: String { position == .frame ? "\(text)\u{2026}\(after)" : text }
}
