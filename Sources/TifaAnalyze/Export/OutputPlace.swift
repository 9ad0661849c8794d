import Foundation
import TifaCore
#if canImport(Glibc)
import Glibc
#endif

/// The rules for where Tifa may write: an output folder is never an input, never holds an input, is never the
/// current folder (or above it), is never a file, a link or a device, and `--force` replaces only a folder Tifa
/// wrote itself (it carries `markerFile`) or an empty one. A file output never replaces anything but a regular file.
public enum OutputPlace {
    /// The file Tifa writes into every output folder; `--force` replaces only folders that have it (or are empty).
    public static let markerFile = ".tifa-output"
    /// The marker's content.
    static let markerText = "This folder was written by tifa; `tifa ... --force` may replace it.\n"

    /// Checks that `folder` may become an output folder for a run reading `inputs`; throws a `TifaError` whose
    /// category is `.cannotCreate` otherwise. Returns whether the folder exists now (and is replaceable).
    @discardableResult
    public static func checkFolder(_ folder: URL, inputs: [URL], force: Bool) throws(TifaError) -> Bool {
        let path = folder.path
        guard !path.isEmpty else { throw refuse("output.current-folder", "", "the output folder name is empty") }
        let target = canonical(path)
        let cwd = canonical(FileManager.default.currentDirectoryPath)
        if target == cwd {
            throw refuse("output.current-folder", path, "\(path) is the current folder; name a new folder for the output")
        }
        if isInside(cwd, target) {
            throw refuse("output.current-folder", path, "\(path) holds the current folder; name a new folder for the output")
        }
        for input in inputs where !input.path.isEmpty {
            let source = canonical(input.path)
            if source == target {
                throw refuse("output.is-input", path, "\(path) is an input of this run\(input.path == path ? "" : " (\(input.path))"); the output must be a new folder")
            }
            if isInside(source, target) {
                throw refuse("output.contains-input", path, "\(path) holds the input \(input.path); the output must be a new folder")
            }
        }
        var info = stat()
        guard lstat(path, &info) == 0 else { return false }
        switch info.st_mode & S_IFMT {
        case S_IFDIR: break
        case S_IFLNK: throw refuse("output.not-folder", path, "\(path) is a symbolic link; name the folder itself or a new one")
        case S_IFREG: throw refuse("output.not-folder", path, "\(path) is a file, not a folder; it is never replaced")
        default: throw refuse("output.not-folder", path, "\(path) is a special file (device, FIFO or socket), not a folder")
        }
        guard force else {
            throw refuse("output.exists", path, "output folder \(path) already exists (use --force to replace a folder tifa wrote)")
        }
        guard isReplaceable(path) else {
            throw refuse("output.not-tifa", path,
                         "\(path) is not empty and was not written by tifa (it has no \(markerFile)); --force replaces only tifa's own folders")
        }
        return true
    }

    /// Checks that a file output (`tifa extract --out`) may be written at path: nothing there, or a regular file
    /// that is not one of `inputs`.
    public static func checkFile(_ path: String, inputs: [URL] = []) throws(TifaError) {
        guard !path.isEmpty else { throw refuse("output.not-folder", "", "the output file name is empty") }
        let target = canonical(path)
        for input in inputs where !input.path.isEmpty && canonical(input.path) == target {
            throw refuse("output.is-input", path, "\(path) is an input of this run; the output must be another file")
        }
        if try checkNotSpecial(path) == S_IFDIR { throw refuse("output.not-folder", path, "\(path) is a folder; name a file") }
    }

    /// Refuses a symbolic link, device, FIFO or socket at path (a rename would replace it, an open could block
    /// on it); returns the file type found there (nil: nothing there).
    @discardableResult
    public static func checkNotSpecial(_ path: String) throws(TifaError) -> mode_t? {
        var info = stat()
        guard lstat(path, &info) == 0 else { return nil }
        let type = info.st_mode & S_IFMT
        switch type {
        case S_IFREG, S_IFDIR: return type
        case S_IFLNK: throw refuse("output.special-file", path, "\(path) is a symbolic link; it is never replaced")
        default: throw refuse("output.special-file", path, "\(path) is a device, FIFO or socket; it is never replaced")
        }
    }

    /// Whether a folder may be replaced: it carries the marker, or it is empty.
    static func isReplaceable(_ path: String) -> Bool {
        var info = stat()
        if lstat("\(path)/\(markerFile)", &info) == 0, info.st_mode & S_IFMT == S_IFREG { return true }
        return ((try? FileManager.default.contentsOfDirectory(atPath: path)) ?? ["?"]).isEmpty
    }

    /// Writes the marker into a folder Tifa is creating.
    static func mark(_ folder: String) throws {
        try OutputFile.write(markerText, to: "\(folder)/\(markerFile)")
    }

    /// The absolute path with symbolic links resolved as far as the path exists.
    static func canonical(_ path: String) -> String {
        let absolute = URL(fileURLWithPath: path).standardizedFileURL.path
        var head = absolute, tail: [String] = []
        while true {
            if let resolved = realpath(head, nil) {
                defer { free(resolved) }
                let base = String(cString: resolved)
                return tail.isEmpty ? base : (base == "/" ? "" : base) + "/" + tail.reversed().joined(separator: "/")
            }
            let url = URL(fileURLWithPath: head)
            let parent = url.deletingLastPathComponent().path
            if parent == head { return absolute }
            tail.append(url.lastPathComponent)
            head = parent
        }
    }

    /// Whether `inner` is strictly inside `outer` (both canonical).
    static func isInside(_ inner: String, _ outer: String) -> Bool {
        outer == "/" ? inner != "/" : inner.hasPrefix(outer + "/")
    }

    private static func refuse(_ code: String, _ file: String, _ message: String) -> TifaError {
        TifaError(code: code, file: file, message: message)
    }
}
