/// Which terms count as content for n-grams, collocations, tokens files and ranked lists: not whitespace,
/// not punctuation or symbols, not a stopword, and (with `--drop-numbers`) not a numeral, year or date.
public struct TermFilter: Sendable {
    public let stopwords: StopwordList
    /// Leave numerals, years and dates out (`--drop-numbers`).
    public let dropNumbers: Bool

    public init(stopwords: StopwordList, dropNumbers: Bool) {
        self.stopwords = stopwords
        self.dropNumbers = dropNumbers
    }

    /// Why a term is not content, if it is not; `nil` for a content term.
    public func exclusion(_ term: String, kinds: UInt8) -> Exclusion? {
        if term.unicodeScalars.allSatisfy({ ScalarProperties.isWhitespace($0.value) }) { return .whitespace }
        if PunctuationTest.isPunctuation(term) { return .punctuation }
        if stopwords.contains(term) { return .stopword }
        if dropNumbers && Self.isNumber(term, kinds: kinds) { return .number }
        return nil
    }

    /// Whether a term is left out of ranked lists (terms.csv keeps it, flagged).
    public func isExcluded(_ term: String, kinds: UInt8) -> Bool { exclusion(term, kinds: kinds) != nil }

    /// A numeral: the segmenter's `number` kind, or a text `NumeralTest` accepts.
    public static func isNumber(_ term: String, kinds: UInt8) -> Bool {
        (kinds & TermKind.number.bit != 0 && kinds & TermKind.word.bit == 0) || NumeralTest.isNumeral(term)
    }

    /// The classes of non-content terms.
    public enum Exclusion: Sendable { case whitespace, punctuation, stopword, number }
}
