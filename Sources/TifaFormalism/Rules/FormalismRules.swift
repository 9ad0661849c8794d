import Foundation
import TifaCore
import TifaExtract
import TifaICU
import TifaIngest

/// The cue lists of the formalism measures, loaded from `Dictionaries/formalism/` (`cues.tsv`,
/// `stock-phrases.txt`), validated on load (errors name file and line) and stamped with version and hash.
public struct FormalismRules: Sendable {
    /// The classes of `cues.tsv` (see its header and Dictionaries/README.md).
    public enum CueClass: String, CaseIterable, Sendable {
        case planHeading = "plan-heading", reportHeading = "report-heading", promise, notPromise = "not-promise"
        case quantity, notQuantity = "not-quantity", unit, deliverable, deadline, place, example
        case numberWithUnit = "number-with-unit", date
    }

    /// Each class's patterns, as one alternation per class.
    public let patterns: [CueClass: String]
    /// The stock phrases, in file order.
    public let stockPhrases: [String]
    /// Name, version and SHA-256 of the two files.
    public let stamps: [CodebookStamp]

    public init(patterns: [CueClass: String], stockPhrases: [String], stamps: [CodebookStamp] = []) {
        self.patterns = patterns
        self.stockPhrases = stockPhrases
        self.stamps = stamps
    }

    /// Loads the shipped files from the Dictionaries folder (found as for every command).
    public static func shipped(dictionaries: URL? = nil) throws(TifaError) -> FormalismRules {
        let folder = try DictionariesFolder.locate(explicit: dictionaries).appendingPathComponent("formalism")
        return try load(cues: folder.appendingPathComponent("cues.tsv").path,
                        stockPhrases: folder.appendingPathComponent("stock-phrases.txt").path)
    }

    /// Loads and validates the two files.
    public static func load(cues: String, stockPhrases: String) throws(TifaError) -> FormalismRules {
        let cueText = try DataFileHeader.read(cues)
        let cueFile = try DataFileHeader(text: cueText, file: cues, format: "tifa-formalism-cues")
        var byClass: [CueClass: [String]] = [:]
        var problems: [Diagnostic] = []
        for (line, text) in cueFile.dataLines {
            let fields = text.split(separator: "\t", omittingEmptySubsequences: false).map(String.init)
            guard fields.count >= 2, let cls = CueClass(rawValue: fields[0]), !fields[1].isEmpty else {
                problems.append(Diagnostic(code: "dictionary.bad-line", file: cues, line: line,
                    message: "expected CLASS<TAB>PATTERN[<TAB>NOTE] with CLASS one of \(CueClass.allCases.map(\.rawValue).joined(separator: ", "))"))
                continue
            }
            do {
                _ = try ICURegex(fields[1])
            } catch {
                problems.append(Diagnostic(code: "dictionary.bad-line", file: cues, line: line,
                                           message: "the pattern does not compile: \(error)"))
                continue
            }
            byClass[cls, default: []].append(fields[1])
        }
        let stockText = try DataFileHeader.read(stockPhrases)
        let stockFile = try DataFileHeader(text: stockText, file: stockPhrases, format: "tifa-stock-phrases")
        var phrases: [String] = []
        var seen: [String: Int] = [:]
        for (line, text) in stockFile.dataLines {
            let phrase = text.trimmingCharacters(in: .whitespaces)
            if phrase.contains("\t") || phrase.isEmpty {
                problems.append(Diagnostic(code: "dictionary.bad-line", file: stockPhrases, line: line, message: "expected one phrase per line"))
            } else if let first = seen[phrase] {
                problems.append(Diagnostic(code: "dictionary.duplicate", file: stockPhrases, line: line,
                                           message: "\(phrase) is already listed at line \(first)"))
            } else {
                seen[phrase] = line
                phrases.append(phrase)
            }
        }
        for cls in CueClass.allCases where byClass[cls] == nil {
            problems.append(Diagnostic(code: "dictionary.bad-line", file: cues, message: "no pattern of class \(cls.rawValue)"))
        }
        if !problems.isEmpty { throw TifaError(problems) }
        let patterns = byClass.mapValues { $0.count == 1 ? $0[0] : $0.map { "(?:\($0))" }.joined(separator: "|") }
        let stamps = [CodebookStamp(name: "formalism-cues", version: cueFile.version, sha256: ContentHash.sha256(Array(cueText.utf8))),
                      CodebookStamp(name: "stock-phrases", version: stockFile.version, sha256: ContentHash.sha256(Array(stockText.utf8)))]
        return FormalismRules(patterns: patterns, stockPhrases: phrases, stamps: stamps)
    }
}
