/// An open-addressing hash table from `NGramKey` to a dense entry number (entries numbered in the order added),
/// hashed by multiplying the key's two words: the n-gram counting of each document and of the corpus, which
/// looks up every n-gram, without `Hasher`. Values live in the caller's arrays, indexed by entry.
struct NGramTable: Sendable {
    /// The keys by entry.
    private(set) var keys: [NGramKey] = []
    /// Entry per slot, -1 when empty; at most half full.
    private var slots: [Int32]
    private var mask: Int

    init(expected: Int = 0) {
        var size = 64
        while size < expected * 2 { size <<= 1 }
        slots = Array(repeating: -1, count: size)
        mask = size - 1
    }

    /// Entries held.
    var count: Int { keys.count }

    /// The entry of `key`, adding it (as entry `count`) when new.
    @inline(__always) mutating func entry(_ key: NGramKey) -> (index: Int, added: Bool) {
        var slot = Self.slot(key, mask)
        while true {
            let e = Int(slots[slot])
            if e < 0 { break }
            if keys[e] == key { return (e, false) }
            slot = (slot + 1) & mask
        }
        slots[slot] = Int32(keys.count)
        keys.append(key)
        if keys.count * 2 > slots.count { grow() }
        return (keys.count - 1, true)
    }

    private mutating func grow() {
        slots = Array(repeating: -1, count: slots.count * 2)
        mask = slots.count - 1
        for (e, key) in keys.enumerated() {
            var slot = Self.slot(key, mask)
            while slots[slot] >= 0 { slot = (slot + 1) & mask }
            slots[slot] = Int32(e)
        }
    }

    @inline(__always) private static func slot(_ key: NGramKey, _ mask: Int) -> Int {
        var h = (key.low &* 0x9E37_79B9_7F4A_7C15) ^ key.high
        h = (h ^ (h >> 31)) &* 0xD6E8_FEB8_6659_FD93
        h ^= h >> 32
        return Int(truncatingIfNeeded: h) & mask
    }
}
