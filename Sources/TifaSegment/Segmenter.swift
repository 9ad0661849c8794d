import Foundation
import TifaCore
import TifaICU
import TifaScript

/// A lexicon-aware Chinese segmenter: codebook terms first, then forced lexicon terms in the gaps (each longest,
/// leftmost), a maximum-probability word graph over the general vocabulary for the remaining Han text, the number
/// convention, and ICU's word break for the rest. Lines holding traditional-only characters are segmented through
/// their simplified projection and the tokens keep the original characters and offsets. Immutable and shared by
/// all workers; each worker segments through its own `Tokenizer`.
public final class Segmenter: Sendable {
    /// What a segmenter was built from, for recording in outputs.
    public struct LexiconInfo: Sendable, Hashable, Codable {
        public let name: String
        public let version: String?
        public let role: String
        public let source: String
        public let contentHash: String
        public let terms: Int
    }

    /// The lexicons, in the order given.
    public let lexicons: [LexiconInfo]
    /// Traditional → simplified projection for lines with traditional-only characters (nil: segment as written).
    public let projection: SimplifiedProjection?
    let codebook: ScalarTrie
    let hasCodebook: Bool
    let forced: ScalarTrie
    let general: ScalarTrie
    /// Log probability of a Han character the general vocabulary does not know.
    let unknownLogProb: Float
    /// Log probability given to a numeral date (`二○○一年`, `十二月`) in the word graph.
    let numeralDateLogProb: Float

    /// Builds a segmenter from lexicons: `.codebook` and `.forced` ones give whole tokens (codebook terms win over
    /// overlapping forced ones), `.general` ones score the rest (a general term without a frequency counts as
    /// frequency 1; frequency 0 marks no word). With a `projection`, traditional text is segmented through its
    /// simplified form, and codebook and forced terms written in traditional characters are matched in their
    /// simplified form too.
    public init(lexicons: [Lexicon], projection: SimplifiedProjection? = nil) {
        self.lexicons = lexicons.map {
            LexiconInfo(name: $0.name, version: $0.version, role: $0.role.rawValue, source: $0.source,
                        contentHash: $0.contentHash, terms: $0.count)
        }
        self.projection = projection
        func wholeTermTrie(_ role: Lexicon.Role) -> ScalarTrie {
            let chosen = lexicons.filter { $0.role == role }
            return ScalarTrie.build(estimate: chosen.reduce(0) { $0 + $1.scalars.count }) { trie in
                for lexicon in chosen {
                    let complete = lexicon.forEachTerm { term, _ in
                        guard trie.insert(term, value: 0) else { return false }
                        guard let projected = Self.projected(term, projection) else { return true }
                        return trie.insert(projected, value: 0)
                    }
                    guard complete else { return false }
                }
                return true
            }
        }
        codebook = wholeTermTrie(.codebook)
        hasCodebook = lexicons.contains { $0.role == .codebook && $0.count > 0 }
        forced = wholeTermTrie(.forced)
        let generalLexicons = lexicons.filter { $0.role == .general }
        var total = 0.0
        for lexicon in generalLexicons { _ = lexicon.forEachTerm { _, f in total += f < 0 ? 1 : f; return true } }
        let logTotal = log(max(total, 1))
        // Chinese word lists have about one trie node per two scalars.
        let general = ScalarTrie.build(estimate: generalLexicons.reduce(0) { $0 + $1.scalars.count } / 2) { trie in
            for lexicon in generalLexicons {
                let complete = lexicon.forEachTerm { term, f in
                    let freq = f < 0 ? 1 : f
                    return freq <= 0 || trie.insert(term, value: Float(log(freq) - logTotal))
                }
                guard complete else { return false }
            }
            return true
        }
        self.general = general
        unknownLogProb = Float(-logTotal)
        numeralDateLogProb = Float(log(1000.0) - logTotal)
    }

    /// A term's simplified projection when it holds traditional-only characters, else nil.
    private static func projected(_ term: ArraySlice<UInt32>, _ projection: SimplifiedProjection?) -> [UInt32]? {
        guard let projection else { return nil }
        let scalars = term.compactMap(Unicode.Scalar.init)
        guard scalars.count == term.count, projection.hasTraditional(scalars[...]) else { return nil }
        var out = scalars
        scalars.withUnsafeBufferPointer { text in
            out.withUnsafeMutableBufferPointer { buf in
                if let base = buf.baseAddress { projection.project(text, 0..<text.count, into: base) }
            }
        }
        return out.map(\.value)
    }

    /// A tokenizer for one worker (it owns an ICU break iterator, which is not thread-safe).
    public func makeTokenizer() throws(ICUError) -> Tokenizer { try Tokenizer(segmenter: self) }

    /// Segments one text with a fresh tokenizer; for many texts, keep a `Tokenizer` per worker instead.
    public func segment(_ text: String) throws(ICUError) -> [Token] { try makeTokenizer().segment(text) }
}

extension Lexicon {
    /// Calls body with each term's scalars and frequency (-1 when none), in order, while body returns true;
    /// returns false when body stopped it.
    func forEachTerm(_ body: (ArraySlice<UInt32>, Double) -> Bool) -> Bool {
        var lo = 0
        for (i, end) in ends.enumerated() {
            guard body(scalars[lo..<Int(end)], frequencies[i]) else { return false }
            lo = Int(end)
        }
        return true
    }
}
