/// Extends an exact seed match between two compared texts into the longest passage that stays aligned under
/// small edits: a changed, inserted or dropped character (up to `maxSkip` in a row) is crossed when at least
/// `resyncRun` characters match again after it.
public struct PassageAligner: Sendable, Equatable {
    /// Characters skipped at most on either side to cross one edit.
    public var maxSkip = 3
    /// Matching characters needed after an edit to continue.
    public var resyncRun = 2
    /// At most this many edits per matched character (e.g. 0.2: one edit in five characters).
    public var maxEditRate = 0.2

    public init() {}

    /// An aligned passage: half-open ranges in each compared text, matched characters and edits crossed.
    public struct Alignment: Sendable, Equatable {
        public var a: Range<Int>
        public var b: Range<Int>
        public var matched: Int
        public var edits: Int

        /// Matched characters over the longer side.
        public var similarity: Double { Double(matched) / Double(max(a.count, b.count, 1)) }
    }

    /// Skips to try when crossing an edit, cheapest first: a substitution before an insertion of the same size.
    private var steps: [(Int, Int)] {
        var s: [(Int, Int)] = []
        for size in 1...maxSkip {
            s.append((size, size))
            for other in stride(from: size - 1, through: 0, by: -1) {
                s.append((other, size))
                s.append((size, other))
            }
        }
        return s
    }

    /// The passage around the seed (a[pa...], b[pb...] matching exactly for `length` characters), or nil when the
    /// seed does not match exactly (a hash collision).
    public func align(_ a: UnsafeBufferPointer<UInt32>, _ b: UnsafeBufferPointer<UInt32>, pa: Int, pb: Int, length: Int) -> Alignment? {
        guard pa + length <= a.count, pb + length <= b.count else { return nil }
        for j in 0..<length where a[pa + j] != b[pb + j] { return nil }
        var sa = pa, sb = pb
        while sa > 0, sb > 0, a[sa - 1] == b[sb - 1] { sa -= 1; sb -= 1 }
        var ea = pa + length, eb = pb + length
        while ea < a.count, eb < b.count, a[ea] == b[eb] { ea += 1; eb += 1 }
        var matched = ea - sa
        var edits = 0
        let steps = self.steps
        // Forward across edits.
        while let (da, db) = resyncForward(a, b, ea, eb, steps), Double(edits + max(da, db)) <= maxEditRate * Double(matched) {
            var ra = ea + da, rb = eb + db
            while ra < a.count, rb < b.count, a[ra] == b[rb] { ra += 1; rb += 1 }
            matched += ra - (ea + da)
            edits += max(da, db)
            ea = ra
            eb = rb
        }
        // Backward across edits.
        while let (da, db) = resyncBackward(a, b, sa, sb, steps), Double(edits + max(da, db)) <= maxEditRate * Double(matched) {
            var ra = sa - da, rb = sb - db
            while ra > 0, rb > 0, a[ra - 1] == b[rb - 1] { ra -= 1; rb -= 1 }
            matched += (sa - da) - ra
            edits += max(da, db)
            sa = ra
            sb = rb
        }
        return Alignment(a: sa..<ea, b: sb..<eb, matched: matched, edits: edits)
    }

    private func resyncForward(_ a: UnsafeBufferPointer<UInt32>, _ b: UnsafeBufferPointer<UInt32>, _ ea: Int, _ eb: Int,
                               _ steps: [(Int, Int)]) -> (Int, Int)? {
        outer: for (da, db) in steps {
            let ra = ea + da, rb = eb + db
            guard ra + resyncRun <= a.count, rb + resyncRun <= b.count else { continue }
            for j in 0..<resyncRun where a[ra + j] != b[rb + j] { continue outer }
            return (da, db)
        }
        return nil
    }

    private func resyncBackward(_ a: UnsafeBufferPointer<UInt32>, _ b: UnsafeBufferPointer<UInt32>, _ sa: Int, _ sb: Int,
                                _ steps: [(Int, Int)]) -> (Int, Int)? {
        outer: for (da, db) in steps {
            let ra = sa - da, rb = sb - db
            guard ra - resyncRun >= 0, rb - resyncRun >= 0 else { continue }
            for j in 1...resyncRun where a[ra - j] != b[rb - j] { continue outer }
            return (da, db)
        }
        return nil
    }
}
