import Foundation
import TifaCore

/// The word lists the discovery rules read (`Dictionaries/discovery/*.tsv`): numerals, measure words,
/// formula-announcing words, quote pairs, numeral abbreviations and quote-class cues. See Dictionaries/README.md.
public struct DiscoveryLists: Sendable {
    public let numerals: ChineseNumerals
    /// Measure words by kind (`count`, `time`, `unit`, `formula`).
    public let measures: [Unicode.Scalar: String]
    /// Formula words by role (`before`, `after`, `head`, `plan`, `ordinal`).
    public let formulaWords: [String: [String]]
    /// Quotation pairs: opener → (closer, class `quote` | `ascii` | `title`).
    public let quotePairs: [Unicode.Scalar: (close: Unicode.Scalar, kind: String)]
    /// Numeral abbreviations: form → (class, exclusions).
    public let abbreviations: [String: (kind: String, except: [String])]
    /// Quote-class cues by class (`name-head`, `saying`, `proverb`, `metaphor-head`, `directional`).
    public let quoteCues: [String: [String]]
    /// Name, version and SHA-256 of every list file, for outputs.
    public let stamps: [CodebookStamp]

    static let files = ["measures", "formula-words", "quote-pairs", "numeral-abbreviations", "quote-classes"]

    /// Loads and checks the lists of a `discovery` folder; every problem of every file is reported at once.
    public init(folder: URL) throws(TifaError) {
        var problems: [Diagnostic] = []
        var lists: [String: DataList] = [:]
        var numerals: ChineseNumerals? = nil
        do { numerals = try ChineseNumerals.load(path: folder.appendingPathComponent("numerals.tsv").path) }
        catch { problems += error.diagnostics }
        for name in Self.files {
            // A formula word may have several roles (要求 after N个X and as a head): unique by word and role.
            let (list, found) = DataList.read(path: folder.appendingPathComponent("\(name).tsv").path,
                                              keyColumns: name == "formula-words" ? 2 : 1)
            lists[name] = list
            problems += found
        }
        guard let numerals, let measureList = lists["measures"],
              let wordList = lists["formula-words"], let pairList = lists["quote-pairs"],
              let abbreviationList = lists["numeral-abbreviations"], let cueList = lists["quote-classes"]
        else { throw TifaError(problems) }
        func values(_ list: DataList, column: Int, allowed: Set<String>) -> [(DataList.Row, String)] {
            list.rows.compactMap { row in
                guard allowed.contains(row[column]) else {
                    problems.append(list.problem(row, "unknown \(list.columns[safe: column] ?? "value") `\(row[column])` "
                                                 + "(allowed: \(allowed.sorted().joined(separator: ", ")))"))
                    return nil
                }
                return (row, row[column])
            }
        }
        var measures: [Unicode.Scalar: String] = [:]
        for (row, kind) in values(measureList, column: 1, allowed: ["count", "time", "unit", "formula"]) {
            let s = Array(row[0].unicodeScalars)
            if s.count == 1 { measures[s[0]] = kind } else { problems.append(measureList.problem(row, "a measure word is one character")) }
        }
        var words: [String: [String]] = [:]
        for (row, role) in values(wordList, column: 1, allowed: ["before", "after", "head", "plan", "ordinal"]) {
            words[role, default: []].append(row[0])
        }
        var pairs: [Unicode.Scalar: (close: Unicode.Scalar, kind: String)] = [:]
        for (row, kind) in values(pairList, column: 2, allowed: ["quote", "ascii", "title"]) {
            let open = Array(row[0].unicodeScalars), close = Array(row[1].unicodeScalars)
            guard open.count == 1, close.count == 1 else {
                problems.append(pairList.problem(row, "an opener and a closer are one character each"))
                continue
            }
            pairs[open[0]] = (close[0], kind)
        }
        var abbreviations: [String: (kind: String, except: [String])] = [:]
        for (row, kind) in values(abbreviationList, column: 1, allowed: ["abbreviation", "pair"]) {
            let except = row[2].split(separator: ",").map { $0.trimmingCharacters(in: .whitespaces) }
            if let bad = except.first(where: { !$0.contains(row[0]) }) {
                problems.append(abbreviationList.problem(row, "exception `\(bad)` does not contain `\(row[0])`"))
            }
            abbreviations[row[0]] = (kind, except)
        }
        var cues: [String: [String]] = [:]
        for (row, kind) in values(cueList, column: 1,
                                  allowed: ["name-head", "saying", "proverb", "metaphor-head", "directional", "role", "not-role", "problem-after", "rank"]) {
            if kind == "rank" && row[0].unicodeScalars.count != 1 {
                problems.append(cueList.problem(row, "a `rank` cue is one character"))
            }
            cues[kind, default: []].append(row[0])
        }
        guard problems.isEmpty else { throw TifaError(problems) }
        self.numerals = numerals
        self.measures = measures
        formulaWords = words
        quotePairs = pairs
        self.abbreviations = abbreviations
        quoteCues = cues
        stamps = ([numerals.list] + Self.files.compactMap { lists[$0] }).map { CodebookStamp(name: $0.name, version: $0.version, sha256: $0.sha256) }
    }

    /// Words of a formula role, longest first.
    func words(_ role: String) -> [[Unicode.Scalar]] {
        (formulaWords[role] ?? []).map { Array($0.unicodeScalars) }.sorted { $0.count > $1.count }
    }

    // MARK: the process-wide lists

    private static let cache = LoadOnce<DiscoveryLists>()

    /// The lists of the Dictionaries folder (explicit, else found by `DictionariesFolder`); loaded once per folder.
    public static func standard(dictionaries: URL? = nil) throws(TifaError) -> DiscoveryLists {
        let folder = try DictionariesFolder.subfolder("discovery", explicit: dictionaries)
        return try cache.get(folder.path) { () throws(TifaError) in try DiscoveryLists(folder: folder) }
    }

    /// The lists the discovery rules read: the first loaded in this process, else those of the default Dictionaries
    /// folder. A missing or broken list there stops the process with its file and line (installation data).
    static var active: DiscoveryLists {
        if let first = cache.first { return first }
        do { return try standard() } catch { preconditionFailure("discovery lists: \(error)") }
    }
}

extension Array {
    subscript(safe i: Int) -> Element? { indices.contains(i) ? self[i] : nil }
}
