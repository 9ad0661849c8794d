import Foundation
import TifaCore
import TifaScript

/// Loads the default lexicons of the Dictionaries folder (`Dictionaries/lexicons/*.txt`), found as
/// `DictionariesFolder.locate(explicit:)` finds it.
public enum DefaultLexicons {
    /// The lexicon files of a Dictionaries folder: `lexicons/*.txt`, sorted by name.
    public static func lexiconFiles(in dictionaries: URL) throws(TifaError) -> [URL] {
        let folder = dictionaries.appendingPathComponent("lexicons")
        let names: [String]
        do { names = try FileManager.default.contentsOfDirectory(atPath: folder.path) } catch {
            throw TifaError(code: "lexicon.unreadable", file: folder.path, message: "cannot list lexicons: \(error)", cause: error)
        }
        return names.filter { $0.hasSuffix(".txt") }.sorted().map { folder.appendingPathComponent($0) }
    }

    /// Loads every default lexicon of the Dictionaries folder (found as `DictionariesFolder.locate(explicit:)` does).
    public static func load(dictionaries: URL? = nil) throws(TifaError) -> [Lexicon] {
        let folder = try DictionariesFolder.locate(explicit: dictionaries)
        var lexicons: [Lexicon] = []
        for file in try lexiconFiles(in: folder) { lexicons.append(try Lexicon(contentsOf: file)) }
        return lexicons
    }

    /// As `load(dictionaries:)`, but each folder's lexicons are read once per process and then reused
    /// (the general lexicon is 5 MB: about 0.1 s to load in a release build, 1 s in a debug build).
    public static func loadCached(dictionaries: URL? = nil) throws(TifaError) -> [Lexicon] {
        let folder = try DictionariesFolder.locate(explicit: dictionaries).standardizedFileURL.path
        if let cached = LexiconCache.shared.lexicons(for: folder) { return cached }
        let lexicons = try load(dictionaries: URL(fileURLWithPath: folder))
        LexiconCache.shared.store(lexicons, for: folder)
        return lexicons
    }
}

/// Default lexicons already read in this process, by Dictionaries folder.
private final class LexiconCache: @unchecked Sendable {
    static let shared = LexiconCache()
    private let lock = NSLock()
    private var byFolder: [String: [Lexicon]] = [:]

    func lexicons(for folder: String) -> [Lexicon]? { lock.withLock { byFolder[folder] } }
    func store(_ lexicons: [Lexicon], for folder: String) { lock.withLock { byFolder[folder] = lexicons } }
}

extension Segmenter {
    /// A segmenter over the default lexicons (read once per process) plus `extra` ones (user lexicons, codebook
    /// terms), segmenting traditional text through its simplified projection with the folder's
    /// `normalize/t2s-overrides.tsv`.
    public static func makeDefault(dictionaries: URL? = nil, extra: [Lexicon] = []) throws(TifaError) -> Segmenter {
        Segmenter(lexicons: try DefaultLexicons.loadCached(dictionaries: dictionaries) + extra,
                  projection: try DefaultLexicons.projection(dictionaries: dictionaries))
    }
}

extension DefaultLexicons {
    /// The traditional → simplified projection with the Dictionaries folder's `normalize/t2s-overrides.tsv` (no
    /// overrides when the folder has no such file).
    public static func projection(dictionaries: URL? = nil) throws(TifaError) -> SimplifiedProjection {
        let folder = try DictionariesFolder.locate(explicit: dictionaries)
        let path = folder.appendingPathComponent("normalize/t2s-overrides.tsv").path
        let overrides = FileManager.default.fileExists(atPath: path) ? try ScriptOverrides(contentsOf: path) : nil
        do { return try SimplifiedProjection(overrides: overrides) } catch {
            throw TifaError(code: "icu.failure", file: path, message: "cannot build the traditional → simplified tables: \(error)")
        }
    }
}
