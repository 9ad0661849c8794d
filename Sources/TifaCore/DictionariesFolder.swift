import Foundation

/// Finds the `Dictionaries` folder that holds Tifa's data (lexicons, codebooks, cleaning rules, stopwords).
///
/// Search order: an explicit folder (`--dictionaries`); the `TIFA_DICTIONARIES` environment variable; next to
/// the executable: a `Dictionaries` folder in the executable's folder or any folder above it (so
/// `.build/release/tifa` in a checkout finds the checkout's), then `../share/tifa/Dictionaries` (an installed
/// layout). Never the source tree the library was compiled from, never the current directory.
public enum DictionariesFolder {
    /// The environment variable naming the Dictionaries folder.
    public static let environmentVariable = "TIFA_DICTIONARIES"

    /// The Dictionaries folder, or a `TifaError` (code `dictionaries.not-found`) saying where it looked.
    public static func locate(explicit: URL? = nil) throws(TifaError) -> URL {
        try locate(explicit: explicit, environment: ProcessInfo.processInfo.environment[environmentVariable],
                   executable: Bundle.main.executableURL)
    }

    /// The search with its three sources given (for tests).
    static func locate(explicit: URL?, environment: String?, executable: URL?) throws(TifaError) -> URL {
        if let explicit {
            guard isDictionaries(explicit) else {
                throw TifaError(code: "dictionaries.not-found", file: explicit.path,
                                message: "not a Dictionaries folder (it has no lexicons/ folder)")
            }
            return explicit
        }
        if let environment, !environment.isEmpty {
            let url = URL(fileURLWithPath: environment)
            guard isDictionaries(url) else {
                throw TifaError(code: "dictionaries.not-found", file: environment,
                                message: "\(environmentVariable) is not a Dictionaries folder (it has no lexicons/ folder)")
            }
            return url
        }
        guard let executable else {
            throw TifaError(code: "dictionaries.not-found", file: "-",
                            message: "no Dictionaries folder: the executable's location is unknown; pass --dictionaries or set \(environmentVariable)")
        }
        let start = executable.resolvingSymlinksInPath().deletingLastPathComponent().standardizedFileURL
        var dir = start
        while true {
            let candidate = dir.appendingPathComponent("Dictionaries")
            if isDictionaries(candidate) { return candidate }
            let parent = dir.deletingLastPathComponent()
            if parent.path == dir.path { break }
            dir = parent
        }
        let installed = start.deletingLastPathComponent().appendingPathComponent("share/tifa/Dictionaries").standardizedFileURL
        if isDictionaries(installed) { return installed }
        throw TifaError(code: "dictionaries.not-found", file: start.path,
                        message: "no Dictionaries folder in \(start.path) or above it, nor at \(installed.path); pass --dictionaries or set \(environmentVariable)")
    }

    /// A subfolder (`codebooks`, `normalize`, `stopwords` …) of the Dictionaries folder.
    public static func subfolder(_ name: String, explicit: URL? = nil) throws(TifaError) -> URL {
        let url = try locate(explicit: explicit).appendingPathComponent(name)
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: url.path, isDirectory: &isDirectory), isDirectory.boolValue else {
            throw TifaError(code: "dictionaries.not-found", file: url.path, message: "the Dictionaries folder has no \(name)/ folder")
        }
        return url
    }

    private static func isDictionaries(_ url: URL) -> Bool {
        var isDirectory: ObjCBool = false
        return FileManager.default.fileExists(atPath: url.appendingPathComponent("lexicons").path, isDirectory: &isDirectory)
            && isDirectory.boolValue
    }
}
