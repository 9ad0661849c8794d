import Foundation
import TifaCore

/// A list of stopwords (function words) used to flag terms, loaded from a versioned data file
/// (`Dictionaries/stopwords/*.txt`: `# name:` and `# version:` header lines, then one word per line), or the
/// union of several lists (the shipped one and the user's `--stopwords FILE`).
public struct StopwordList: Sendable {
    /// Name, version and content hash of the list (for a union: see `union`).
    public let stamp: DataStamp
    /// The files the list was made from, in the order given.
    public let files: [DataStamp]
    /// The words.
    public let words: Set<String>
    private let keys: Set<TermKey>

    public init(stamp: DataStamp, words: Set<String>, files: [DataStamp]? = nil) {
        self.stamp = stamp
        self.files = files ?? [stamp]
        self.words = words
        keys = Set(words.map(TermKey.init))
    }

    /// The union of several lists. One list keeps its own stamp; otherwise the stamp is named after the lists
    /// (`a+b`, versions likewise) and its hash is the SHA-256 of the sorted words, one per line; no list at
    /// all gives the empty list `none`.
    public static func union(_ lists: [StopwordList]) -> StopwordList {
        if lists.count == 1 { return lists[0] }
        let words = lists.reduce(into: Set<String>()) { $0.formUnion($1.words) }
        let text = words.sorted(by: { $0.unicodeScalars.lexicographicallyPrecedes($1.unicodeScalars) }).joined(separator: "\n")
        let stamp = DataStamp(name: lists.isEmpty ? "none" : lists.map(\.stamp.name).joined(separator: "+"),
                              version: lists.map(\.stamp.version).joined(separator: "+"),
                              sha256: ContentHash.sha256(Data(text.utf8)))
        return StopwordList(stamp: stamp, words: words, files: lists.flatMap(\.files))
    }

    /// Whether a term is a stopword.
    public func contains(_ term: String) -> Bool { keys.contains(TermKey(term)) }

    /// The shipped list (`stopwords/zh.txt` of the Dictionaries folder) unless `includeDefault` is false, and
    /// the user's lists (`--stopwords FILE`), as one union.
    public static func load(dictionaries: URL, files: [String], includeDefault: Bool = true) throws -> StopwordList {
        var lists: [StopwordList] = []
        if includeDefault { lists.append(try load(path: dictionaries.appendingPathComponent("stopwords/zh.txt").path)) }
        for f in files { lists.append(try load(path: f, requireHeader: false)) }
        return union(lists)
    }

    /// Loads and validates a list; every problem is reported at once, with file and line. A user's list
    /// (`requireHeader: false`) may leave out the header: it is then named after the file, with no version.
    public static func load(path: String, requireHeader: Bool = true) throws -> StopwordList {
        guard let data = FileManager.default.contents(atPath: path) else {
            throw TifaError(code: "stopwords.unreadable", file: path, message: "cannot read the stopword list \(path)")
        }
        guard var text = String(data: data, encoding: .utf8) else {
            throw TifaError(code: "stopwords.encoding", file: path, message: "the stopword list is not UTF-8")
        }
        if text.hasPrefix("\u{FEFF}") { text.removeFirst() }
        text = text.replacingOccurrences(of: "\r\n", with: "\n")
        var name: String?, version: String?
        var words: Set<String> = []
        var problems: [Diagnostic] = []
        for (i, raw) in text.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
            let line = raw.trimmingCharacters(in: .whitespacesAndNewlines)
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
        if !requireHeader && name == nil && version == nil {
            name = URL(fileURLWithPath: path).lastPathComponent
            version = ""
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
        return term.unicodeScalars.allSatisfy(ScalarProperties.isPunctuationOrSymbol)
    }
}
