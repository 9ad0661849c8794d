/// Where a reuse search gets its texts: an array in memory, or documents read back from disk one at a time
/// (the analysis keeps only the fingerprint index in memory, not the texts).
public protocol ReuseTextSource: Sendable {
    /// The number of texts.
    var count: Int { get }
    /// The i-th text.
    func text(_ i: Int) throws -> ReuseText
}

/// Texts held in memory.
public struct ReuseTexts: ReuseTextSource {
    public let texts: [ReuseText]
    public init(_ texts: [ReuseText]) { self.texts = texts }
    public var count: Int { texts.count }
    public func text(_ i: Int) -> ReuseText { texts[i] }
}

/// Two sources one after the other (the corpus, then the references).
struct ChainedSource: ReuseTextSource {
    let first: any ReuseTextSource
    let second: any ReuseTextSource
    var count: Int { first.count + second.count }
    func text(_ i: Int) throws -> ReuseText { i < first.count ? try first.text(i) : try second.text(i - first.count) }
}
