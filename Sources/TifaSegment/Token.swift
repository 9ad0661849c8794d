/// One token of segmented text: its kind and its Unicode scalar range in the text that was segmented.
public struct Token: Sendable, Hashable {
    /// What a token is made of.
    public enum Kind: UInt8, Sendable, Hashable, CaseIterable, CustomStringConvertible {
        /// Chinese (or other-script) word, including every lexicon term.
        case word
        /// A number with its convention-defined suffix: `2001年`, `10.3%`, `二○○一年`, `１９９８年`.
        case number
        /// A run of Latin letters (and digits after a letter), such as `WTO` or `AM21B`.
        case latin
        /// Punctuation, one mark or a run of the same dash or ellipsis mark (`——`, `……`).
        case punctuation
        /// Any other symbol (`℃`, `●`, `＋`).
        case symbol

        /// The lower-case name used in outputs (`word`, `number`, `latin`, `punctuation`, `symbol`).
        public var description: String {
            switch self {
            case .word: "word"
            case .number: "number"
            case .latin: "latin"
            case .punctuation: "punctuation"
            case .symbol: "symbol"
            }
        }
    }

    /// Start offset (inclusive), in Unicode scalars from the start of the segmented text.
    public var start: Int { Int(start32) }
    /// End offset (exclusive), in Unicode scalars.
    public var end: Int { Int(end32) }
    /// The scalar range `start..<end`.
    public var range: Range<Int> { start..<end }
    /// Length in Unicode scalars.
    public var length: Int { Int(end32 - start32) }
    public let kind: Kind

    @usableFromInline let start32: Int32
    @usableFromInline let end32: Int32

    /// A token over `start..<end` (scalar offsets).
    public init(start: Int, end: Int, kind: Kind) {
        start32 = Int32(truncatingIfNeeded: start)
        end32 = Int32(truncatingIfNeeded: end)
        self.kind = kind
    }
}
