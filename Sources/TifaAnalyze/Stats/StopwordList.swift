import Foundation
import TifaCore

/// A list of stopwords (function words) used to flag terms, loaded from a versioned data file
/// (`Dictionaries/stopwords/*.txt`: `# name:` and `# version:` header lines, then one word per line).
public struct StopwordList: Sendable {
    /// Name, version and content hash of the file.
    public let stamp: DataStamp
    /// The words.
    public let words: Set<String>
    private let keys: Set<TermKey>

    public init(stamp: DataStamp, words: Set<String>) {
        self.stamp = stamp
        self.words = words
        keys = Set(words.map(TermKey.init))
    }

    /// Whether a term is a stopword.
    public func contains(_ term: String) -> Bool { keys.contains(TermKey(term)) }

    /// Loads and validates a list; every problem is reported at once, with file and line.
    public static func load(path: String) throws -> StopwordList {
        guard let data = FileManager.default.contents(atPath: path) else {
            throw TifaError(code: "stopwords.unreadable", file: path, message: "cannot read the stopword list \(path)")
        }
        guard let text = String(data: data, encoding: .utf8) else {
            throw TifaError(code: "stopwords.encoding", file: path, message: "the stopword list is not UTF-8")
        }
        var name: String?, version: String?
        var words: Set<String> = []
        var problems: [Diagnostic] = []
        for (i, raw) in text.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
            let line = raw.trimmingCharacters(in: .whitespaces)
            if line.isEmpty { continue }
            if line.hasPrefix("#") {
                let body = line.dropFirst().trimmingCharacters(in: .whitespaces)
                if body.hasPrefix("name:") { name = body.dropFirst(5).trimmingCharacters(in: .whitespaces) }
                if body.hasPrefix("version:") { version = body.dropFirst(8).trimmingCharacters(in: .whitespaces) }
                continue
            }
            if line.unicodeScalars.contains(where: { $0.properties.isWhitespace }) {
                problems.append(Diagnostic(code: "stopwords.bad-line", file: path, line: i + 1,
                                           message: "a stopword must be one word without spaces: '\(line)'"))
            } else if !words.insert(line).inserted {
                problems.append(Diagnostic(code: "stopwords.duplicate", file: path, line: i + 1,
                                           message: "duplicate stopword '\(line)'"))
            }
        }
        if name == nil || version == nil {
            problems.append(Diagnostic(code: "stopwords.header", file: path, line: 1,
                                       message: "the stopword list needs '# name:' and '# version:' header lines"))
        }
        if !problems.isEmpty { throw TifaError(problems) }
        return StopwordList(stamp: DataStamp(name: name ?? "", version: version ?? "", sha256: ContentHash.sha256(data)),
                            words: words)
    }
}

/// Whether a term is made of punctuation and symbols only.
public enum PunctuationTest {
    /// True when every scalar is punctuation or a symbol (Unicode general categories P* and S*).
    public static func isPunctuation(_ term: String) -> Bool {
        guard !term.isEmpty else { return false }
        return term.unicodeScalars.allSatisfy { s in
            switch s.properties.generalCategory {
            case .connectorPunctuation, .dashPunctuation, .openPunctuation, .closePunctuation, .initialPunctuation,
                 .finalPunctuation, .otherPunctuation, .mathSymbol, .currencySymbol, .modifierSymbol, .otherSymbol:
                return true
            default:
                return false
            }
        }
    }
}
