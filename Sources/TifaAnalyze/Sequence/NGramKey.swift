/// Up to five term indices packed into two words (21 bits each, three in the first word, stored +1 so that
/// 0 means absent); documents with `NGramKey.limit` or more distinct terms get no n-grams.
public struct NGramKey: Hashable, Sendable {
    /// Indices must be below this.
    static let limit = (1 << 21) - 1
    private static let mask: UInt64 = (1 << 21) - 1
    var low: UInt64 = 0
    var high: UInt64 = 0

    init() {}

    init(_ slice: ArraySlice<Int32>) {
        for (k, v) in slice.enumerated() { set(k, v) }
    }

    /// Puts index `v` (below `limit`) at place k (0…4) of a key whose place k is still empty.
    @inline(__always) mutating func set(_ k: Int, _ v: Int32) {
        let x = UInt64(v + 1) & Self.mask
        if k < 3 { low |= x << (21 * UInt64(k)) } else { high |= x << (21 * UInt64(k - 3)) }
    }

    /// Calls `body` with each term index of the key, in order.
    @inline(__always) func forEachIndex(_ body: (Int32) -> Void) {
        for k in 0..<SequenceOptions.maxN {
            let x = k < 3 ? (low >> (21 * UInt64(k))) & Self.mask : (high >> (21 * UInt64(k - 3))) & Self.mask
            if x == 0 { break }
            body(Int32(x) - 1)
        }
    }

    /// The number of indices in the key.
    var count: Int {
        var n = 0
        forEachIndex { _ in n += 1 }
        return n
    }
}
