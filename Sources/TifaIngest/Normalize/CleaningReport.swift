/// What normalisation did to one document: characters removed or changed by each rule, and what it found.
public struct CleaningReport: Sendable, Equatable, Codable {
    /// Original characters removed, by rule name (`crlf`, `pinyin`, `boilerplate.breadcrumb`, `lost`, …).
    public var removedByRule: [String: Int] = [:]
    /// Original characters changed in place, by step (`nfkc`, `traditional-to-simplified`).
    public var changedByStep: [String: Int] = [:]
    /// Runs of lost characters (`????`, U+FFFD) found, as original ranges.
    public var lostRuns: [OriginalSpan] = []
    /// Runs of mojibake (text decoded with the wrong charset) found, as original ranges.
    public var mojibakeRuns: [OriginalSpan] = []
    /// Runs that look like mojibake (uncommon characters clustered with debris, or Latin-1 letters in a row) but
    /// show no evidence of a wrong decode: kept in the text, listed here.
    public var mojibakeSuspectRuns: [OriginalSpan] = []
    /// U+FFFD replacement characters in the decoded text (from undecodable bytes or already in the file).
    public var replacementCharacters = 0
    /// Characters counted as lost (question-mark runs standing for characters a conversion could not map).
    public var lostCharacters = 0

    public init() {}

    mutating func removed(_ rule: String, _ n: Int = 1) { if n > 0 { removedByRule[rule, default: 0] += n } }
    mutating func changed(_ step: String, _ n: Int = 1) { if n > 0 { changedByStep[step, default: 0] += n } }
}

/// A range of Unicode scalar offsets in the original text, with the rule that flagged it.
public struct OriginalSpan: Sendable, Equatable, Codable {
    public var start: Int
    public var end: Int
    public var rule: String
    public init(start: Int, end: Int, rule: String) {
        self.start = start
        self.end = end
        self.rule = rule
    }
}
