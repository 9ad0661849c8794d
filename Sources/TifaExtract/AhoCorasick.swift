/// An Aho–Corasick automaton over Unicode scalars: finds every occurrence of every pattern in one pass, in
/// time linear in the text plus the number of hits, whatever the number of patterns.
public struct AhoCorasick: Sendable {
    /// One occurrence: the pattern's index and its range in the text (scalar offsets).
    public struct Hit: Sendable, Equatable {
        public var pattern: Int
        public var start: Int
        public var end: Int
    }

    /// One trie node, packed so that a step of the scan reads one record: its edges are
    /// `edges[edgeStart ..< edgeEnd]` (sorted by label), `fail` its failure link, and `firstOutput` the node
    /// itself when a pattern ends there, else the nearest such node on its failure chain, or -1.
    private struct Node {
        var edgeStart: Int32
        var edgeEnd: Int32
        var fail: Int32
        var firstOutput: Int32
    }
    /// A trie edge: the scalar it reads and the node it leads to.
    private struct Edge {
        var label: UInt32
        var target: Int32
    }

    private var nodes: [Node] = []
    private var edges: [Edge] = []
    /// For each BMP scalar: the root's child on it, 0 when the root has none, or -1 when no pattern contains the
    /// scalar at all (then every partial match ends there and the scan restarts at the root).
    private var rootTable: [Int32] = []
    /// Filters that let the scan stay at the root without a table walk: a bit per hashed pair of scalars that
    /// starts some pattern, and a bit per hashed scalar that is a one-scalar pattern. A position whose pair and
    /// scalar are both absent starts no match, and the automaton's state after it is the root's (see `scan`).
    /// Each is sized to about 16 bits per member (a few per cent false positives), so that a small automaton's
    /// filters stay in the first-level cache.
    private var startPairs = HashBits(bits: 10)
    private var singles = HashBits(bits: 10)
    /// Whether any pattern is one scalar long (else the scan never consults `singles`).
    private var hasSingles = false
    /// The pattern ending at a node, or -1.
    private var output: [Int32] = []
    /// The nearest node on the failure chain that has an output, or -1.
    private var outputLink: [Int32] = []
    private var patternLength: [Int32] = []

    /// Number of patterns.
    public var count: Int { patternLength.count }

    /// Builds the automaton. Patterns are identified by their index; an empty pattern never matches, and a
    /// repeated pattern is reported under its first index.
    public init(patterns: [[Unicode.Scalar]]) {
        // 1. Trie with dictionary children (built once, then flattened).
        var children: [[UInt32: Int32]] = [[:]]
        var out: [Int32] = [-1]
        let singleCount = patterns.filter { $0.count == 1 }.count
        hasSingles = singleCount > 0
        singles = HashBits(bits: HashBits.size(for: singleCount))
        startPairs = HashBits(bits: HashBits.size(for: patterns.count - singleCount))
        for (index, pattern) in patterns.enumerated() {
            patternLength.append(Int32(pattern.count))
            guard !pattern.isEmpty else { continue }
            if pattern.count == 1 {
                singles.insert(HashBits.scalar(pattern[0].value))
            } else {
                startPairs.insert(HashBits.pair(pattern[0].value, pattern[1].value))
            }
            var node = 0
            for scalar in pattern {
                if let next = children[node][scalar.value] {
                    node = Int(next)
                } else {
                    children.append([:])
                    out.append(-1)
                    let next = Int32(children.count - 1)
                    children[node][scalar.value] = next
                    node = Int(next)
                }
            }
            if out[node] < 0 { out[node] = Int32(index) }
        }
        let nodeCount = children.count
        // 2. Flatten.
        nodes.reserveCapacity(nodeCount)
        for node in 0..<nodeCount {
            let first = Int32(edges.count)
            for (label, target) in children[node].sorted(by: { $0.key < $1.key }) {
                edges.append(Edge(label: label, target: target))
            }
            nodes.append(Node(edgeStart: first, edgeEnd: Int32(edges.count), fail: 0, firstOutput: -1))
        }
        rootTable = [Int32](repeating: -1, count: 0x10000)
        for edge in edges where edge.label < 0x10000 { rootTable[Int(edge.label)] = 0 }
        for (label, target) in children[0] where label < 0x10000 { rootTable[Int(label)] = target }
        children = []
        output = out
        // 3. Failure and output links, breadth first.
        outputLink = [Int32](repeating: -1, count: nodeCount)
        var queue: [Int32] = []
        queue.reserveCapacity(nodeCount)
        for e in Int(nodes[0].edgeStart)..<Int(nodes[0].edgeEnd) { queue.append(edges[e].target) }
        var head = 0
        while head < queue.count {
            let node = Int(queue[head]); head += 1
            for e in Int(nodes[node].edgeStart)..<Int(nodes[node].edgeEnd) {
                let c = Int(edges[e].target), label = edges[e].label
                var f = Int(nodes[node].fail)
                var target: Int32 = 0
                while true {
                    if let t = child(of: f, label) { target = t; break }
                    if f == 0 { break }
                    f = Int(nodes[f].fail)
                }
                nodes[c].fail = target
                let t = Int(target)
                outputLink[c] = output[t] >= 0 ? Int32(t) : outputLink[t]
                queue.append(Int32(c))
            }
        }
        for n in 0..<nodeCount { nodes[n].firstOutput = output[n] >= 0 ? Int32(n) : outputLink[n] }
    }

