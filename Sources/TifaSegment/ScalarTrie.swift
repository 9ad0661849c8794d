/// An immutable trie over Unicode scalars stored in one flat open-addressing hash table keyed by
/// (parent node, scalar), with a direct table for the root's BMP children and a Float payload per node
/// (NaN: no term ends there). Node 0 is the root; node k > 0 lives in slot k - 1. Shared read-only by all workers.
final class ScalarTrie: @unchecked Sendable {
    /// Keys `parent << 21 | scalar`; 0 marks an empty slot (scalars in terms are never 0).
    private let slots: UnsafeMutableBufferPointer<UInt64>
    /// Payload per node id (index 0 = root).
    private let payload: UnsafeMutableBufferPointer<Float>
    /// The root's child node id for each BMP scalar, 0 when none.
    private let rootChildren: UnsafeMutableBufferPointer<UInt32>
    private let mask: Int
    private let shift: UInt64
    /// Number of nodes, root included.
    private(set) var nodeCount = 1

    /// An empty trie able to hold up to `capacity` nodes besides the root (load factor at most 1/2).
    init(capacity: Int) {
        var bits = 4
        while (1 << bits) < max(16, capacity * 2) { bits += 1 }
        let size = 1 << bits
        slots = .allocate(capacity: size)
        slots.initialize(repeating: 0)
        payload = .allocate(capacity: size + 1)
        payload.initialize(repeating: .nan)
        rootChildren = .allocate(capacity: 0x10000)
        rootChildren.initialize(repeating: 0)
        mask = size - 1
        shift = UInt64(64 - bits)
    }

    deinit {
        slots.deallocate()
        payload.deallocate()
        rootChildren.deallocate()
    }

    @inline(__always) private func hash(_ key: UInt64) -> Int {
        Int(truncatingIfNeeded: (key &* 0x9E37_79B9_7F4A_7C15) >> shift)
    }

    /// The child of node along scalar, 0 when none.
    @inline(__always) func child(_ node: UInt32, _ scalar: UInt32) -> UInt32 {
        if node == 0 && scalar < 0x10000 { return rootChildren[Int(scalar)] }
        let key = UInt64(node) << 21 | UInt64(scalar)
        var h = hash(key)
        while true {
            let k = slots[h]
            if k == key { return UInt32(truncatingIfNeeded: h + 1) }
            if k == 0 { return 0 }
            h = (h + 1) & mask
        }
    }

    /// The payload of a node (NaN when no term ends there).
    @inline(__always) func value(_ node: UInt32) -> Float { payload[Int(node)] }

    /// Adds a term (non-empty, scalars > 0) with a payload; a term added twice keeps the last payload.
    /// Returns false when the table is full.
    @discardableResult
    func insert<C: Collection>(_ term: C, value: Float) -> Bool where C.Element == UInt32 {
        var node: UInt32 = 0
        for s in term {
            var next = child(node, s)
            if next == 0 {
                guard nodeCount * 2 <= slots.count else { return false }
                let key = UInt64(node) << 21 | UInt64(s)
                var h = hash(key)
                while slots[h] != 0 { h = (h + 1) & mask }
                slots[h] = key
                next = UInt32(h + 1)
                nodeCount += 1
                if node == 0 && s < 0x10000 { rootChildren[Int(s)] = next }
            }
            node = next
        }
        if node != 0 { payload[Int(node)] = value }
        return true
    }
}
