import Foundation

/// Finds passages shared by documents of a corpus: winnowing fingerprints into an inverted index give
/// candidate pairs with seed positions; each seed is extended and verified by `PassageAligner`; passages are then
/// classified as reference (also in a reference text), template (held by more than a share of the corpus) or copy.
public struct ReuseFinder: Sendable {
    public let options: ReuseOptions

    public init(options: ReuseOptions = ReuseOptions()) { self.options = options }

    /// A verified passage between two texts (indices into corpus + references), in compared-character ranges.
    struct Found: Sendable {
        var a: Int
        var b: Int
        var alignment: PassageAligner.Alignment
    }

    /// The search result: passages in order (a, b, a_start), and per-document figures in corpus order.
    public struct Result: Sendable {
        public var passages: [ReusePassage]
        public var shares: [ReuseShare]
    }

    /// Searches `corpus` (pairs among its documents) against itself and against `references`.
    public func find(corpus: [ReuseText], references: [ReuseText] = []) -> Result {
        let texts = corpus + references
        let index = FingerprintIndex(fingerprints: texts.map { options.winnowing.fingerprints($0.scalars) })
        let found = search(texts: texts, corpusCount: corpus.count, index: index)
        return classify(found, texts: texts, corpusCount: corpus.count)
    }

    /// Every verified passage, per corpus document a, against documents after it and every reference.
    func search(texts: [ReuseText], corpusCount: Int, index: FingerprintIndex) -> [Found] {
        let jobs = max(1, min(options.jobs, corpusCount))
        let slots = Slots(count: corpusCount)
        DispatchQueue.concurrentPerform(iterations: jobs) { job in
            var a = job
            while a < corpusCount {
                slots.set(a, passages(of: a, texts: texts, index: index))
                a += jobs
            }
        }
        return slots.all
    }

    /// The passages of document a with later documents and references.
    private func passages(of a: Int, texts: [ReuseText], index: FingerprintIndex) -> [Found] {
        let w = options.winnowing
        var seeds: [(b: Int32, diagonal: Int32, pa: Int32, pb: Int32)] = []
        for f in w.fingerprints(texts[a].scalars) {
            let hit = index.lookup(f.hash)
            guard hit.documents >= 2, hit.documents <= options.maxDocumentFrequency else { continue }
            for p in hit.postings where Int(p.document) > a {
                seeds.append((Int32(p.document), Int32(p.position) - f.position, f.position, Int32(p.position)))
            }
        }
        guard !seeds.isEmpty else { return [] }
        seeds.sort { ($0.b, $0.diagonal, $0.pa) < ($1.b, $1.diagonal, $1.pa) }
        var result: [Found] = []
        var pairFound: [PassageAligner.Alignment] = []
        var currentB: Int32 = -1
        texts[a].scalars.withUnsafeBufferPointer { ta in
            for s in seeds {
                if s.b != currentB {
                    currentB = s.b
                    pairFound = []
                }
                let pa = Int(s.pa), pb = Int(s.pb)
                if pairFound.contains(where: { $0.a.contains(pa) && $0.b.contains(pb) }) { continue }
                let aligned = texts[Int(s.b)].scalars.withUnsafeBufferPointer { tb in
                    options.aligner.align(ta, tb, pa: pa, pb: pb, length: w.k)
                }
                guard let aligned else { continue }
                pairFound.append(aligned)
                if originalLength(texts[a], aligned.a) >= options.minChars
                    || originalLength(texts[Int(s.b)], aligned.b) >= options.minChars {
                    result.append(Found(a: a, b: Int(s.b), alignment: aligned))
                }
            }
        }
        return Self.withoutContained(result)
            .sorted { ($0.b, $0.alignment.a.lowerBound, $0.alignment.b.lowerBound) < ($1.b, $1.alignment.a.lowerBound, $1.alignment.b.lowerBound) }
    }

    /// Drops a passage when a longer one of the same pair covers at least half of it on both sides (two seeds
    /// on different diagonals of one passage, one extended further across edits than the other).
    static func withoutContained(_ found: [Found]) -> [Found] {
        let longestFirst = found.sorted {
            ($0.b, -$0.alignment.a.count, $0.alignment.a.lowerBound, $0.alignment.b.lowerBound)
                < ($1.b, -$1.alignment.a.count, $1.alignment.a.lowerBound, $1.alignment.b.lowerBound)
        }
        var kept: [Found] = []
        var keptOfPair: [PassageAligner.Alignment] = []
        for f in longestFirst {
            if let last = kept.last, last.b != f.b { keptOfPair = [] }
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

    /// The original-text length of a compared range.
    func originalLength(_ t: ReuseText, _ r: Range<Int>) -> Int {
        r.isEmpty ? 0 : Int(t.ends[r.upperBound - 1] - t.starts[r.lowerBound])
    }

    /// Kinds, records and per-document shares.
    func classify(_ found: [Found], texts: [ReuseText], corpusCount: Int) -> Result {
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
            passages.append(record(f, kind: kind, texts: texts))
        }
        let shares = (0..<corpusCount).map { d in
            ReuseShare(share: texts[d].count == 0 ? 0 : Double(Self.union(covered[d])) / Double(texts[d].count),
                       partners: partners[d].count)
        }
        return Result(passages: passages, shares: shares)
    }

    private func record(_ f: Found, kind: ReuseKind, texts: [ReuseText]) -> ReusePassage {
        let ta = texts[f.a], tb = texts[f.b]
        let al = f.alignment
        let aStart = Int(ta.starts[al.a.lowerBound]), aEnd = Int(ta.ends[al.a.upperBound - 1])
        let bStart = Int(tb.starts[al.b.lowerBound]), bEnd = Int(tb.ends[al.b.upperBound - 1])
        return ReusePassage(a: ta.document, b: tb.document, a_start: aStart, a_end: aEnd, b_start: bStart, b_end: bEnd,
                            chars: max(aEnd - aStart, bEnd - bStart), similarity: al.similarity, kind: kind,
                            earlier: Self.earlier(ta, tb))
    }

    /// The document dated first, when both are dated and the dates differ (a date that extends the other,
    /// 2019 and 2019-05, does not order them).
    static func earlier(_ a: ReuseText, _ b: ReuseText) -> String {
        guard let da = a.date, let db = b.date, !da.hasPrefix(db), !db.hasPrefix(da) else { return "" }
        return da < db ? a.document : b.document
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

/// Per-document results filled by several threads.
private final class Slots: @unchecked Sendable {
    private let lock = NSLock()
    private var values: [[ReuseFinder.Found]]
    init(count: Int) { values = Array(repeating: [], count: count) }
    func set(_ i: Int, _ v: [ReuseFinder.Found]) { lock.withLock { values[i] = v } }
    var all: [ReuseFinder.Found] { lock.withLock { values.flatMap { $0 } } }
}
