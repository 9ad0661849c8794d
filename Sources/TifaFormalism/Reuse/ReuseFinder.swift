import Foundation
import TifaCore

/// Finds passages shared by documents of a corpus: winnowing fingerprints into an inverted index give
/// candidate pairs with seed positions; each seed is extended and verified by `PassageAligner`; passages are then
/// classified as reference (also in a reference text), template (held by more than a share of the corpus) or copy.
public struct ReuseFinder: Sendable {
    public let options: ReuseOptions

    public init(options: ReuseOptions = ReuseOptions()) { self.options = options }

    /// A verified passage between two texts (indices into corpus + references), in compared-character ranges,
    /// with its original-text offsets.
    struct Found: Sendable {
        var a: Int
        var b: Int
        var alignment: PassageAligner.Alignment
        var aOriginal: Range<Int>
        var bOriginal: Range<Int>
    }

    /// The search result: passages in order (a, b, a_start), and per-document figures in corpus order.
    public struct Result: Sendable {
        public var passages: [ReusePassage]
        public var shares: [ReuseShare]
    }

    /// Searches `corpus` (pairs among its documents) against itself and against `references`, all in memory.
    public func find(corpus: [ReuseText], references: [ReuseText] = []) -> Result {
        // In-memory sources cannot fail.
        (try? find(corpus: ReuseTexts(corpus), references: ReuseTexts(references))) ?? Result(passages: [], shares: [])
    }

    /// Searches texts read from sources. With `options.shards` > 1 the fingerprint index is built and searched one
    /// hash shard at a time, so memory holds 1/shards of the fingerprints (texts are read again per shard).
    public func find(corpus: any ReuseTextSource, references: any ReuseTextSource) throws -> Result {
        let all = ChainedSource(first: corpus, second: references)
        var names: [String] = [], dates: [String?] = [], counts: [Int] = []
        var found: [Found] = []
        let shards = max(1, options.shards)
        for shard in 0..<shards {
            var prints: [[(hash: UInt32, position: Int32)]] = []
            for i in 0..<all.count {
                let t = try all.text(i)
                if shard == 0 {
                    names.append(t.document)
                    dates.append(t.date)
                    counts.append(t.count)
                }
                let p = options.winnowing.fingerprints(t.scalars)
                prints.append(shards == 1 ? p : p.filter { Int($0.hash % UInt32(shards)) == shard })
            }
            let index = FingerprintIndex(fingerprints: prints)
            prints = []
            let maxHolders = options.maxDocumentFrequency
            let seeding = index.occurrences(count: all.count) { $0 >= 2 && $0 <= maxHolders }
            found += try search(source: all, corpusCount: corpus.count, seeding: seeding)
        }
        if shards > 1 {
            found = Self.withoutContained(found)
                .sorted { ($0.a, $0.b, $0.alignment.a.lowerBound, $0.alignment.b.lowerBound) < ($1.a, $1.b, $1.alignment.a.lowerBound, $1.alignment.b.lowerBound) }
        }
        return classify(found, names: names, dates: dates, counts: counts, corpusCount: corpus.count)
    }

    /// Every verified passage, per corpus document a, against documents after it and every reference.
    func search(source: any ReuseTextSource, corpusCount: Int, seeding: FingerprintIndex.Occurrences) throws -> [Found] {
        let jobs = max(1, min(options.jobs, corpusCount))
        let slots = Slots(count: corpusCount)
        DispatchQueue.concurrentPerform(iterations: jobs) { job in
            var a = job
            while a < corpusCount {
                do {
                    slots.set(a, try passages(of: a, source: source, seeding: seeding))
                } catch {
                    slots.fail(error)
                    return
                }
                a += jobs
            }
        }
        return try slots.all()
    }

