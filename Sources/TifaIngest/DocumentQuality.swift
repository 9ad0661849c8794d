import TifaScript
import TifaCore

/// The data-quality report of one document: how it was decoded, its script, what cleaning removed, what
/// was lost, and whether another file has the same content.
public struct DocumentQuality: Sendable, Equatable, Codable {
    public var path: String
    public var id: String
    /// Charset used (`UTF-8`, `GB18030`, `Big5` …), how it was chosen and how sure the choice is (0–100).
    public var encoding: String
    public var encodingMethod: String
    public var encodingConfidence: Int
    /// Invalid byte sequences met while decoding (each became U+FFFD and was removed as a replacement).
    public var invalidByteSequences: Int
    public var script: Script
    public var traditionalOnlyCharacters: Int
    public var simplifiedOnlyCharacters: Int
    /// Characters in the original and in the normalised text.
    public var originalCharacters: Int
    public var normalizedCharacters: Int
    public var cleaning: CleaningReport
    /// SHA-256 of the file's bytes (of the text's UTF-8 when there was no file).
    public var contentHash: String
    /// The path of an earlier document with the same bytes, if any.
    public var duplicateOf: String?
    /// Private Use Area code points in the decoded text (codes with no standard meaning: a vendor or Big5
    /// user-defined character the decoder could not name), kept in the text and reported here.
    public var privateUseCharacters: Int
    /// Original offsets of the first private-use characters (at most `maxPrivateUseOffsets`).
    public var firstPrivateUseOffsets: [Int]
    /// How many private-use offsets a report lists.
    public static let maxPrivateUseOffsets = 10

    public init(path: String, id: String, encoding: String, encodingMethod: String, encodingConfidence: Int,
                invalidByteSequences: Int, script: Script, traditionalOnlyCharacters: Int, simplifiedOnlyCharacters: Int,
                originalCharacters: Int, normalizedCharacters: Int, cleaning: CleaningReport, contentHash: String,
                duplicateOf: String? = nil, privateUseCharacters: Int = 0, firstPrivateUseOffsets: [Int] = []) {
        self.privateUseCharacters = privateUseCharacters
        self.firstPrivateUseOffsets = firstPrivateUseOffsets
        self.path = path
        self.id = id
        self.encoding = encoding
        self.encodingMethod = encodingMethod
        self.encodingConfidence = encodingConfidence
        self.invalidByteSequences = invalidByteSequences
        self.script = script
        self.traditionalOnlyCharacters = traditionalOnlyCharacters
        self.simplifiedOnlyCharacters = simplifiedOnlyCharacters
        self.originalCharacters = originalCharacters
        self.normalizedCharacters = normalizedCharacters
        self.cleaning = cleaning
        self.contentHash = contentHash
        self.duplicateOf = duplicateOf
    }
}

/// A document ready for analysis with its quality report and the warnings met on the way.
public struct IngestedDocument: Sendable {
    public var document: TextDocument
    public var quality: DocumentQuality
    /// Warnings (lost characters, mojibake, invalid bytes …); errors never reach here, they skip the file.
    public var diagnostics: [Diagnostic]

    public init(document: TextDocument, quality: DocumentQuality, diagnostics: [Diagnostic] = []) {
        self.document = document
        self.quality = quality
        self.diagnostics = diagnostics
    }
}
