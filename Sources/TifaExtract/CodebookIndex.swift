import Foundation
import TifaCore

/// The codebooks merged and compiled for matching: entries, criteria sets, cues and one automaton over all of
/// their strings. Build once, share between threads.
public final class CodebookIndex: Sendable {
    /// What a matched string stands for.
    public enum Target: Sendable, Hashable {
        /// An entry (vocabulary or problem), by index into `entries`.
        case entry(Int)
        /// A criteria set's name, by index into `criteriaSets`.
        case setName(Int)
        /// A criteria set's item.
        case item(set: Int, item: Int)
        /// A stance cue, by index into `cues`.
        case cue(Int)
    }

    /// Separators allowed between the parts of a `parts` variant.
    public static let partSeparators = ["", ",", "、", ";", "和", "与", "及", "以及", "或"]

    public let codebooks: [Codebook]
    /// Entries of all codebooks; `extends` entries are folded into the entry they extend.
    public let entries: [CodebookEntry]
    /// The codebook name of each entry.
    public let entryCodebook: [String]
    public let criteriaSets: [CriteriaSetDefinition]
    public let criteriaSetCodebook: [String]
    public let cues: [StanceCue]
    public let formulaExclusions: Set<String>

    enum Role: Sendable {
        case term(Target)
        case exclusion(Target)
        case anchor(Target, regex: Int)
    }

    let automaton: AhoCorasick
    /// Roles of each automaton pattern (several when the same string serves several targets).
    let roles: [[Role]]
    let regexes: [RegexBox]
    let patternStrings: [String]

    /// Merges and compiles codebooks (already validated by `CodebookLoader`).
    public init(codebooks: [Codebook]) {
        self.codebooks = codebooks
        var entries: [CodebookEntry] = [], entryBook: [String] = [], byName: [String: Int] = [:]
        var sets: [CriteriaSetDefinition] = [], setBook: [String] = []
        var cues: [StanceCue] = [], exclusions: Set<String> = []
        for book in codebooks {
            for entry in book.entries {
                if entry.extends, let i = byName[entry.name] {
                    entries[i].variants += entry.variants
                    entries[i].exclusions += entry.exclusions
                    continue
                }
                byName[entry.name] = entries.count
                entries.append(entry)
                entryBook.append(book.name)
            }
            sets += book.criteriaSets
            setBook += book.criteriaSets.map { _ in book.name }
            cues += book.cues
            exclusions.formUnion(book.formulaExclusions)
        }
        self.entries = entries
        entryCodebook = entryBook
        criteriaSets = sets
        criteriaSetCodebook = setBook
        self.cues = cues
        formulaExclusions = exclusions

        var builder = PatternBuilder()
        for (i, entry) in entries.enumerated() {
            builder.add(entry.variants, for: .entry(i))
            for x in entry.exclusions { builder.add(x, role: .exclusion(.entry(i))) }
        }
        for (s, set) in sets.enumerated() {
            for name in set.names { builder.add(name, role: .term(.setName(s))) }
            for x in set.exclusions { builder.add(x, role: .exclusion(.setName(s))) }
            for (k, item) in set.items.enumerated() { builder.add(item.variants, for: .item(set: s, item: k)) }
        }
        for (c, cue) in cues.enumerated() {
            builder.add(cue.text, role: .term(.cue(c)))
            for x in cue.exclusions { builder.add(x, role: .exclusion(.cue(c))) }
        }
        automaton = AhoCorasick(patterns: builder.patterns)
        roles = builder.roles
        regexes = builder.regexes
        patternStrings = builder.strings
    }

    /// Every literal string that stands for a term (variants, part joinings, set names, items), sorted and
    /// unique: add them to a segmenter's lexicon so each matched term is one token.
    public var lexiconTerms: [String] {
        var result: Set<String> = []
        for (p, roleList) in roles.enumerated() {
            for role in roleList {
                if case .term(let t) = role, case .cue = t { continue }
                if case .term = role { result.insert(string(ofPattern: p)) }
            }
        }
        return result.sorted()
    }

    private func string(ofPattern p: Int) -> String { patternStrings[p] }
}
