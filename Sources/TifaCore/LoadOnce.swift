import Foundation

/// Values loaded once per key (a file or folder path) in this process, remembering the first one loaded;
/// thread-safe. Used for data files that rules read from static context (the numeral table, discovery lists).
public final class LoadOnce<Value: Sendable>: @unchecked Sendable {
    private let lock = NSLock()
    private var values: [String: Value] = [:]
    private var firstLoaded: Value?

    public init() {}

    /// The first value loaded in this process, if any.
    public var first: Value? {
        lock.lock()
        defer { lock.unlock() }
        return firstLoaded
    }

    /// The value for key, loading it on first use.
    public func get(_ key: String, load: () throws(TifaError) -> Value) throws(TifaError) -> Value {
        lock.lock()
        defer { lock.unlock() }
        if let v = values[key] { return v }
        let v = try load()
        values[key] = v
        if firstLoaded == nil { firstLoaded = v }
        return v
    }
}
