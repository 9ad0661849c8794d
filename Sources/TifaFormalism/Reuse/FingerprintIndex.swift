import TifaCore

/// An inverted index from winnowing fingerprint to the (document, position) pairs that carry it, held as one
/// array sorted by (hash, document, position) and cut into one group per distinct hash.
public struct FingerprintIndex: Sendable {
    /// One occurrence of a fingerprint.
    public struct Posting: Sendable, Equatable {
        public var hash: UInt32
        public var document: UInt32
        public var position: UInt32
    }

    private let postings: [Posting]
    private let groupStarts: [Int32]
    private let groupDocuments: [Int32]

    /// Builds the index from every document's fingerprints (documents numbered by their order).
    public init(fingerprints: [[(hash: UInt32, position: Int32)]]) {
        var all: [Posting] = []
        all.reserveCapacity(fingerprints.reduce(0) { $0 + $1.count })
        for (d, list) in fingerprints.enumerated() {
            let ordered = zip(list, list.dropFirst()).allSatisfy { $0.position < $1.position }
                ? list : list.sorted { ($0.position, $0.hash) < ($1.position, $1.hash) }
            for f in ordered { all.append(Posting(hash: f.hash, document: UInt32(d), position: UInt32(f.position))) }
        }
        // In (document, position) order now; a stable sort by hash gives (hash, document, position).
        Self.sortByHash(&all)
        var starts: [Int32] = [], docs: [Int32] = []
        var i = 0
        while i < all.count {
            let h = all[i].hash
            var j = i, distinct: Int32 = 0
            var last = UInt32.max
            while j < all.count, all[j].hash == h {
                if all[j].document != last { distinct += 1; last = all[j].document }
                j += 1
            }
            starts.append(Int32(i))
            docs.append(distinct)
            i = j
        }
        starts.append(Int32(all.count))
        postings = all
        groupStarts = starts
        groupDocuments = docs
    }

    /// Per document (of `count`), its fingerprints whose number of distinct holding documents passes `holders`:
    /// their positions, each with the postings of its hash (every holder, sorted by document), in no particular order.
    public func occurrences(count: Int, holders: (Int) -> Bool) -> Occurrences {
        let chosen = groupDocuments.indices.filter { holders(Int(groupDocuments[$0])) }
        var perDocument = [Int](repeating: 0, count: count + 1)
        for g in chosen {
            for p in Int(groupStarts[g])..<Int(groupStarts[g + 1]) { perDocument[Int(postings[p].document) + 1] += 1 }
        }
        for d in 0..<count { perDocument[d + 1] += perDocument[d] }
        var fill = perDocument
        var entries = [(position: Int32, group: Int32)](repeating: (0, 0), count: perDocument[count])
        for g in chosen {
            for p in Int(groupStarts[g])..<Int(groupStarts[g + 1]) {
                let d = Int(postings[p].document)
                entries[fill[d]] = (Int32(postings[p].position), Int32(g))
                fill[d] += 1
            }
        }
        return Occurrences(index: self, starts: perDocument, entries: entries)
    }

    /// The chosen fingerprints of each document (`FingerprintIndex.occurrences`).
    public struct Occurrences: Sendable {
        let index: FingerprintIndex
        let starts: [Int]
        let entries: [(position: Int32, group: Int32)]

        /// Document d's fingerprint positions, each with the postings of its hash.
        public func of(_ d: Int) -> [(position: Int32, postings: ArraySlice<Posting>)] {
            entries[starts[d]..<starts[d + 1]].map { e in
                (e.position, index.postings[Int(index.groupStarts[Int(e.group)])..<Int(index.groupStarts[Int(e.group) + 1])])
            }
        }
    }

    /// Sorts postings by hash, keeping the order of equal hashes (two counting passes of 16 bits).
    static func sortByHash(_ postings: inout [Posting]) {
        guard postings.count > 1 else { return }
        var buffer = postings
        for shift: UInt32 in [0, 16] {
            var starts = [Int](repeating: 0, count: (1 << 16) + 1)
            for p in postings { starts[Int((p.hash >> shift) & 0xFFFF) + 1] += 1 }
            for b in 0..<(1 << 16) { starts[b + 1] += starts[b] }
            for p in postings {
                let b = Int((p.hash >> shift) & 0xFFFF)
                buffer[starts[b]] = p
                starts[b] += 1
            }
            swap(&postings, &buffer)
        }
    }
}
