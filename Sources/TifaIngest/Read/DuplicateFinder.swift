import Foundation
import TifaCore

/// Finds exact duplicates when several workers read a corpus: record each document with its place in the
/// corpus order, then ask for the duplicates, each pointing at the first document (in corpus order) with the
/// same content. Thread-safe; the answer does not depend on the order documents were recorded in.
public final class DuplicateFinder: @unchecked Sendable {
    private let lock = NSLock()
    private var records: [(hash: String, path: String, order: [Int])] = []

    public init() {}

    /// Records a document; `order` is its place in the corpus (item index, then record number within the item).
    public func record(hash: String, path: String, order: [Int]) {
        lock.lock()
        records.append((hash, path, order))
        lock.unlock()
    }

    /// For every duplicate document path, the path of the first document with the same content.
    public func duplicates() -> [String: String] {
        lock.lock()
        defer { lock.unlock() }
        var result: [String: String] = [:]
        for group in Dictionary(grouping: records, by: \.hash).values where group.count > 1 {
            let sorted = group.sorted { $0.order.lexicographicallyPrecedes($1.order) }
            for other in sorted.dropFirst() { result[other.path] = sorted[0].path }
        }
        return result
    }
}
