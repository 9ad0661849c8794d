/// Binary search over sorted data, written once for the whole code base.
extension RandomAccessCollection where Index == Int {
    /// The first index whose element is not `before` the point searched for, when the collection is partitioned:
    /// every element for which `before` is true comes first (`endIndex` when all are).
    @inlinable public func partitionPoint(_ before: (Element) -> Bool) -> Int {
        var lo = startIndex, hi = endIndex
        while lo < hi {
            let mid = lo + (hi - lo) / 2
            if before(self[mid]) { lo = mid + 1 } else { hi = mid }
        }
        return lo
    }
}

extension Array where Element == Range<Int> {
    /// The index of the range containing `p`, in sorted, non-overlapping ranges (nil when none does).
    public func index(containing p: Int) -> Int? {
        let i = partitionPoint { $0.upperBound <= p }
        return i < count && self[i].contains(p) ? i : nil
    }
}
