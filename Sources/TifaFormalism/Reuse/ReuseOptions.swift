/// Settings of a reuse search.
public struct ReuseOptions: Sendable, Equatable {
    /// Shortest passage reported, in original characters.
    public var minChars = 30
    /// A passage held by more than this share of the corpus documents (and by at least three) is a template.
    public var templateShare = 0.2
    /// List passages that also occur in a reference text (kind `reference`).
    public var showReference = false
    /// Fingerprints held by more documents than this seed no pairs (stock phrases shared everywhere).
    public var maxDocumentFrequency = 64
    /// Shingle and window lengths.
    public var winnowing = Winnowing()
    /// How seeds are extended across edits.
    public var aligner = PassageAligner()
    /// Hash shards searched one after the other (memory holds one shard of the fingerprint index at a time).
    public var shards = 1
    /// Worker threads.
    public var jobs = 1

    public init() {}
}
