#if canImport(Glibc)
import Glibc
#else
import Foundation
#endif

/// Association of a node term and a collocate from windowed co-occurrence (Evert 2008, surface
/// co-occurrence): a 2×2 table whose first row is the content-token positions inside the node's windows.
///
/// O11 = co-occurrences, R1 = window positions, C1 = collocate frequency, N = content tokens;
/// O12 = R1 − O11, O21 = C1 − O11, O22 = N − R1 − C1 + O11; Eij = Ri · Cj / N.
public struct Association: Sendable, Equatable {
    public let observed: Int
    public let windowTokens: Int
    public let collocateFrequency: Int
    public let nodeFrequency: Int
    public let total: Int

    public init(observed: Int, windowTokens: Int, collocateFrequency: Int, nodeFrequency: Int, total: Int) {
        self.observed = observed
        self.windowTokens = windowTokens
        self.collocateFrequency = collocateFrequency
        self.nodeFrequency = nodeFrequency
        self.total = total
    }

    /// E11 = R1 · C1 / N.
    public var expected: Double {
        total > 0 ? Double(windowTokens) * Double(collocateFrequency) / Double(total) : 0
    }

    /// Log-likelihood G² = 2 Σ Oij ln(Oij / Eij) over the four cells (a cell with O = 0 adds nothing).
    public var g2: Double {
        let n = Double(total), r1 = Double(windowTokens), c1 = Double(collocateFrequency), o11 = Double(observed)
        guard n > 0 else { return 0 }
        let r2 = n - r1, c2 = n - c1
        let cells = [(o11, r1 * c1 / n), (r1 - o11, r1 * c2 / n), (c1 - o11, r2 * c1 / n), (n - r1 - c1 + o11, r2 * c2 / n)]
        var sum = 0.0
        for (o, e) in cells where o > 0 && e > 0 { sum += o * log(o / e) }
        return max(0, 2 * sum)
    }

    /// Pointwise mutual information, log2(O11 / E11).
    public var pmi: Double {
        let e = expected
        return observed > 0 && e > 0 ? log2(Double(observed) / e) : 0
    }

    /// t-score, (O11 − E11) / √O11.
    public var tScore: Double {
        observed > 0 ? (Double(observed) - expected) / Double(observed).squareRoot() : 0
    }

    /// Dice coefficient, 2 · O11 / (f(node) + f(collocate)).
    public var dice: Double {
        nodeFrequency + collocateFrequency > 0 ? 2 * Double(observed) / Double(nodeFrequency + collocateFrequency) : 0
    }

    /// Whether the pair co-occurs more often than expected (attraction).
    public var isAttracted: Bool { Double(observed) > expected }
}
