#if canImport(Glibc)
import Glibc
#else
import Foundation
#endif

/// Juilland's D over documents of different sizes: how evenly a term is spread across the corpus.
///
/// With n parts, p_i = count in part i / size of part i, mean m and population standard deviation s of the
/// p_i, V = s / m and D = 1 − V / √(n − 1), clipped to [0, 1]. It needs only Σp and Σp², so it can be
/// accumulated in one pass; parts where the term is absent contribute p_i = 0.
public struct JuillandD: Sendable, Equatable {
    /// Σ p_i over the parts where the term occurs.
    public var sumP: Double = 0
    /// Σ p_i² over the parts where the term occurs.
    public var sumP2: Double = 0

    public init() {}

    /// Adds one part where the term occurs `count` times in `size` units.
    public mutating func add(count: Int, size: Int) {
        guard size > 0 else { return }
        let p = Double(count) / Double(size)
        sumP += p
        sumP2 += p * p
    }

    /// D over `parts` parts in all; nil when there are fewer than two parts or the term never occurs.
    public func value(parts n: Int) -> Double? {
        guard n >= 2, sumP > 0 else { return nil }
        let mean = sumP / Double(n)
        let variance = max(0, sumP2 / Double(n) - mean * mean)
        let v = variance.squareRoot() / mean
        return min(1, max(0, 1 - v / Double(n - 1).squareRoot()))
    }
}

/// Corpus-level TF-IDF: frequency × ln(N / document frequency).
public enum TFIDF {
    /// The weight of a term with `frequency` occurrences in `documents` of `total` documents.
    public static func weight(frequency: Int, documents: Int, total: Int) -> Double {
        guard documents > 0, total > 0 else { return 0 }
        return Double(frequency) * log(Double(total) / Double(documents))
    }
}