    private func child(of node: Int, _ label: UInt32) -> Int32? {
        if node == 0 && label < 0x10000 {
            let t = rootTable[Int(label)]
            return t <= 0 ? nil : t
        }
        let t = edges.withUnsafeBufferPointer { Self.find(label, nodes[node], $0) }
        return t == 0 ? nil : t
    }

    /// Every occurrence of every pattern, ordered by end position (then longest first).
    public func allHits(in text: [Unicode.Scalar]) -> [Hit] {
        var hits: [Hit] = []
        forEachHit(in: text) { hits.append(Hit(pattern: $0, start: $1, end: $2)) }
        return hits
    }

    /// Calls body(pattern, start, end) for every occurrence, ordered by end position (then longest first).
    @inlinable public func forEachHit(in text: [Unicode.Scalar], _ body: (Int, Int, Int) -> Void) {
        scan(text, body)
    }

    @usableFromInline func scan(_ text: [Unicode.Scalar], _ body: (Int, Int, Int) -> Void) {
        var unused = TextLandmarks()
        scan(text, within: text.indices, landmarks: &unused, collect: false, body)
    }

    /// Calls body(pattern, start, end) for every occurrence lying inside range (offsets into the whole text),
    /// ordered by end position (then longest first).
    func forEachHit(in text: [Unicode.Scalar], within range: Range<Int>, _ body: (Int, Int, Int) -> Void) {
        var unused = TextLandmarks()
        scan(text, within: range, landmarks: &unused, collect: false, body)
    }

    /// The scan of text[range], also collecting the landmarks in the same pass when `collect` is true (then range
    /// must be the whole text).
    func scan(_ text: [Unicode.Scalar], within range: Range<Int>, landmarks: inout TextLandmarks, collect: Bool,
              _ body: (Int, Int, Int) -> Void) {
        Scalars.table.withUnsafeBufferPointer { classes in
        text.withUnsafeBufferPointer { buf in
        nodes.withUnsafeBufferPointer { nodes in
        edges.withUnsafeBufferPointer { edges in
        rootTable.withUnsafeBufferPointer { rootTable in
        output.withUnsafeBufferPointer { output in
        outputLink.withUnsafeBufferPointer { outputLink in
        patternLength.withUnsafeBufferPointer { patternLength in
        startPairs.words.withUnsafeBufferPointer { startPairs in
        singles.words.withUnsafeBufferPointer { singles in
            let pairBits = startPairs.count.trailingZeroBitCount + 6, singleBits = singles.count.trailingZeroBitCount + 6
            var node = 0
            let last = range.upperBound - 1
            for i in range {
                let label = buf[i].value
                if collect { landmarks.observe(i, label, classes) }
                // At the root, a scalar that is no one-scalar pattern and, with the next, starts no pattern leads to
                // a state whose every continuation fails back to the root: stay there.
                if node == 0 && i < last && !(hasSingles && HashBits.contains(singles, HashBits.scalar(label), bits: singleBits))
                    && !HashBits.contains(startPairs, HashBits.pair(label, buf[i + 1].value), bits: pairBits) {
                    continue
                }
                if label < 0x10000 {
                    let root = rootTable[Int(label)]
                    if root < 0 {
                        node = 0  // no pattern holds this character: every partial match ends here
                        continue
                    }
                    if node == 0 {
                        node = Int(root)
                    } else {
                        node = Self.step(from: node, label, root, nodes, edges)
                    }
                } else {
                    node = Self.step(from: node, label, -1, nodes, edges)
                }
                var n = Int(nodes[node].firstOutput)
                while n >= 0 {
                    let p = Int(output[n])
                    body(p, i + 1 - Int(patternLength[p]), i + 1)
                    n = Int(outputLink[n])
                }
            }
        }}}}}}}}}}
        if collect { landmarks.finish(count: text.count) }
    }

