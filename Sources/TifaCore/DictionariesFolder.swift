import Foundation

/// Finds the `Dictionaries` folder that holds Tifa's data (lexicons, codebooks, cleaning rules, stopwords).
///
/// Search order: an explicit folder; the `TIFA_DICTIONARIES` environment variable; a `Dictionaries` folder in the
/// executable's folder or any folder above it; the same upward from the current directory; finally the source
/// checkout this library was built from.
public enum DictionariesFolder {
    /// The environment variable naming the Dictionaries folder.
    public static let environmentVariable = "TIFA_DICTIONARIES"

    /// The Dictionaries folder, or a `TifaError` (code `dictionaries.not-found`) saying where it looked.
    public static func locate(explicit: URL? = nil) throws(TifaError) -> URL {
        if let explicit {
            guard isDictionaries(explicit) else {
                throw TifaError(code: "dictionaries.not-found", file: explicit.path,
                                message: "not a Dictionaries folder (it has no lexicons/ folder)")
            }
            return explicit
        }
        if let env = ProcessInfo.processInfo.environment[environmentVariable], !env.isEmpty {
            let url = URL(fileURLWithPath: env)
            guard isDictionaries(url) else {
                throw TifaError(code: "dictionaries.not-found", file: env,
                                message: "\(environmentVariable) is not a Dictionaries folder (it has no lexicons/ folder)")
            }
            return url
        }
        var starts: [URL] = []
        if let exe = Bundle.main.executableURL { starts.append(exe.resolvingSymlinksInPath().deletingLastPathComponent()) }
        starts.append(URL(fileURLWithPath: FileManager.default.currentDirectoryPath))
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
        throw TifaError(code: "dictionaries.not-found", file: FileManager.default.currentDirectoryPath,
                        message: "no Dictionaries folder found; set \(environmentVariable) or pass its path")
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