    /// The passages of document a with later documents and references, seeded by the fingerprints of a that
    /// `seeding` keeps (held by 2 to `maxDocumentFrequency` documents); the text of a is read only when there are seeds.
    private func passages(of a: Int, source: any ReuseTextSource, seeding: FingerprintIndex.Occurrences) throws -> [Found] {
        let w = options.winnowing
        var seeds: [(b: Int32, diagonal: Int32, pa: Int32, pb: Int32)] = []
        for f in seeding.of(a) {
            // Postings are sorted by document: start at the first one after a.
            let later = f.postings.partitionPoint { Int($0.document) <= a }
            for p in f.postings[later...] {
                seeds.append((Int32(p.document), Int32(p.position) - f.position, f.position, Int32(p.position)))
            }
        }
        guard !seeds.isEmpty else { return [] }
        let ta = try source.text(a)
        seeds.sort { ($0.b, $0.diagonal, $0.pa) < ($1.b, $1.diagonal, $1.pa) }
        var result: [Found] = []
        var pairFound = PassageCover(length: ta.count)
        var currentB: Int32 = -1
        var tb = ta
        for s in seeds {
            if s.b != currentB {
                currentB = s.b
                pairFound = PassageCover(length: ta.count)
                tb = try source.text(Int(s.b))
            }
            let pa = Int(s.pa), pb = Int(s.pb)
            if pairFound.covers(pa, pb) { continue }
            let aligned = ta.scalars.withUnsafeBufferPointer { ba in
                tb.scalars.withUnsafeBufferPointer { bb in options.aligner.align(ba, bb, pa: pa, pb: pb, length: w.k) }
            }
            guard let aligned else { continue }
            pairFound.insert(aligned)
            let ao = Self.original(ta, aligned.a), bo = Self.original(tb, aligned.b)
            if ao.count >= options.minChars || bo.count >= options.minChars {
                result.append(Found(a: a, b: Int(s.b), alignment: aligned, aOriginal: ao, bOriginal: bo))
            }
        }
        return Self.withoutContained(result)
            .sorted { ($0.b, $0.alignment.a.lowerBound, $0.alignment.b.lowerBound) < ($1.b, $1.alignment.a.lowerBound, $1.alignment.b.lowerBound) }
    }

    /// Drops a passage when a longer one of the same pair covers at least half of it on both sides (two seeds
    /// on different diagonals of one passage, one extended further across edits than the other).
    static func withoutContained(_ found: [Found]) -> [Found] {
        let longestFirst = found.sorted {
            ($0.a, $0.b, -$0.alignment.a.count, $0.alignment.a.lowerBound, $0.alignment.b.lowerBound)
                < ($1.a, $1.b, -$1.alignment.a.count, $1.alignment.a.lowerBound, $1.alignment.b.lowerBound)
        }
        var kept: [Found] = []
        var keptOfPair: [PassageAligner.Alignment] = []
        for f in longestFirst {
            if let last = kept.last, last.a != f.a || last.b != f.b { keptOfPair = [] }
            let inside = keptOfPair.contains {
                coverage(of: f.alignment.a, by: [$0.a]) >= 0.5 && coverage(of: f.alignment.b, by: [$0.b]) >= 0.5
            }
            if !inside {
                kept.append(f)
                keptOfPair.append(f.alignment)
            }
        }
        return kept
    }

    /// The original-text range of a compared range.
    static func original(_ t: ReuseText, _ r: Range<Int>) -> Range<Int> {
        r.isEmpty ? 0..<0 : Int(t.starts[r.lowerBound])..<Int(t.ends[r.upperBound - 1])
    }

    /// Kinds, records and per-document shares.
    func classify(_ found: [Found], names: [String], dates: [String?], counts: [Int], corpusCount: Int) -> Result {
        // Compared-character ranges each corpus document shares, with the partner.
        var spans = [[(range: Range<Int>, partner: Int)]](repeating: [], count: corpusCount)
        var referenceSpans = [[Range<Int>]](repeating: [], count: corpusCount)
        for f in found {
            if f.b >= corpusCount {
                referenceSpans[f.a].append(f.alignment.a)
            } else {
                spans[f.a].append((f.alignment.a, f.b))
                spans[f.b].append((f.alignment.b, f.a))
            }
        }
        let templateDocuments = options.templateShare * Double(corpusCount)
        var passages: [ReusePassage] = []
        var covered = [[Range<Int>]](repeating: [], count: corpusCount)
        var partners = [Set<Int>](repeating: [], count: corpusCount)
        for f in found where f.b < corpusCount {
            let kind: ReuseKind
            if Self.coverage(of: f.alignment.a, by: referenceSpans[f.a]) >= 0.5
                || Self.coverage(of: f.alignment.b, by: referenceSpans[f.b]) >= 0.5 {
                kind = .reference
            } else {
                let holders = Set(spans[f.a].filter { Self.coverage(of: f.alignment.a, by: [$0.range]) >= 0.5 }.map(\.partner))
                    .union([f.b])
                kind = holders.count + 1 >= 3 && Double(holders.count + 1) > templateDocuments ? .template : .copy
            }
            if kind != .reference {
                covered[f.a].append(f.alignment.a)
                covered[f.b].append(f.alignment.b)
                partners[f.a].insert(f.b)
                partners[f.b].insert(f.a)
            }
            if kind == .reference && !options.showReference { continue }
            passages.append(ReusePassage(
                a: names[f.a], b: names[f.b], a_start: f.aOriginal.lowerBound, a_end: f.aOriginal.upperBound,
                b_start: f.bOriginal.lowerBound, b_end: f.bOriginal.upperBound,
                chars: max(f.aOriginal.count, f.bOriginal.count), similarity: f.alignment.similarity, kind: kind,
                earlier: Self.earlier(names[f.a], dates[f.a], names[f.b], dates[f.b])))
        }
        let shares = (0..<corpusCount).map { d in
            ReuseShare(share: counts[d] == 0 ? 0 : Double(Self.union(covered[d])) / Double(counts[d]),
                       partners: partners[d].count)
        }
        return Result(passages: passages, shares: shares)
    }

