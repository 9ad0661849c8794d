/// Maps positions in a derived text (normalised, cleaned) back to positions in the original text.
/// Positions are Unicode scalar offsets, the same as Python's string indices.
public struct OffsetMap: Sendable, Equatable {
    /// For each derived position p (0...count), the original position it came from; non-decreasing.
    public private(set) var toOriginal: [Int32]

    /// The identity map over a text of length count.
    public init(identity count: Int) { toOriginal = (0...count).map { Int32($0) } }

    /// A map from an explicit table (count + 1 entries, non-decreasing).
    public init(table: [Int32]) {
        precondition(!table.isEmpty, "an offset table has count + 1 entries")
        toOriginal = table
    }

    /// Length of the derived text.
    public var count: Int { toOriginal.count - 1 }

    /// The original position of derived position p.
    @inlinable public func original(_ p: Int) -> Int { Int(toOriginal[p]) }

    /// The original range covered by a derived range.
    public func original(_ r: Range<Int>) -> Range<Int> {
        let lo = Int(toOriginal[r.lowerBound])
        if r.isEmpty { return lo..<lo }
        // The end is where the last derived character's source ends: the next derived position's source,
        // or the original end when characters were dropped between them.
        let hi = Int(toOriginal[r.upperBound])
        return lo..<max(lo, hi)
    }

    /// The composition: first self (derived → middle), then `inner` (middle → original).
    public func composed(with inner: OffsetMap) -> OffsetMap {
        OffsetMap(table: toOriginal.map { inner.toOriginal[Int($0)] })
    }
}
