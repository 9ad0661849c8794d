/// Which normalisation steps run; all on by default.
public struct NormalizationOptions: Sendable, Equatable {
    /// Apply NFKC (full-width ASCII and digits to half-width, U+3000 to space, compatibility ideographs …).
    public var nfkc = true
    /// Turn traditional characters into simplified ones on lines that hold a traditional-only character.
    public var traditionalToSimplified = true
    /// Remove converter pinyin such as `創(chuàng)`.
    public var removePinyin = true
    /// Remove web boilerplate by the rules in `Dictionaries/normalize/boilerplate.tsv`.
    public var removeBoilerplate = true
    /// Remove (and report) lost characters, replacement characters and mojibake.
    public var removeLostCharacters = true

    public init() {}
}
