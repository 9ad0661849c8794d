/// Counts the distinct token texts of one document without making a String per token: an open-addressing
/// table over (start, length) slices of the document's scalars; Strings are made once per distinct term.
struct TermCounter {
    private struct Entry {
        var start: Int32
        var length: Int32
        var count: Int32
        var kinds: UInt8
    }
    private var slots: [Int32]
    private var hashes: [UInt64] = []
    private var entries: [Entry] = []
    private var mask: Int

    init(expected: Int) {
        var size = 64
        while size < expected * 2 { size <<= 1 }
        slots = Array(repeating: -1, count: size)
        mask = size - 1
    }

    /// Adds one token `text[start..<end]` seen with the kinds in `kinds` (a bit set); returns its entry number.
    @discardableResult
    mutating func add(_ text: UnsafeBufferPointer<UInt32>, start: Int, end: Int, kinds: UInt8) -> Int {
        var h: UInt64 = 0xcbf2_9ce4_8422_2325
        for i in start..<end {
            h = (h ^ UInt64(text[i])) &* 0x100_0000_01b3
        }
        let length = end - start
        var slot = Int(truncatingIfNeeded: h ^ (h >> 29)) & mask
        while true {
            let e = Int(slots[slot])
            if e < 0 { break }
            if hashes[e] == h && Int(entries[e].length) == length {
                let s = Int(entries[e].start)
                var same = true
                for k in 0..<length where text[s + k] != text[start + k] {
                    same = false
                    break
                }
                if same {
                    entries[e].count += 1
                    entries[e].kinds |= kinds
                    return e
                }
            }
            slot = (slot + 1) & mask
        }
        slots[slot] = Int32(entries.count)
        entries.append(Entry(start: Int32(start), length: Int32(length), count: 1, kinds: kinds))
        hashes.append(h)
        if entries.count * 2 > slots.count { grow() }
        return entries.count - 1
    }

    private mutating func grow() {
        slots = Array(repeating: -1, count: slots.count * 2)
        mask = slots.count - 1
        for (i, h) in hashes.enumerated() {
            var slot = Int(truncatingIfNeeded: h ^ (h >> 29)) & mask
            while slots[slot] >= 0 { slot = (slot + 1) & mask }
            slots[slot] = Int32(i)
        }
    }

    /// An entry's first three scalars, each + 1 in 21 bits (0 past its end): ordered as the scalars are, a
    /// shorter term before the longer one it begins.
    private func prefix(_ e: Entry, _ text: UnsafeBufferPointer<UInt32>) -> UInt64 {
        var p: UInt64 = 0
        for k in 0..<3 {
            p <<= 21
            if k < Int(e.length) { p |= UInt64(text[Int(e.start) + k] + 1) }
        }
        return p
    }

    /// The distinct terms that are not all whitespace, with their counts and kind sets, ordered by Unicode
    /// scalar values (the same as UTF-8 byte order).
    func sortedTerms(_ text: UnsafeBufferPointer<UInt32>) -> [(term: String, count: Int, kinds: UInt8)] {
        sorted(text).terms
    }

    /// The same, with the position in that order of every entry (-1 for whitespace entries).
    func sorted(_ text: UnsafeBufferPointer<UInt32>) -> (terms: [(term: String, count: Int, kinds: UInt8)], position: [Int32]) {
        // Sorted by the first three scalars packed into one word, then by the rest.
        let order = entries.indices.filter { i in
            let e = entries[i]
            return (Int(e.start)..<Int(e.start + e.length)).contains { !ScalarProperties.isWhitespace(text[$0]) }
        }.map { (prefix: prefix(entries[$0], text), entry: $0) }.sorted { a, b in
            if a.prefix != b.prefix { return a.prefix < b.prefix }
            let x = entries[a.entry], y = entries[b.entry]
            let n = Int(min(x.length, y.length))
            for k in 3..<max(3, n) {
                let p = text[Int(x.start) + k], q = text[Int(y.start) + k]
                if p != q { return p < q }
            }
            return x.length < y.length
        }.map(\.entry)
        var position = [Int32](repeating: -1, count: entries.count)
        for (rank, i) in order.enumerated() { position[i] = Int32(rank) }
        let terms = order.map { i -> (term: String, count: Int, kinds: UInt8) in
            let e = entries[i]
            return (String(scalarValues: text, Int(e.start)..<Int(e.start + e.length)), Int(e.count), e.kinds)
        }
        return (terms, position)
    }
}
