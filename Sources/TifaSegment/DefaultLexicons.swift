import Foundation
import TifaCore

/// Finds the shipped `Dictionaries` folder and loads the default lexicons in it (`Dictionaries/lexicons/*.txt`).
///
/// Search order: an explicit URL; the `TIFA_DICTIONARIES` environment variable; a `Dictionaries` folder holding
/// `lexicons/` in the executable's folder or any folder above it; the same upward from the current directory;
/// finally the source checkout this library was built from.
public enum DefaultLexicons {
    /// The environment variable naming the Dictionaries folder.
    public static let environmentVariable = "TIFA_DICTIONARIES"

    /// The Dictionaries folder, or a `TifaError` saying where it looked.
    public static func dictionariesFolder(explicit: URL? = nil) throws(TifaError) -> URL {
        let fm = FileManager.default
        func isDictionaries(_ url: URL) -> Bool {
            var isDir: ObjCBool = false
            return fm.fileExists(atPath: url.appendingPathComponent("lexicons").path, isDirectory: &isDir) && isDir.boolValue
        }
        if let explicit {
            guard isDictionaries(explicit) else {
                throw TifaError(code: "lexicon.no-dictionaries", file: explicit.path,
                                message: "not a Dictionaries folder (it has no lexicons/ folder)")
            }
            return explicit
        }
        if let env = ProcessInfo.processInfo.environment[environmentVariable], !env.isEmpty {
            let url = URL(fileURLWithPath: env)
            guard isDictionaries(url) else {
                throw TifaError(code: "lexicon.no-dictionaries", file: env,
                                message: "\(environmentVariable) is not a Dictionaries folder (it has no lexicons/ folder)")
            }
            return url
        }
        var starts: [URL] = []
        if let exe = Bundle.main.executableURL { starts.append(exe.resolvingSymlinksInPath().deletingLastPathComponent()) }
        starts.append(URL(fileURLWithPath: fm.currentDirectoryPath))
        starts.append(URL(fileURLWithPath: #filePath).deletingLastPathComponent())
        for start in starts {
            var dir = start.standardizedFileURL
            while true {
                let candidate = dir.appendingPathComponent("Dictionaries")
                if isDictionaries(candidate) { return candidate }
                let parent = dir.deletingLastPathComponent()
                if parent.path == dir.path { break }
                dir = parent
            }
        }
        throw TifaError(code: "lexicon.no-dictionaries", file: fm.currentDirectoryPath,
                        message: "no Dictionaries folder found; set \(environmentVariable) or pass its path")
    }

    /// The lexicon files of a Dictionaries folder: `lexicons/*.txt`, sorted by name.
    public static func lexiconFiles(in dictionaries: URL) throws(TifaError) -> [URL] {
        let folder = dictionaries.appendingPathComponent("lexicons")
        let names: [String]
        do { names = try FileManager.default.contentsOfDirectory(atPath: folder.path) } catch {
            throw TifaError(code: "lexicon.unreadable", file: folder.path, message: "cannot list lexicons: \(error)")
        }
        return names.filter { $0.hasSuffix(".txt") }.sorted().map { folder.appendingPathComponent($0) }
    }

    /// Loads every default lexicon of the Dictionaries folder (found as `dictionariesFolder(explicit:)` does).
    public static func load(dictionaries: URL? = nil) throws(TifaError) -> [Lexicon] {
        let folder = try dictionariesFolder(explicit: dictionaries)
        var lexicons: [Lexicon] = []
        for file in try lexiconFiles(in: folder) { lexicons.append(try Lexicon(contentsOf: file)) }
        return lexicons
    }

    /// As `load(dictionaries:)`, but each folder's lexicons are read once per process and then reused
    /// (the general lexicon is 5 MB: about 0.1 s to load in a release build, 1 s in a debug build).
    public static func loadCached(dictionaries: URL? = nil) throws(TifaError) -> [Lexicon] {
        let folder = try dictionariesFolder(explicit: dictionaries).standardizedFileURL.path
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
    /// terms).
    public static func makeDefault(dictionaries: URL? = nil, extra: [Lexicon] = []) throws(TifaError) -> Segmenter {
        Segmenter(lexicons: try DefaultLexicons.loadCached(dictionaries: dictionaries) + extra)
    }
}
