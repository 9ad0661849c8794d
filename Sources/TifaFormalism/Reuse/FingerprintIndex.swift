import TifaCore

/// An inverted index from winnowing fingerprint to the (document, position) pairs that carry it, held as one
/// array sorted by hash, so a lookup is a binary search over the distinct hashes.
public struct FingerprintIndex: Sendable {
    /// One occurrence of a fingerprint.
    public struct Posting: Sendable, Equatable {
        public var hash: UInt32
        public var document: UInt32
        public var position: UInt32
    }

    private let postings: [Posting]
    private let hashes: [UInt32]
    private let groupStarts: [Int32]
    private let groupDocuments: [Int32]

    /// Builds the index from every document's fingerprints (documents numbered by their order).
    public init(fingerprints: [[(hash: UInt32, position: Int32)]]) {
        var all: [Posting] = []
        all.reserveCapacity(fingerprints.reduce(0) { $0 + $1.count })
        for (d, list) in fingerprints.enumerated() {
            for f in list { all.append(Posting(hash: f.hash, document: UInt32(d), position: UInt32(f.position))) }
        }
        all.sort { ($0.hash, $0.document, $0.position) < ($1.hash, $1.document, $1.position) }
        var hashes: [UInt32] = [], starts: [Int32] = [], docs: [Int32] = []
        var i = 0
        while i < all.count {
            let h = all[i].hash
            var j = i, distinct: Int32 = 0
            var last = UInt32.max
            while j < all.count, all[j].hash == h {
                if all[j].document != last { distinct += 1; last = all[j].document }
                j += 1
            }
            hashes.append(h)
            starts.append(Int32(i))
            docs.append(distinct)
            i = j
        }
        starts.append(Int32(all.count))
        postings = all
        self.hashes = hashes
        groupStarts = starts
        groupDocuments = docs
    }

    /// The postings of a hash and the number of distinct documents holding it (empty when absent).
    public func lookup(_ hash: UInt32) -> (postings: ArraySlice<Posting>, documents: Int) {
        let lo = hashes.partitionPoint { $0 < hash }
        guard lo < hashes.count, hashes[lo] == hash else { return (postings[0..<0], 0) }
        return (postings[Int(groupStarts[lo])..<Int(groupStarts[lo + 1])], Int(groupDocuments[lo]))
    }
}
