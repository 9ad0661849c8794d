import TifaSegment
import TifaCore

/// The tokens line of one plain text (`tifa segment --format tokens`): the same filtering as `tokens/tokens.txt`
/// of `tifa analyze --tokens`, without ingest or normalisation.
public enum ModelTokens {
    /// Space-separated tokens of `text`, with its `\n`; `options` says what is kept besides content tokens.
    public static func line(_ text: [Unicode.Scalar], tokens: [Token], filter: TermFilter, options: SequenceOptions) -> [UInt8] {
        var index: [String: Int32] = [:]
        var terms: [String] = []
        var kinds: [UInt8] = []
        var tokenTerm: [Int32] = []
        tokenTerm.reserveCapacity(tokens.count)
        for token in tokens {
            let term = String(scalars: text[token.range])
            let bit = RecordBuilder.kind(token.kind).bit
            if let i = index[term] {
                tokenTerm.append(i)
                kinds[Int(i)] |= bit
            } else {
                index[term] = Int32(terms.count)
                tokenTerm.append(Int32(terms.count))
                terms.append(term)
                kinds.append(bit)
            }
        }
        let exclusion = zip(terms, kinds).map { filter.exclusion($0, kinds: $1) }
        var lineOptions = options
        lineOptions.ngramSizes = []
        lineOptions.tokens = true
        let counter = SequenceCounter(options: lineOptions, exclusion: exclusion, isNode: terms.map { _ in false }, terms: terms)
        return counter.count(tokens: tokens, tokenTerm: tokenTerm, sentences: []).1
    }
}
