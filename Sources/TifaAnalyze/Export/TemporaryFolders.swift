import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// The temporary folders a run is writing (staging folders, record spills), so that whoever handles an
/// interrupt (the command-line tool) can remove them. The library never installs signal handlers or exits.
public final class TemporaryFolders: @unchecked Sendable {
    /// The process-wide registry.
    public static let shared = TemporaryFolders()
    private let lock = NSLock()
    private var paths: Set<String> = []

    /// Records a folder as temporary (removed by `removeAll()`).
    public func register(_ path: String) {
        lock.lock()
        paths.insert(path)
        lock.unlock()
    }

    /// Forgets a folder (it was committed or already removed).
    public func unregister(_ path: String) {
        lock.lock()
        paths.remove(path)
        lock.unlock()
    }

    /// Removes every registered folder; returns how many there were.
    @discardableResult
    public func removeAll() -> Int {
        lock.lock()
        let doomed = paths
        paths = []
        lock.unlock()
        for p in doomed { try? FileManager.default.removeItem(atPath: p) }
        return doomed.count
    }

    /// Removes the entries of `parent` that `owner` names as temporary folders of a process that is gone (killed
    /// runs) and that `removable` accepts. `owner` returns the process id in an entry's name, or nil for any
    /// other entry.
    public static func removeStale(in parent: String, owner: (String) -> pid_t?, removable: (String) -> Bool = { _ in true }) {
        guard let entries = try? FileManager.default.contentsOfDirectory(atPath: parent) else { return }
        for entry in entries {
            guard let pid = owner(entry), pid > 0, pid != getpid(), kill(pid, 0) != 0, errno == ESRCH else { continue }
            let path = "\(parent)/\(entry)"
            if removable(path) { try? FileManager.default.removeItem(atPath: path) }
        }
    }
}
