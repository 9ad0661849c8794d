import Foundation
import TifaCore
#if canImport(Glibc)
import Glibc
#endif

/// An output folder written as a temporary sibling and renamed into place at the end, so a folder with the
/// final name is always complete. Errors remove the temporary folder; it is registered in `TemporaryFolders`
/// so the command-line tool can remove it on an interrupt. Where the folder may go is `OutputPlace`'s rule.
public final class AtomicOutputDirectory: @unchecked Sendable {
    /// The final folder.
    public let destination: URL
    /// The temporary folder that receives the files until `commit()`.
    public let staging: URL
    private let force: Bool
    private var finished = false

    /// Prepares a staging folder (with Tifa's marker file) next to `destination`, after `OutputPlace` checked the
    /// destination against `inputs` and `force`; removes temporary folders that killed runs left next to it.
    public init(destination: URL, force: Bool, inputs: [URL] = []) throws {
        try OutputPlace.checkFolder(destination, inputs: inputs, force: force)
        self.destination = destination.standardizedFileURL
        self.force = force
        let fm = FileManager.default
        let parent = self.destination.deletingLastPathComponent()
        let name = self.destination.lastPathComponent
        Self.removeStale(in: parent.path, name: name)
        staging = parent.appendingPathComponent(".\(name).tifa-tmp-\(getpid())")
        try? fm.removeItem(at: staging)
        do {
            try fm.createDirectory(at: staging, withIntermediateDirectories: true)
        } catch {
            throw TifaError(code: "io.write", file: staging.path,
                            message: "cannot create output folder next to \(destination.path): \(Self.reason(error))")
        }
        TemporaryFolders.shared.register(staging.path)
        do {
            try OutputPlace.mark(staging.path)
        } catch {
            abandon()
            throw error
        }
    }

    deinit { if !finished { abandon() } }

    /// The path of a file (or subfolder) inside the staging folder.
    public func path(_ relative: String) -> String { staging.appendingPathComponent(relative).path }

    /// Creates a subfolder of the staging folder.
    public func makeFolder(_ relative: String) throws {
        do {
            try FileManager.default.createDirectory(atPath: path(relative), withIntermediateDirectories: true)
        } catch {
            throw TifaError(code: "io.write", file: path(relative), message: "cannot create folder: \(Self.reason(error))")
        }
    }

    /// Moves the staging folder into place (replacing an old destination when forced and still replaceable).
    public func commit() throws {
        let fm = FileManager.default
        var old: URL?
        if try OutputPlace.checkFolder(destination, inputs: [], force: force) {
            let aside = staging.deletingLastPathComponent()
                .appendingPathComponent(".\(destination.lastPathComponent).tifa-old-\(getpid())")
            try? fm.removeItem(at: aside)
            if rename(destination.path, aside.path) != 0 {
                throw OutputFile.error(destination.path, "cannot move aside the old output folder", errno)
            }
            old = aside
        }
        if rename(staging.path, destination.path) != 0 {
            let code = errno
            if let old { _ = rename(old.path, destination.path) }
            throw OutputFile.error(destination.path, "cannot move the finished output into place at", code)
        }
        finished = true
        TemporaryFolders.shared.unregister(staging.path)
        if let old { try? fm.removeItem(at: old) }
    }

    /// Removes the staging folder (after an error).
    public func abandon() {
        finished = true
        try? FileManager.default.removeItem(at: staging)
        TemporaryFolders.shared.unregister(staging.path)
    }

    /// Removes `.NAME.tifa-tmp-PID` and `.NAME.tifa-old-PID` folders in `parent` whose process is gone
    /// (killed runs), when they carry Tifa's marker or are empty.
    static func removeStale(in parent: String, name: String) {
        TemporaryFolders.removeStale(in: parent, owner: { stalePID($0, name: name) }, removable: OutputPlace.isReplaceable)
    }

    /// The process id in a temporary folder name of this destination, or nil for any other name.
    static func stalePID(_ entry: String, name: String) -> pid_t? {
        for kind in ["tmp", "old"] {
            let prefix = ".\(name).tifa-\(kind)-"
            if entry.hasPrefix(prefix), let pid = pid_t(entry.dropFirst(prefix.count)), pid > 0 { return pid }
        }
        return nil
    }

    static func reason(_ error: Error) -> String {
        if let e = error as? CocoaError, let u = e.underlying as? POSIXError { return String(cString: strerror(u.code.rawValue)) }
        return "\(error.localizedDescription)"
    }
}
