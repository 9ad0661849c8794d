import Foundation

/// A source whose texts are read from another source and kept while they fit a character budget: the search asks
/// for the same partner texts again and again (each document against every later one it shares a fingerprint with),
/// and reading one back from disk means decoding it. Two generations approximate least-recently-used eviction: a
/// text found in the old generation moves to the new one, and when the new one fills half the budget the old one is
/// dropped. Safe to share between the search's threads.
public final class CachedReuseTexts: ReuseTextSource, @unchecked Sendable {
    private let source: any ReuseTextSource
    private let halfBudget: Int
    private let lock = NSLock()
    private var current: [Int: ReuseText] = [:]
    private var previous: [Int: ReuseText] = [:]
    private var currentCharacters = 0

    /// Caches up to about `budget` compared characters (12 bytes each) of `source`'s texts.
    public init(_ source: any ReuseTextSource, budget: Int) {
        self.source = source
        halfBudget = max(1, budget / 2)
    }

    public var count: Int { source.count }

    public func text(_ i: Int) throws -> ReuseText {
        if let hit = lock.withLock({ lookup(i) }) { return hit }
        let text = try source.text(i)
        lock.withLock { keep(text, at: i) }
        return text
    }

    private func lookup(_ i: Int) -> ReuseText? {
        if let t = current[i] { return t }
        guard let t = previous.removeValue(forKey: i) else { return nil }
        keep(t, at: i)
        return t
    }

    private func keep(_ text: ReuseText, at i: Int) {
        guard current[i] == nil, text.scalars.count <= halfBudget else { return }
        if currentCharacters + text.scalars.count > halfBudget {
            previous = current
            current = [:]
            currentCharacters = 0
        }
        current[i] = text
        currentCharacters += text.scalars.count
    }
}
