import Foundation

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
}
