import Foundation
import TifaCore
import TifaScript

/// Builds `TextDocument`s from text or files: decode, normalise (with the map back to the original) and find
/// paragraphs, sentences and sections. Not thread-safe (it owns ICU objects): create one per worker.
public final class DocumentBuilder {
    /// The normaliser it uses.
    public let normalizer: TextNormalizer

    /// A builder with the given rules (default: the shipped `Dictionaries/normalize`) and options.
    public init(rules: NormalizationRules? = nil, options: NormalizationOptions = NormalizationOptions()) throws(TifaError) {
        normalizer = try TextNormalizer(rules: rules, options: options)
    }

    /// A document from text already decoded; `path` names it in the document and in errors.
    public func document(text: String, path: String, id: String? = nil, metadata: [String: String] = [:]) throws(TifaError) -> TextDocument {
        try ingest(text: text, path: path, id: id, metadata: metadata).document
    }

    /// A document from a text file (any supported encoding; .txt/.md), with its quality report.
    public func load(path: String, encoding: String? = nil, id: String? = nil, metadata: [String: String] = [:]) throws(TifaError) -> IngestedDocument {
        let bytes = try FileLoader.readBytes(path)
        return try ingest(bytes: bytes, path: path, encoding: encoding, id: id, metadata: metadata)
    }

    /// A document from the bytes of a text file.
    public func ingest(bytes: [UInt8], path: String, encoding: String? = nil, id: String? = nil,
                       metadata: [String: String] = [:]) throws(TifaError) -> IngestedDocument {
        if bytes.isEmpty { throw TifaError(code: "ingest.empty", file: path, message: "the file is empty") }
        let decoded = try TextDecoder.decode(bytes, encoding: encoding, file: path)
        return try ingest(decoded: decoded, path: path, id: id, metadata: metadata, contentHash: ContentHash.sha256(bytes))
    }

    /// A document from a String (UTF-8 recorded as its encoding).
    public func ingest(text: String, path: String, id: String? = nil, metadata: [String: String] = [:]) throws(TifaError) -> IngestedDocument {
        let decoded = DecodedText(scalars: Array(text.unicodeScalars), encoding: "UTF-8", confidence: 100, method: "string",
                                  invalidSequences: 0, firstInvalidByte: nil)
        return try ingest(decoded: decoded, path: path, id: id, metadata: metadata, contentHash: ContentHash.sha256(text))
    }

    /// A document from decoded text.
    public func ingest(decoded: DecodedText, path: String, id: String? = nil, metadata: [String: String] = [:],
                       contentHash: String) throws(TifaError) -> IngestedDocument {
        guard decoded.scalars.contains(where: { !$0.properties.isWhitespace }) else {
            throw TifaError(code: "ingest.empty", file: path, message: "the file holds no text (only blanks)")
        }
        let n = try normalizer.normalize(decoded.scalars, file: path)
        let structure = StructureBuilder.build(n.text)
        let document = TextDocument(path: path, id: id, metadata: metadata, original: decoded.scalars, text: n.text,
                                    offsets: n.offsets, paragraphs: structure.paragraphs, sentences: structure.sentences,
                                    sections: structure.sections)
        let quality = DocumentQuality(
            path: path, id: document.id, encoding: decoded.encoding, encodingMethod: decoded.method,
            encodingConfidence: decoded.confidence, invalidByteSequences: decoded.invalidSequences, script: n.script,
            traditionalOnlyCharacters: n.traditionalCharacters, simplifiedOnlyCharacters: n.simplifiedCharacters,
            originalCharacters: decoded.scalars.count, normalizedCharacters: n.text.count, cleaning: n.cleaning,
            contentHash: contentHash, privateUseCharacters: decoded.scalars.count(where: \.isPrivateUse),
            firstPrivateUseOffsets: Array(decoded.scalars.indices.lazy.filter { decoded.scalars[$0].isPrivateUse }
                .prefix(DocumentQuality.maxPrivateUseOffsets)))
        return IngestedDocument(document: document, quality: quality, diagnostics: QualityDiagnostics.warnings(quality, original: decoded.scalars))
    }
}
