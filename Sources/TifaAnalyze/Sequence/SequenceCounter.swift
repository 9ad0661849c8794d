import TifaCore
import TifaSegment

/// Counts one document's n-grams and node-window co-occurrences over its content tokens, sentence by
/// sentence, and writes its tokens line. N-grams are runs of adjacent content tokens: a stopword, punctuation
/// (or a numeral with `--drop-numbers`) or a sentence end breaks a run, as if it were a pad. Windows count
/// content tokens only and never cross a sentence end.
struct SequenceCounter {
    let options: SequenceOptions
    /// Per distinct term of the document (sorted): why it is not content, or nil.
    let exclusion: [TermFilter.Exclusion?]
    /// Per distinct term: whether it is a collocation node.
    let isNode: [Bool]
    let terms: [String]

    /// Scans the tokens (`tokenTerm[i]` is the distinct-term index of token i, or -1 for whitespace).
    func count(tokens: [Token], tokenTerm: [Int32], sentences: [Sentence]) -> (DocumentSequences, [UInt8]) {
        var result = DocumentSequences()
        var grams = NGramTable(expected: min(tokens.count, 1 << 16))
        var gramCounts: [Int32] = []
        var pairs: [UInt64: Int32] = [:]
        var windows: [Int32: Int] = [:]
        var run: [Int32] = []
        var segment: [Int32] = []
        var line: [UInt8] = []
        let sizes = terms.count < NGramKey.limit ? options.ngramSizes.filter { $0 >= 2 && $0 <= SequenceOptions.maxN } : []
        let w = options.window
        let hasNodes = isNode.contains(true)

        func flushRun() {
            for n in sizes where run.count >= n {
                for i in 0...(run.count - n) {
                    let (e, added) = grams.entry(NGramKey(run[i..<(i + n)]))
                    if added { gramCounts.append(1) } else { gramCounts[e] += 1 }
                }
            }
            run.removeAll(keepingCapacity: true)
        }
        func flushSegment() {
            flushRun()
            if hasNodes {
                for p in segment.indices where isNode[Int(segment[p])] {
                    let lo = max(0, p - w), hi = min(segment.count - 1, p + w)
                    windows[segment[p], default: 0] += hi - lo
                    for q in lo...hi where q != p {
                        pairs[UInt64(UInt32(segment[p])) << 32 | UInt64(UInt32(segment[q])), default: 0] += 1
                    }
                }
            }
            segment.removeAll(keepingCapacity: true)
        }

        var s = 0
        var current = -1
        for (i, token) in tokens.enumerated() {
            let t = tokenTerm[i]
            if t < 0 { continue }
            while s < sentences.count && sentences[s].range.upperBound <= token.start { s += 1 }
            let place = s < sentences.count && sentences[s].range.contains(token.start) ? 2 * s + 1 : 2 * s
            if place != current {
                flushSegment()
                current = place
            }
            let why = exclusion[Int(t)]
            if why == nil {
                run.append(t)
                segment.append(t)
                result.contentTokens += 1
            } else {
                flushRun()
            }
            if options.tokens && keepInTokens(why) { appendToken(terms[Int(t)], to: &line) }
        }
        flushSegment()
        if options.tokens { line.append(0x0A) }

        result.terms = terms
        result.ngrams.reserveCapacity(grams.count)
        for (e, key) in grams.keys.enumerated() {
            result.ngrams.append(NGramCount(key: key, n: key.count, count: Int(gramCounts[e])))
        }
        for (node, slots) in windows { result.windows[terms[Int(node)]] = slots }
        for (key, count) in pairs {
            result.pairs[CollocationKey(node: terms[Int(key >> 32)], collocate: terms[Int(key & 0xFFFF_FFFF)])] = Int(count)
        }
        return (result, options.tokens ? line : [0x0A])
    }

    private func keepInTokens(_ why: TermFilter.Exclusion?) -> Bool {
        switch why {
        case nil: true
        case .stopword: options.tokensKeepStopwords
        case .punctuation: options.tokensKeepPunctuation
        case .whitespace, .number: false
        }
    }

    /// Appends a term to a tokens line, space-separated; spaces inside a term (never made by the segmenter,
    /// possible in a user's lexicon) become `_` so that the term stays one token.
    private func appendToken(_ term: String, to line: inout [UInt8]) {
        if !line.isEmpty { line.append(0x20) }
        for b in term.utf8 { line.append(b == 0x20 || b == 0x09 ? 0x5F : b) }
    }
}
