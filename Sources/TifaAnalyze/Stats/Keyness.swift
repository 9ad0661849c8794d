#if canImport(Glibc)
import Glibc
#else
import Foundation
#endif

/// Keyness of a term in a target corpus against a reference: log-likelihood G² and log ratio.
public struct Keyness: Sendable, Equatable {
    /// Occurrences in the target.
    public let target: Int
    /// Occurrences in the reference.
    public let reference: Int
    /// Tokens in the target.
    public let targetTotal: Int
    /// Tokens in the reference.
    public let referenceTotal: Int

    public init(target: Int, reference: Int, targetTotal: Int, referenceTotal: Int) {
        self.target = target
        self.reference = reference
        self.targetTotal = targetTotal
        self.referenceTotal = referenceTotal
    }

    /// Dunning's log-likelihood in the 2-cell form (Rayson & Garside): 2 Σ O ln(O / E), E from the pooled rate.
    public var g2: Double {
        let a = Double(target), b = Double(reference)
        let c = Double(targetTotal), d = Double(referenceTotal)
        guard c > 0, d > 0, a + b > 0 else { return 0 }
        let e1 = c * (a + b) / (c + d)
        let e2 = d * (a + b) / (c + d)
        var sum = 0.0
        if a > 0 { sum += a * log(a / e1) }
        if b > 0 { sum += b * log(b / e2) }
        return 2 * sum
    }

    /// Hardie's log ratio: log2 of the ratio of relative frequencies, with 0.5 in place of a zero count.
    public var logRatio: Double {
        guard targetTotal > 0, referenceTotal > 0 else { return 0 }
        let a = target == 0 ? 0.5 : Double(target)
        let b = reference == 0 ? 0.5 : Double(reference)
        return log2((a / Double(targetTotal)) / (b / Double(referenceTotal)))
    }

    /// Whether the term is relatively more frequent in the target than in the reference.
    public var isOverRepresented: Bool {
        Double(target) * Double(referenceTotal) > Double(reference) * Double(targetTotal)
    }

    /// G² at p < 0.05 with one degree of freedom.
    public static let criticalValue005 = 3.84
}
