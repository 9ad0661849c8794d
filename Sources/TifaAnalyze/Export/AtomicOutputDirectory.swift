import Foundation
import TifaCore
#if canImport(Glibc)
import Glibc
#endif

/// An output folder written as a temporary sibling and renamed into place at the end, so a folder with the
/// final name is always complete. Interrupts (SIGINT, SIGTERM) and errors remove the temporary folder.
public final class AtomicOutputDirectory: @unchecked Sendable {
    /// The final folder.
    public let destination: URL
    /// The temporary folder that receives the files until `commit()`.
    public let staging: URL
    private let force: Bool
    private var finished = false

    /// Prepares a staging folder next to `destination`; refuses an existing destination unless `force`.
    public init(destination: URL, force: Bool) throws {
        self.destination = destination.standardizedFileURL
        self.force = force
        let fm = FileManager.default
        var isDir: ObjCBool = false
        if fm.fileExists(atPath: self.destination.path, isDirectory: &isDir) && !force {
            throw TifaError(code: "analyze.out-exists", file: destination.path,
                            message: "output folder \(destination.path) already exists (use --force to replace it)")
        }
        let parent = self.destination.deletingLastPathComponent()
        staging = parent.appendingPathComponent(".\(self.destination.lastPathComponent).tifa-tmp-\(getpid())")
        try? fm.removeItem(at: staging)
        do {
            try fm.createDirectory(at: staging, withIntermediateDirectories: true)
        } catch {
            throw TifaError(code: "io.write", file: staging.path,
                            message: "cannot create output folder next to \(destination.path): \(Self.reason(error))")
        }
        InterruptCleanup.shared.register(staging.path)
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

    /// Moves the staging folder into place (replacing an old destination when forced).
    public func commit() throws {
        let fm = FileManager.default
        var old: URL?
        if fm.fileExists(atPath: destination.path) {
            guard force else {
                throw TifaError(code: "analyze.out-exists", file: destination.path,
                                message: "output folder \(destination.path) appeared during the run")
            }
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
        InterruptCleanup.shared.unregister(staging.path)
        if let old { try? fm.removeItem(at: old) }
    }

    /// Removes the staging folder (after an error).
    public func abandon() {
        finished = true
        try? FileManager.default.removeItem(at: staging)
        InterruptCleanup.shared.unregister(staging.path)
    }

    static func reason(_ error: Error) -> String {
        if let e = error as? CocoaError, let u = e.underlying as? POSIXError { return String(cString: strerror(u.code.rawValue)) }
        return "\(error.localizedDescription)"
    }
}

/// Removes registered temporary folders when the process is interrupted (SIGINT, SIGTERM), then exits.
final class InterruptCleanup: @unchecked Sendable {
    static let shared = InterruptCleanup()
    private let lock = NSLock()
    private var paths: Set<String> = []
    private var sources: [DispatchSourceSignal] = []
    private let queue = DispatchQueue(label: "tifa.interrupt")

    func register(_ path: String) {
        lock.lock()
        defer { lock.unlock() }
        paths.insert(path)
        if sources.isEmpty { install() }
    }

    func unregister(_ path: String) {
        lock.lock()
        paths.remove(path)
        lock.unlock()
    }

    private func install() {
        for sig in [SIGINT, SIGTERM] {
            signal(sig, SIG_IGN)
            let source = DispatchSource.makeSignalSource(signal: sig, queue: queue)
            source.setEventHandler { [unowned self] in
                self.lock.lock()
                let doomed = self.paths
                self.lock.unlock()
                for p in doomed { try? FileManager.default.removeItem(atPath: p) }
                FileHandle.standardError.write(Data("\ninterrupted: no output written\n".utf8))
                exit(128 + sig)
            }
            source.resume()
            sources.append(source)
        }
    }
}
