/// An immutable trie over Unicode scalars stored in one flat open-addressing hash table keyed by
/// (parent node, scalar), with a direct table for the root's BMP children. Each 64-bit slot holds one edge and the
/// payload of the node it leads to (a log-probability ≤ 0 in fixed point, or "no term ends here"), so a step
/// costs one memory access. Node 0 is the root; node k > 0 lives in slot k - 1. Shared read-only by all workers.
final class ScalarTrie: @unchecked Sendable {
    /// Slot bits: scalar 0–20, parent node 21–47, payload 48–63 (0: no term; else 1 + round(-value × 2048)).
    private let slots: UnsafeMutableBufferPointer<UInt64>
    /// The root's child node id for each BMP scalar, 0 when none.
    private let rootChildren: UnsafeMutableBufferPointer<UInt32>
    /// One bit per hash of an edge key (2^21 bits, 256 KB, cache-resident): a clear bit means no such edge,
    /// which spares most failed lookups a trip to the large table.
    private let edgeBits: UnsafeMutableBufferPointer<UInt64>
    private static let edgeBitsMask: UInt64 = (1 << 21) - 1
    private let mask: Int
    private let shift: UInt64
    /// Number of nodes, root included.
    private(set) var nodeCount = 1

    private static let keyMask: UInt64 = (1 << 48) - 1
    private static let scale: Float = 2048
    static let maxNodes = 1 << 27

    /// An empty trie with a table for about `nodes` nodes at load factor 1/2.
    private init(nodes: Int) {
        var bits = 4
        while (1 << bits) < max(16, nodes * 2) { bits += 1 }
        let size = 1 << bits
        slots = .allocate(capacity: size)
        slots.initialize(repeating: 0)
        rootChildren = .allocate(capacity: 0x10000)
        rootChildren.initialize(repeating: 0)
        edgeBits = .allocate(capacity: (1 << 21) / 64)
        edgeBits.initialize(repeating: 0)
        mask = size - 1
        shift = UInt64(64 - bits)
    }

    deinit {
        slots.deallocate()
        rootChildren.deallocate()
        edgeBits.deallocate()
    }

    /// Builds a trie: `fill` inserts every term (with `insert`) and returns false when the table ran full, in
    /// which case it is called again on a table twice as large. `estimate` is the expected number of nodes.
    static func build(estimate: Int, _ fill: (ScalarTrie) -> Bool) -> ScalarTrie {
        var nodes = max(16, estimate)
        while true {
            let trie = ScalarTrie(nodes: nodes)
            if fill(trie) || nodes >= maxNodes { return trie }
            nodes *= 2
        }
    }

    @inline(__always) private func hash(_ key: UInt64) -> Int {
        Int(truncatingIfNeeded: (key &* 0x9E37_79B9_7F4A_7C15) >> shift)
    }

    /// The child of node along scalar, 0 when none.
    @inline(__always) func child(_ node: UInt32, _ scalar: UInt32) -> UInt32 {
        if node == 0 && scalar < 0x10000 { return rootChildren[Int(scalar)] }
        let key = UInt64(node) << 21 | UInt64(scalar)
        let mixed = key &* 0x9E37_79B9_7F4A_7C15
        let bit = Int(truncatingIfNeeded: (mixed >> 22) & Self.edgeBitsMask)
        if edgeBits[bit >> 6] & (1 << UInt64(bit & 63)) == 0 { return 0 }
        var h = Int(truncatingIfNeeded: mixed >> shift)
        while true {
            let k = slots[h]
            if k & Self.keyMask == key { return UInt32(truncatingIfNeeded: h + 1) }
            if k == 0 { return 0 }
            h = (h + 1) & mask
        }
    }

    /// The payload of a node (NaN when no term ends there; the value is kept to 1/2048).
    @inline(__always) func value(_ node: UInt32) -> Float {
        guard node != 0 else { return .nan }
        let q = slots[Int(node) - 1] >> 48
        return q == 0 ? .nan : -Float(q - 1) / Self.scale
    }

    /// Whether a term ends at node.
    @inline(__always) func isTerm(_ node: UInt32) -> Bool { node != 0 && slots[Int(node) - 1] >> 48 != 0 }

    /// Adds a term (non-empty, scalars > 0) whose value (≤ 0; clamped to -32) is kept; a term added twice keeps the
    /// last value. Returns false when the table is full.
    func insert<C: Collection>(_ term: C, value: Float) -> Bool where C.Element == UInt32 {
        var node: UInt32 = 0
        for s in term {
            var next = child(node, s)
            if next == 0 {
                guard nodeCount * 2 <= slots.count, nodeCount < Self.maxNodes else { return false }
                let key = UInt64(node) << 21 | UInt64(s & 0x1F_FFFF)
                var h = hash(key)
                while slots[h] != 0 { h = (h + 1) & mask }
                slots[h] = key
                let bit = Int(truncatingIfNeeded: ((key &* 0x9E37_79B9_7F4A_7C15) >> 22) & Self.edgeBitsMask)
                edgeBits[bit >> 6] |= 1 << UInt64(bit & 63)
                next = UInt32(h + 1)
                nodeCount += 1
                if node == 0 && s < 0x10000 { rootChildren[Int(s)] = next }
            }
            node = next
        }
        guard node != 0 else { return true }
        let q = UInt64(min(65534, max(0, (-value * Self.scale).rounded()))) + 1
        let i = Int(node) - 1
        slots[i] = slots[i] & Self.keyMask | q << 48
        return true
    }
}