    /// The node reached from node (not the root) on label, following failure links; `root` is the root's child on
    /// label when known (a BMP label), or -1 to search the root's edges.
    @inline(__always)
    private static func step(from start: Int, _ label: UInt32, _ root: Int32, _ nodes: UnsafeBufferPointer<Node>,
                             _ edges: UnsafeBufferPointer<Edge>) -> Int {
        var node = start
        while node != 0 {
            let record = nodes[node]
            let next = find(label, record, edges)
            if next != 0 { return Int(next) }
            node = Int(record.fail)
        }
        return root >= 0 ? Int(root) : Int(find(label, nodes[0], edges))
    }

    /// The child of a node labelled label, or 0 (the root is never a child).
    @inline(__always)
    private static func find(_ label: UInt32, _ node: Node, _ edges: UnsafeBufferPointer<Edge>) -> Int32 {
        var lo = Int(node.edgeStart), hi = Int(node.edgeEnd)
        if hi - lo <= 8 {
            while lo < hi {
                if edges[lo].label == label { return edges[lo].target }
                lo += 1
            }
            return 0
        }
        while lo < hi {
            let mid = (lo + hi) >> 1
            let l = edges[mid].label
            if l == label { return edges[mid].target }
            if l < label { lo = mid + 1 } else { hi = mid }
        }
        return 0
    }

    /// Leftmost-longest selection: non-overlapping hits, each starting as early as possible and, among those,
    /// as long as possible. `hits` may be in any order.
    public static func leftmostLongest(_ hits: [Hit]) -> [Hit] {
        let sorted = hits.sorted { a, b in
            a.start != b.start ? a.start < b.start : (a.end != b.end ? a.end > b.end : a.pattern < b.pattern)
        }
        var result: [Hit] = []
        var reach = 0
        for hit in sorted where hit.start >= reach {
            result.append(hit)
            reach = hit.end
        }
        return result
    }
}

/// A fixed-size bit set indexed by a hash: a filter with false positives and no false negatives.
struct HashBits: Sendable {
    private(set) var words: [UInt64]

    /// A filter of 2^bits bits (bits ≥ 6).
    init(bits: Int) { words = [UInt64](repeating: 0, count: (1 << bits) / 64) }

    /// Bits for a filter of count members: about 16 bits per member, between 2^10 and 2^20.
    static func size(for count: Int) -> Int { min(20, max(10, (count * 16).bitWidth - (count * 16).leadingZeroBitCount)) }

    /// The hash of a pair of scalar values.
    @inline(__always)
    static func pair(_ a: UInt32, _ b: UInt32) -> UInt32 { (a &* 0x9E37_79B1) ^ (b &* 0x85EB_CA6B) }

    /// The hash of one scalar value.
    @inline(__always)
    static func scalar(_ a: UInt32) -> UInt32 { a &* 0x9E37_79B1 }

    mutating func insert(_ hash: UInt32) {
        let bit = Int(hash >> UInt32(32 - Self.bits(words)))
        words[bit >> 6] |= 1 << UInt64(bit & 63)
    }

    /// Whether the bit of hash is set in words (a filter of 2^bits bits).
    @inline(__always)
    static func contains(_ words: UnsafeBufferPointer<UInt64>, _ hash: UInt32, bits: Int) -> Bool {
        let bit = Int(hash >> UInt32(32 - bits))
        return words[bit >> 6] & (1 << UInt64(bit & 63)) != 0
    }

    private static func bits(_ words: [UInt64]) -> Int { (words.count * 64).trailingZeroBitCount }
}

