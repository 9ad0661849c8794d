import Foundation
import TifaCore

/// Finds the codebooks shipped in the repository's `Dictionaries/codebooks` folder.
public enum BuiltinCodebooks {
    /// The folder holding the shipped codebooks: `$TIFA_DICTIONARIES/codebooks`, else the first
    /// `Dictionaries/codebooks` found walking up from the executable, the working directory, or this source file.
    public static func directory() -> String? {
        let fm = FileManager.default
        if let env = ProcessInfo.processInfo.environment["TIFA_DICTIONARIES"] {
            let dir = (env as NSString).appendingPathComponent("codebooks")
            return fm.fileExists(atPath: dir) ? dir : nil
        }
        var starts: [URL] = []
        if let exe = Bundle.main.executableURL { starts.append(exe.resolvingSymlinksInPath().deletingLastPathComponent()) }
        starts.append(URL(fileURLWithPath: fm.currentDirectoryPath))
        starts.append(URL(fileURLWithPath: #filePath).deletingLastPathComponent())
        for start in starts {
            var dir = start
            for _ in 0..<8 {
                let candidate = dir.appendingPathComponent("Dictionaries/codebooks").path
                if fm.fileExists(atPath: candidate) { return candidate }
                let parent = dir.deletingLastPathComponent()
                if parent.path == dir.path { break }
                dir = parent
            }
        }
        return nil
    }

    /// The shipped codebook files, sorted; throws when the folder cannot be found.
    public static func files() throws(TifaError) -> [String] {
        guard let dir = directory() else {
            throw TifaError(code: "codebook.builtin-missing", file: "Dictionaries/codebooks",
                            message: "cannot find the shipped codebooks; set TIFA_DICTIONARIES to the Dictionaries folder")
        }
        return try CodebookLoader.files(in: [dir])
    }

    /// Shipped codebooks followed by the user's (`--dict FILE|DIR`), loaded and validated together.
    public static func load(userPaths: [String] = [], includeBuiltin: Bool = true) throws(TifaError) -> [Codebook] {
        var files = includeBuiltin ? try Self.files() : []
        files += try CodebookLoader.files(in: userPaths)
        return try CodebookLoader.load(files: files)
    }
}
