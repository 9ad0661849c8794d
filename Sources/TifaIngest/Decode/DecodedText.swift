/// Text decoded from bytes, with how it was decoded.
public struct DecodedText: Sendable {
    /// The decoded text (a leading byte-order mark is not part of it).
    public var scalars: [Unicode.Scalar]
    /// The charset used, as ICU names it (`UTF-8`, `GB18030`, `Big5`, `UTF-16LE` …).
    public var encoding: String
    /// How sure the choice is, 0–100.
    public var confidence: Int
    /// How the encoding was chosen: `bom`, `utf8-valid`, `detected`, `override`.
    public var method: String
    /// Invalid byte sequences, each decoded as U+FFFD.
    public var invalidSequences: Int
    /// Byte offset of the first invalid sequence.
    public var firstInvalidByte: Int?
}
