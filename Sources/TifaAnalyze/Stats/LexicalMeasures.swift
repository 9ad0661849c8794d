import TifaCore

/// Per-document lexical measures, as integers so that records stay exact: word tokens and types (for the
/// type–token ratio), MATTR in millionths, characters inside sentences, and Han characters (all, and those in
/// the common-character list).
///
/// Word tokens are the tokens that are neither whitespace nor punctuation/symbols (stopwords and numerals
/// included). MATTR (Covington & McFall 2010) is the mean type–token ratio of every window of
/// `LexicalMeasures.window` consecutive word tokens; a document with fewer word tokens gets its plain TTR.
public struct LexicalMeasures: Codable, Sendable, Equatable {
    public static let window = 500

    public var wordTokens = 0
    public var wordTypes = 0
    /// MATTR × 1,000,000, rounded.
    public var mattrMillionths = 0
    public var sentenceCharacters = 0
    public var hanCharacters = 0
    public var commonHanCharacters = 0

    public init() {}

    /// Counts word tokens and types and the moving-window TTR; `word[t]` tells whether distinct term t is a word.
    mutating func countWords(tokenTerm: [Int32], word: [Bool]) {
        var sequence: [Int32] = []
        sequence.reserveCapacity(tokenTerm.count)
        for t in tokenTerm where t >= 0 && word[Int(t)] { sequence.append(t) }
        wordTokens = sequence.count
        var seen = [Int32](repeating: 0, count: word.count)
        var types = 0
        for t in sequence {
            if seen[Int(t)] == 0 { types += 1 }
            seen[Int(t)] += 1
        }
        wordTypes = types
        guard sequence.count > Self.window else {
            mattrMillionths = sequence.isEmpty ? 0 : Int((Double(types) / Double(sequence.count) * 1_000_000).rounded())
            return
        }
        var inWindow = [Int32](repeating: 0, count: word.count)
        var windowTypes = 0
        var sum = 0
        for (i, t) in sequence.enumerated() {
            if inWindow[Int(t)] == 0 { windowTypes += 1 }
            inWindow[Int(t)] += 1
            if i >= Self.window {
                let old = Int(sequence[i - Self.window])
                inWindow[old] -= 1
                if inWindow[old] == 0 { windowTypes -= 1 }
            }
            if i >= Self.window - 1 { sum += windowTypes }
        }
        let windows = sequence.count - Self.window + 1
        mattrMillionths = Int((Double(sum) / Double(windows * Self.window) * 1_000_000).rounded())
    }

    /// Counts sentence characters and Han characters (those in `common` separately).
    mutating func countCharacters(text: [Unicode.Scalar], sentences: [Sentence], common: CommonCharacters?) {
        sentenceCharacters = sentences.reduce(0) { $0 + $1.range.count }
        for s in text where ScalarProperties.isIdeographic(s) {
            hanCharacters += 1
            if common?.contains(s) ?? false { commonHanCharacters += 1 }
        }
    }
}
