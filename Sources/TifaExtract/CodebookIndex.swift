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
    public static let partSeparators = ["", ",", "\u{3001}", ";", "和", "与", "及", "以及", "或"]

    public let codebooks: [Codebook]
    /// Entries of all codebooks; `extends` entries are folded into the entry they extend.
    public let entries: [CodebookEntry]
    /// The codebook name of each entry.
    public let entryCodebook: [String]
    public let criteriaSets: [CriteriaSetDefinition]
    public let criteriaSetCodebook: [String]
    public let cues: [StanceCue]
    public let formulaExclusions: Set<String>
    /// Canonical names of the problem categories.
    public let problemNames: Set<String>
    /// Whether each entry is a problem category (by entry index).
    let isProblem: [Bool]
    /// Whether each entry's matches are reported as slogans of kind `codebook`: vocabulary from YAML codebooks,
    /// not problem wordings and not plain term lists (those are for counting terms).
    let isSloganVocabulary: [Bool]

    /// What an automaton pattern does; targets are dense ids into `targets`.
    enum Role: Sendable {
        case term(Int)
        case exclusion(Int)
        case anchor(Int, regex: Int)
        case gapAnchor(Int, gap: Int)
        case cue(Int)
    }

    /// The terms' strings (with their exclusions and regex anchors), scanned over every text.
    let automaton: AhoCorasick
    /// Roles of pattern p: `roles[roleStart[p] ..< roleStart[p + 1]]` (several when one string serves several targets).
    let roles: [Role]
    let roleStart: [Int32]
    /// Targets by dense id.
    let targets: [Target]
    /// The stance cues' strings (with their exclusions), scanned only in the sentences a stance is decided for:
    /// cues are common words (不, 要, 存在), so scanning them everywhere would cost more than the terms.
    let cuePatterns: CuePatterns
    let regexes: [RegexBox]
    let gaps: [(parts: [[Unicode.Scalar]], maxGap: Int)]

    /// Merges and compiles codebooks (already validated by `CodebookLoader`).
    public init(codebooks: [Codebook]) {
        self.codebooks = codebooks
        var entries: [CodebookEntry] = [], entryBook: [String] = [], byName: [String: Int] = [:]
        var fromTermList: [Bool] = []
        var sets: [CriteriaSetDefinition] = [], setBook: [String] = []
        var cues: [StanceCue] = [], exclusions: Set<String> = []
        for book in codebooks {
            for entry in book.entries {
                if entry.extends || book.isTermList, let i = byName[entry.name] {
                    entries[i].variants += entry.variants
                    entries[i].exclusions += entry.exclusions
                    continue
                }
                byName[entry.name] = entries.count
                entries.append(entry)
                entryBook.append(book.name)
                fromTermList.append(book.isTermList)
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
        isProblem = entries.map { $0.category == problemCategory }
        isSloganVocabulary = entries.indices.map { !fromTermList[$0] && entries[$0].category != problemCategory }
        problemNames = Set(entries.filter { $0.category == problemCategory }.map(\.name))

        var builder = PatternBuilder()
        for (i, entry) in entries.enumerated() {
            builder.add(entry.variants, for: .entry(i))
            for x in entry.exclusions { builder.add(x, role: .exclusion(builder.id(.entry(i)))) }
        }
        for (s, set) in sets.enumerated() {
            for name in set.names { builder.add(name, role: .term(builder.id(.setName(s)))) }
            for x in set.exclusions { builder.add(x, role: .exclusion(builder.id(.setName(s)))) }
            for (k, item) in set.items.enumerated() {
                builder.add(item.variants, for: .item(set: s, item: k))
                for x in item.exclusions { builder.add(x, role: .exclusion(builder.id(.item(set: s, item: k)))) }
            }
        }
        cuePatterns = CuePatterns(cues: cues)
        automaton = AhoCorasick(patterns: builder.patterns)
        var flat: [Role] = [], starts: [Int32] = [0]
        for list in builder.roles {
            flat += list
            starts.append(Int32(flat.count))
        }
        roles = flat
        roleStart = starts
        targets = builder.targets
        regexes = builder.regexes
        gaps = builder.gaps
        var terms: [String] = []
        for p in 0..<builder.strings.count
        where (Int(starts[p])..<Int(starts[p + 1])).contains(where: { if case .term = flat[$0] { return true } else { return false } }) {
            terms.append(builder.strings[p])
        }
        lexiconTerms = terms.sorted()
    }

    /// Every literal string that stands for a term (variants, part joinings, set names, items), sorted and
    /// unique: add them to a segmenter's lexicon so each matched term is one token.
    public let lexiconTerms: [String]

}
