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
        for p in pending(item) {
            switch p {
            case .outcome(let o): body(o)
            case .record(let line, let item): body(build(line, of: item))
            }
        }
    }

    /// Reads one item into an array (for callers that want all of a file's documents at once).
    public func read(_ item: CorpusItem) -> [ReadOutcome] {
        var result: [ReadOutcome] = []
        read(item) { result.append($0) }
        return result
    }

    /// The decoded or extracted text of one item (no normalisation), for commands that work on the text as read
    /// (`tifa segment`); a JSON Lines file gives one text per record. `path` names each text.
    public func texts(_ item: CorpusItem, _ body: (Result<(path: String, text: DecodedText), TifaError>) -> Void) {
        do throws(TifaError) {
            let content = try load(item)
            if item.format == .jsonLines {
                for line in JSONLines.lines(content.bytes) {
                    switch record(line, item) {
                    case .skipped(let d): body(.failure(TifaError([d])))
                    case .document(let number, _, let text, _):
                        body(.success(("\(item.path)#\(number)", Self.decodedExtract(text, "UTF-8 (JSON Lines)"))))
                    }
                }
                return
            }
            body(.success((item.path, try decode(item, content))))
        } catch {
            body(.failure(error))
        }
    }

    /// Work left for one item: outcomes already known, or JSON Lines records not yet parsed and normalised.
    enum Pending {
        case outcome(ReadOutcome)
        case record(JSONLines.Line, CorpusItem)
    }

    /// Reads an item but leaves JSON Lines records unparsed, so a sequence builds one document at a time.
    func pending(_ item: CorpusItem) -> [Pending] {
        do throws(TifaError) {
            let content = try load(item)
            if item.format == .jsonLines { return JSONLines.lines(content.bytes).map { .record($0, item) } }
            var notes: [Diagnostic] = []
            if item.format == .html, let note = HTMLText.charsetNote(content.bytes, file: item.path) { notes.append(note) }
            let decoded = try decode(item, content)
            return [.outcome(try document(decoded, item, ContentHash.sha256(content.bytes), notes))]
        } catch {
            return error.diagnostics.map { .outcome(.skipped($0)) }
        }
    }

    private func record(_ line: JSONLines.Line, _ item: CorpusItem) -> JSONLines.Record {
        let o = reader.options
        return JSONLines.record(line, file: item.path, textField: o.textField, idField: o.idField, maxSize: o.maxRecordSize)
    }

    /// The document (or skip) of one JSON Lines record.
    func build(_ line: JSONLines.Line, of item: CorpusItem) -> ReadOutcome {
        switch record(line, item) {
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

    /// An item's bytes; for .docx, PDF and .doc, also the text extracted from the same open file.
    private struct Content {
        var bytes: [UInt8]
        var extracted: String?
    }

    private func load(_ item: CorpusItem) throws(TifaError) -> Content {
        let options = reader.options
        if item.path == "-" {
            let bytes = try Self.standardInput(max: options.maxFileSize)
            if bytes.isEmpty { throw TifaError(code: "ingest.empty", file: item.path, message: "the file is empty") }
            return Content(bytes: bytes)
        }
        let (fd, size) = try FileLoader.open(item.location, maxSize: options.maxFileSize)
        defer { close(fd) }
        let bytes = try FileLoader.read(fd, size: size, path: item.path, maxSize: options.maxFileSize)
        if bytes.isEmpty { throw TifaError(code: "ingest.empty", file: item.path, message: "the file is empty") }
        switch item.format {
        case .docx:
            let text = try DocxText.extract(fileDescriptor: fd, file: item.path, maxUncompressed: options.maxDocxUncompressed)
            return Content(bytes: bytes, extracted: text)
        case .pdf, .legacyWord:
            lseek(fd, 0, SEEK_SET)
            let text = item.format == .pdf ? try PDFText.extract(fd: fd, path: item.path, limits: options.toolLimits)
                : try LegacyWordText.extract(fd: fd, path: item.path, limits: options.toolLimits)
            return Content(bytes: bytes, extracted: text)
        default:
            return Content(bytes: bytes)
        }
    }

    /// The text of a non-JSON-Lines item: decoded (text, HTML) or extracted (.docx, PDF, .doc).
    private func decode(_ item: CorpusItem, _ content: Content) throws(TifaError) -> DecodedText {
        let options = reader.options
        switch item.format {
        case .jsonLines:
            preconditionFailure("JSON Lines items are read record by record")
        case .html:
            let declared = options.encoding ?? HTMLText.usableDeclaredCharset(content.bytes)
            var decoded = try TextDecoder.decode(content.bytes, encoding: declared.map(TextDecoder.canonical), file: item.path)
            decoded.scalars = Array(HTMLText.extract(decoded.scalars).unicodeScalars)
            return decoded
        case .docx:
            return Self.decodedExtract(content.extracted ?? "", "UTF-8 (docx)")
        case .pdf:
            return Self.decodedExtract(content.extracted ?? "", "UTF-8 (pdftotext)")
        case .legacyWord:
            return Self.decodedExtract(content.extracted ?? "", "UTF-8 (doc)")
        case .text, .markdown:
            return try TextDecoder.decode(content.bytes, encoding: options.encoding, file: item.path)
        }
    }

    private func document(_ decoded: DecodedText, _ item: CorpusItem, _ hash: String, _ notes: [Diagnostic]) throws(TifaError) -> ReadOutcome {
        var notes = notes
        let meta = reader.metadata(path: item.path, recordID: nil, recordFields: [:], diagnostics: &notes)
        var doc = try builder.ingest(decoded: decoded, path: item.path, id: meta.id, metadata: meta.metadata, contentHash: hash)
        doc.diagnostics = notes + doc.diagnostics
        return .document(doc)
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
