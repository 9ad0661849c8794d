/// An Aho–Corasick automaton over Unicode scalars: finds every occurrence of every pattern in one pass, in
/// time linear in the text plus the number of hits, whatever the number of patterns.
public struct AhoCorasick: Sendable {
    /// One occurrence: the pattern's index and its range in the text (scalar offsets).
    public struct Hit: Sendable, Equatable {
        public var pattern: Int
        public var start: Int
        public var end: Int
    }

    // Trie edges, flattened: node n's children are edgeLabel/edgeTarget[edgeStart[n] ..< edgeStart[n + 1]],
    // sorted by label. The root's BMP children are also in a dense table.
    private var edgeStart: [Int32] = []
    private var edgeLabel: [UInt32] = []
    private var edgeTarget: [Int32] = []
    private var rootTable: [Int32] = []
    /// For each BMP scalar: 1 when some pattern contains it. Any other character sends the scan to the root.
    private(set) var used: [UInt8] = []
    private var fail: [Int32] = []
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
        for (index, pattern) in patterns.enumerated() {
            patternLength.append(Int32(pattern.count))
            guard !pattern.isEmpty else { continue }
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
        edgeStart.reserveCapacity(nodeCount + 1)
        for node in 0..<nodeCount {
            edgeStart.append(Int32(edgeLabel.count))
            for (label, target) in children[node].sorted(by: { $0.key < $1.key }) {
                edgeLabel.append(label)
                edgeTarget.append(target)
            }
        }
        edgeStart.append(Int32(edgeLabel.count))
        used = [UInt8](repeating: 0, count: 0x10000)
        for label in edgeLabel where label < 0x10000 { used[Int(label)] = 1 }
        rootTable = [Int32](repeating: 0, count: 0x10000)
        for (label, target) in children[0] where label < 0x10000 { rootTable[Int(label)] = target }
        children = []
        output = out
        // 3. Failure and output links, breadth first.
        fail = [Int32](repeating: 0, count: nodeCount)
        outputLink = [Int32](repeating: -1, count: nodeCount)
        var queue: [Int32] = []
        queue.reserveCapacity(nodeCount)
        for e in Int(edgeStart[0])..<Int(edgeStart[1]) { queue.append(edgeTarget[e]) }
        var head = 0
        while head < queue.count {
            let node = Int(queue[head]); head += 1
            for e in Int(edgeStart[node])..<Int(edgeStart[node + 1]) {
                let c = Int(edgeTarget[e]), label = edgeLabel[e]
                var f = Int(fail[node])
                var target: Int32 = 0
                while true {
                    if let t = child(of: f, label) { target = t; break }
                    if f == 0 { break }
                    f = Int(fail[f])
                }
                fail[c] = target
                let t = Int(target)
                outputLink[c] = output[t] >= 0 ? Int32(t) : outputLink[t]
                queue.append(Int32(c))
            }
        }
    }

    @inline(__always)
    private func child(of node: Int, _ label: UInt32) -> Int32? {
        if node == 0 {
            if label < 0x10000 {
                let t = rootTable[Int(label)]
                return t == 0 ? nil : t
            }
        }
        var lo = Int(edgeStart[node]), hi = Int(edgeStart[node + 1])
        if hi - lo <= 8 {
            while lo < hi {
                if edgeLabel[lo] == label { return edgeTarget[lo] }
                lo += 1
            }
            return nil
        }
        while lo < hi {
            let mid = (lo + hi) >> 1
            let l = edgeLabel[mid]
            if l == label { return edgeTarget[mid] }
            if l < label { lo = mid + 1 } else { hi = mid }
        }
        return nil
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
        scan(text, landmarks: &unused, collect: false, body)
    }

    /// The scan, also collecting the text's landmarks in the same pass when `collect` is true.
    func scan(_ text: [Unicode.Scalar], landmarks: inout TextLandmarks, collect: Bool, _ body: (Int, Int, Int) -> Void) {
        Scalars.table.withUnsafeBufferPointer { classes in
        text.withUnsafeBufferPointer { buf in
        edgeStart.withUnsafeBufferPointer { edgeStart in
        edgeLabel.withUnsafeBufferPointer { edgeLabel in
        edgeTarget.withUnsafeBufferPointer { edgeTarget in
        rootTable.withUnsafeBufferPointer { rootTable in
        fail.withUnsafeBufferPointer { fail in
        output.withUnsafeBufferPointer { output in
        outputLink.withUnsafeBufferPointer { outputLink in
            var node = 0
            for i in 0..<buf.count {
                let label = buf[i].value
                if collect { landmarks.observe(i, label, classes) }
                if label < 0x10000 && used[Int(label)] == 0 {
                    node = 0  // no pattern holds this character: every partial match ends here
                    continue
                }
                while true {
                    var next: Int32 = 0
                    if node == 0 {
                        if label < 0x10000 { next = rootTable[Int(label)] } else { next = Self.find(label, node, edgeStart, edgeLabel, edgeTarget) }
                        node = Int(next)
                        break
                    }
                    next = Self.find(label, node, edgeStart, edgeLabel, edgeTarget)
                    if next != 0 { node = Int(next); break }
                    node = Int(fail[node])
                }
                var n = output[node] >= 0 ? node : Int(outputLink[node])
                while n >= 0 {
                    let p = Int(output[n])
                    body(p, i + 1 - Int(patternLength[p]), i + 1)
                    n = Int(outputLink[n])
                }
            }
        }}}}}}}}}
        if collect { landmarks.finish(count: text.count) }
    }

    /// The child of node labelled label, or 0 (the root is never a child).
    @inline(__always)
    static func find(_ label: UInt32, _ node: Int, _ edgeStart: UnsafeBufferPointer<Int32>,
                     _ edgeLabel: UnsafeBufferPointer<UInt32>, _ edgeTarget: UnsafeBufferPointer<Int32>) -> Int32 {
        var lo = Int(edgeStart[node]), hi = Int(edgeStart[node + 1])
        if hi - lo <= 8 {
            while lo < hi {
                if edgeLabel[lo] == label { return edgeTarget[lo] }
                lo += 1
            }
            return 0
        }
        while lo < hi {
            let mid = (lo + hi) >> 1
            let l = edgeLabel[mid]
            if l == label { return edgeTarget[mid] }
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