    /// The document dated first, when both are dated and the dates differ (a date that extends the other,
    /// 2019 and 2019-05, does not order them).
    static func earlier(_ a: String, _ da: String?, _ b: String, _ db: String?) -> String {
        guard let da, let db, !da.hasPrefix(db), !db.hasPrefix(da) else { return "" }
        return da < db ? a : b
    }

    /// The share of range r covered by the union of ranges.
    static func coverage(of r: Range<Int>, by ranges: [Range<Int>]) -> Double {
        guard !r.isEmpty else { return 0 }
        let clipped = ranges.compactMap { x -> Range<Int>? in
            let lo = max(x.lowerBound, r.lowerBound), hi = min(x.upperBound, r.upperBound)
            return lo < hi ? lo..<hi : nil
        }
        return Double(union(clipped)) / Double(r.count)
    }

    /// The number of positions in the union of ranges.
    static func union(_ ranges: [Range<Int>]) -> Int {
        var total = 0, end = Int.min
        for r in ranges.sorted(by: { $0.lowerBound < $1.lowerBound }) {
            if r.upperBound <= end { continue }
            total += r.upperBound - max(r.lowerBound, end)
            end = r.upperBound
        }
        return total
    }
}

/// Per-document results filled by several threads, and the first failure.
private final class Slots: @unchecked Sendable {
    private let lock = NSLock()
    private var values: [[ReuseFinder.Found]]
    private var failure: Error?
    init(count: Int) { values = Array(repeating: [], count: count) }
    func set(_ i: Int, _ v: [ReuseFinder.Found]) { lock.withLock { values[i] = v } }
    func fail(_ e: Error) { lock.withLock { if failure == nil { failure = e } } }
    func all() throws -> [ReuseFinder.Found] {
        try lock.withLock {
            if let failure { throw failure }
            return values.flatMap { $0 }
        }
    }
}

/// The passages found so far between two documents, looked up by position in the first: a seed inside one of them
/// is not aligned again. Passages are listed in fixed-size buckets of the first document's positions, so a lookup
/// reads only the passages that reach the seed's bucket.
struct PassageCover {
    static let bucket = 256
    private var buckets: [[Int32]]
    private var passages: [PassageAligner.Alignment] = []

    init(length: Int) { buckets = Array(repeating: [], count: length / Self.bucket + 1) }

    /// Whether a found passage holds position pa of the first document and pb of the second.
    func covers(_ pa: Int, _ pb: Int) -> Bool {
        let k = pa / Self.bucket
        guard k < buckets.count else { return false }
        return buckets[k].contains { passages[Int($0)].a.contains(pa) && passages[Int($0)].b.contains(pb) }
    }

    mutating func insert(_ p: PassageAligner.Alignment) {
        guard !p.a.isEmpty else { return }
        let index = Int32(passages.count)
        passages.append(p)
        let last = min(buckets.count - 1, (p.a.upperBound - 1) / Self.bucket)
        guard p.a.lowerBound / Self.bucket <= last else { return }
        for k in (p.a.lowerBound / Self.bucket)...last { buckets[k].append(index) }
    }
}

