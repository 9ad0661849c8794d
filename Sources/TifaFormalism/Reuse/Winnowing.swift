/// Winnowing fingerprints (Schleimer, Wilkerson and Aiken 2003): hash every k-character shingle, and in each
/// window of w consecutive hashes keep the smallest (the rightmost on ties). Any shared run of at least
/// w + k − 1 characters yields at least one shared fingerprint.
public struct Winnowing: Sendable, Equatable {
    /// Shingle length in characters.
    public let k: Int
    /// Window length in shingles.
    public let w: Int

    public init(k: Int = 6, w: Int = 3) {
        self.k = max(2, k)
        self.w = max(1, w)
    }

    /// The shortest shared run that is always found.
    public var guaranteedRun: Int { k + w - 1 }

    /// The hash of every shingle: position i covers characters i ..< i + k.
    public func shingleHashes(_ text: [UInt32]) -> [UInt32] {
        guard text.count >= k else { return [] }
        var hashes = [UInt32](repeating: 0, count: text.count - k + 1)
        text.withUnsafeBufferPointer { t in
            for i in 0..<hashes.count {
                var h: UInt64 = 0xcbf2_9ce4_8422_2325
                for j in i..<(i + k) {
                    h = (h ^ UInt64(t[j])) &* 0x0000_0100_0000_01B3
                }
                h ^= h >> 29
                h = h &* 0xbf58_476d_1ce4_e5b9
                h ^= h >> 32
                hashes[i] = UInt32(truncatingIfNeeded: h)
            }
        }
        return hashes
    }

    /// The fingerprints of a text: (hash, shingle position), positions increasing.
    public func fingerprints(_ text: [UInt32]) -> [(hash: UInt32, position: Int32)] {
        let hashes = shingleHashes(text)
        guard !hashes.isEmpty else { return [] }
        if hashes.count <= w {
            var best = 0
            for i in hashes.indices where hashes[i] <= hashes[best] { best = i }
            return [(hashes[best], Int32(best))]
        }
        var result: [(hash: UInt32, position: Int32)] = []
        result.reserveCapacity(hashes.count * 2 / (w + 1) + 1)
        var chosen = -1
        for start in 0...(hashes.count - w) {
            if chosen < start {
                chosen = start
                for i in start..<(start + w) where hashes[i] <= hashes[chosen] { chosen = i }
                result.append((hashes[chosen], Int32(chosen)))
            } else if hashes[start + w - 1] <= hashes[chosen] {
                chosen = start + w - 1
                result.append((hashes[chosen], Int32(chosen)))
            }
        }
        return result
    }
}
