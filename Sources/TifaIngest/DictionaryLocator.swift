import Foundation
import TifaCore

/// Finds the shipped `Dictionaries/` folder: `$TIFA_DICTIONARIES`, else the nearest `Dictionaries/` above the
/// working directory, the executable, or this package's sources.
enum DictionaryLocator {
    static func folder(_ name: String) throws(TifaError) -> String {
        let fm = FileManager.default
        var starts: [URL] = []
        if let env = ProcessInfo.processInfo.environment["TIFA_DICTIONARIES"], !env.isEmpty {
            let url = URL(fileURLWithPath: env).appendingPathComponent(name)
            if fm.fileExists(atPath: url.path) { return url.path }
            throw TifaError(code: "dictionary.missing", file: url.path,
                            message: "TIFA_DICTIONARIES is set but has no \(name) folder")
        }
        starts.append(URL(fileURLWithPath: fm.currentDirectoryPath))
        if let exe = Bundle.main.executableURL { starts.append(exe.resolvingSymlinksInPath().deletingLastPathComponent()) }
        starts.append(URL(fileURLWithPath: #filePath).deletingLastPathComponent())
        for start in starts {
            var dir = start
            for _ in 0..<8 {
                let candidate = dir.appendingPathComponent("Dictionaries").appendingPathComponent(name)
                if fm.fileExists(atPath: candidate.path) { return candidate.path }
                let parent = dir.deletingLastPathComponent()
                if parent.path == dir.path { break }
                dir = parent
            }
        }
        throw TifaError(code: "dictionary.missing", file: "Dictionaries/\(name)",
                        message: "cannot find the Dictionaries/\(name) folder; set TIFA_DICTIONARIES to the Dictionaries folder")
    }
}
