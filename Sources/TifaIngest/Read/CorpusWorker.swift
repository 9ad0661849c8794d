import Foundation
import TifaCore

/// Reads corpus items on one thread: it owns a `DocumentBuilder` (ICU objects are not thread-safe).
/// Reading is pure per item, so several workers can read different items at once.
public final class CorpusWorker {
    private let reader: CorpusReader
    private let builder: DocumentBuilder

    init(reader: CorpusReader) throws(TifaError) {
        self.reader = reader
        builder = try DocumentBuilder(rules: reader.rules, options: reader.options.normalization)
    }

    /// Reads one item and calls `body` with each document (a JSON Lines file gives several) or skip.
    public func read(_ item: CorpusItem, _ body: (ReadOutcome) -> Void) {
        do {
            try readItem(item, body)
        } catch {
            for d in error.diagnostics { body(.skipped(d)) }
        }
    }

    /// Reads one item into an array (for callers that want all of a file's documents at once).
    public func read(_ item: CorpusItem) -> [ReadOutcome] {
        var result: [ReadOutcome] = []
        read(item) { result.append($0) }
        return result
    }

    /// Work left for one item: outcomes already known, or JSON Lines records not yet normalised.
    enum Pending {
        case outcome(ReadOutcome)
        case record(JSONLines.Record, CorpusItem)
    }

    /// Reads an item but leaves JSON Lines records unnormalised, so a sequence builds one document at a time.
    func pending(_ item: CorpusItem) -> [Pending] {
        guard item.format == .jsonLines else { return read(item).map { .outcome($0) } }
        let options = reader.options
        do throws(TifaError) {
            let bytes = item.path == "-" ? try Self.standardInput(max: options.maxFileSize)
                : try FileLoader.readBytes(item.path, maxSize: options.maxFileSize)
            if bytes.isEmpty { throw TifaError(code: "ingest.empty", file: item.path, message: "the file is empty") }
            return JSONLines.records(bytes, file: item.path, textField: options.textField, idField: options.idField)
                .map { .record($0, item) }
        } catch {
            return error.diagnostics.map { .outcome(.skipped($0)) }
        }
    }

    /// The document (or skip) of one JSON Lines record.
    func build(_ record: JSONLines.Record, of item: CorpusItem) -> ReadOutcome {
        switch record {
        case .skipped(let d):
            return .skipped(d)
        case .document(let line, let recordID, let text, let fields):
            let path = "\(item.path)#\(line)"
            var notes: [Diagnostic] = []
            let meta = reader.metadata(path: item.path, recordID: recordID, recordFields: fields, diagnostics: &notes)
            do {
                var doc = try builder.ingest(text: text, path: path, id: meta.id ?? path, metadata: meta.metadata)
                doc.quality.encoding = "UTF-8 (JSON Lines)"
                doc.diagnostics = notes + doc.diagnostics
                return .document(doc)
            } catch {
                return .skipped(error.diagnostics.first ?? Diagnostic(code: "ingest.failed", file: path, message: "\(error)"))
            }
        }
    }

    private func readItem(_ item: CorpusItem, _ body: (ReadOutcome) -> Void) throws(TifaError) {
        let options = reader.options
        let bytes = item.path == "-" ? try Self.standardInput(max: options.maxFileSize) : try FileLoader.readBytes(item.path, maxSize: options.maxFileSize)
        if bytes.isEmpty && item.format != .pdf { throw TifaError(code: "ingest.empty", file: item.path, message: "the file is empty") }
        var notes: [Diagnostic] = []
        let hash = ContentHash.sha256(bytes)
        switch item.format {
        case .jsonLines:
            for record in JSONLines.records(bytes, file: item.path, textField: options.textField, idField: options.idField) {
                body(build(record, of: item))
            }
            return
        case .html:
            let declared = options.encoding ?? HTMLText.declaredCharset(bytes)
            var decoded = try TextDecoder.decode(bytes, encoding: declared.map(TextDecoder.canonical), file: item.path)
            decoded.scalars = Array(HTMLText.extract(decoded.scalars).unicodeScalars)
            try emit(decoded, item, hash, &notes, body)
        case .docx:
            let text = try DocxText.extract(bytes, file: item.path, maxUncompressed: options.maxDocxUncompressed)
            try emit(Self.decodedExtract(text, "UTF-8 (docx)"), item, hash, &notes, body)
        case .pdf:
            let text = try PDFText.extract(path: item.path)
            try emit(Self.decodedExtract(text, "UTF-8 (pdftotext)"), item, hash, &notes, body)
        case .text, .markdown:
            let decoded = try TextDecoder.decode(bytes, encoding: options.encoding, file: item.path)
            try emit(decoded, item, hash, &notes, body)
        }
    }

    private func emit(_ decoded: DecodedText, _ item: CorpusItem, _ hash: String, _ notes: inout [Diagnostic],
                      _ body: (ReadOutcome) -> Void) throws(TifaError) {
        let meta = reader.metadata(path: item.path, recordID: nil, recordFields: [:], diagnostics: &notes)
        var doc = try builder.ingest(decoded: decoded, path: item.path, id: meta.id, metadata: meta.metadata,
                                     contentHash: hash)
        doc.diagnostics = notes + doc.diagnostics
        body(.document(doc))
    }

    private static func decodedExtract(_ text: String, _ encoding: String) -> DecodedText {
        DecodedText(scalars: Array(text.unicodeScalars), encoding: encoding, confidence: 100, method: "extracted",
                    invalidSequences: 0, firstInvalidByte: nil)
    }

    private static func standardInput(max: Int) throws(TifaError) -> [UInt8] {
        let data = FileHandle.standardInput.readDataToEndOfFile()
        if data.count > max {
            throw TifaError(code: "ingest.too-large", file: "-", message: "standard input is over the size limit of \(max) bytes")
        }
        return [UInt8](data)
    }
}
