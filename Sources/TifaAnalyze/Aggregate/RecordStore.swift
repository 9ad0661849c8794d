import Foundation
import TifaCore
import TifaFormalism
#if canImport(Glibc)
import Glibc
#endif

/// One analysed document in parts: the mergeable record (binary, framed by its length), the extraction
/// line (`extractions.jsonl`), the text line (`texts.jsonl`), each line ending with `\n`, the formalism entry
/// (binary, framed: the compared text for the reuse search and the per-document formalism measures), and the
/// original decoded text (UTF-8, framed), from which `reuse-texts.jsonl` shows the shared passages.
public struct AnalyzedDocument: Sendable {
    public var record: DocumentRecord
    public var recordLine: [UInt8]
    public var extractionLine: [UInt8]
    public var textLine: [UInt8]
    /// The tokens line (`tokens/tokens.txt`, with its `\n`; just `\n` when no tokens file is written).
    public var tokenLine: [UInt8]
    /// N-grams and co-occurrences: added to the corpus totals, not stored.
    public var sequences: DocumentSequences
    public var formalismLine: [UInt8]
    /// The original decoded text as UTF-8, framed by its length.
    public var originalLine: [UInt8]

    public init(record: DocumentRecord, extractionLine: String, textLine: String, formalism: FormalismEntry? = nil,
                original: [Unicode.Scalar] = []) throws {
        try self.init(record: record, extractionLine: extractionLine, textBytes: Array(textLine.utf8), formalism: formalism,
                      original: original)
    }

    /// The same with the text line as UTF-8 bytes (without its `\n`).
    public init(record: DocumentRecord, extractionLine: String, textBytes: [UInt8], tokenLine: [UInt8] = [0x0A],
                sequences: DocumentSequences = DocumentSequences(), formalism: FormalismEntry? = nil,
                original: [Unicode.Scalar] = []) throws {
        self.tokenLine = tokenLine
        self.sequences = sequences
        self.record = record
        recordLine = Self.framed(RecordCoder.encode(record))
        self.extractionLine = Array((extractionLine + "\n").utf8)
        textLine = textBytes + [0x0A]
        formalismLine = Self.framed(formalism?.encoded() ?? [])
        var utf8: [UInt8] = []
        utf8.reserveCapacity(original.count * 3)
        for s in original { ScalarUTF8.append(s.value, to: &utf8) }
        originalLine = Self.framed(utf8)
    }

    /// Bytes preceded by their length (4 bytes, little-endian).
    static func framed(_ payload: [UInt8]) -> [UInt8] {
        let n = UInt32(payload.count)
        return [UInt8(n & 0xFF), UInt8((n >> 8) & 0xFF), UInt8((n >> 16) & 0xFF), UInt8(n >> 24)] + payload
    }
}

/// The files of a record store: framed binary records, extraction lines, text lines, tokens lines, framed
/// formalism entries, framed original texts.
enum RecordStream: Int, CaseIterable {
    case records, extractions, texts, tokens, formalism, originals
    var fileName: String {
        ["records.bin", "extractions.jsonl", "texts.jsonl", "tokens.txt", "formalism.bin", "originals.bin"][rawValue]
    }
    /// Entries framed by a length rather than ended by a newline.
    var framed: Bool { self == .records || self == .formalism || self == .originals }
}

/// Where one document's three lines are: which store, and byte ranges in each of its files.
public struct RecordLocation: Sendable {
    public var document: String
    var store: Int
    var ranges: [Range<Int64>]
}

/// A folder holding the record files, appended to while documents complete (in any order) and read back
/// by byte range in document order.
final class RecordStore {
    let folder: String
    private var files: [OutputFile] = []
    private var sizes = [Int64](repeating: 0, count: RecordStream.allCases.count)
    private var readers: [Int32] = []

    /// Creates an empty store for writing.
    init(creating folder: String) throws {
        self.folder = folder
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        for s in RecordStream.allCases { files.append(try OutputFile(path: "\(folder)/\(s.fileName)")) }
    }

    /// Opens an existing store (a partial state) for reading.
    init(reading folder: String) throws {
        self.folder = folder
        try openReaders()
    }

    deinit { for fd in readers { close(fd) } }

    /// Appends a document's lines; returns where they are.
    func append(_ doc: AnalyzedDocument, store: Int) throws -> RecordLocation {
        var ranges: [Range<Int64>] = []
        for (i, bytes) in [doc.recordLine, doc.extractionLine, doc.textLine, doc.tokenLine, doc.formalismLine,
                                       doc.originalLine].enumerated() {
            try files[i].write(bytes: bytes)
            ranges.append(sizes[i]..<(sizes[i] + Int64(bytes.count)))
            sizes[i] += Int64(bytes.count)
        }
        return RecordLocation(document: doc.record.document, store: store, ranges: ranges)
    }

    /// Ends writing and opens the files for reading.
    func finishWriting() throws {
        for f in files { try f.close() }
        files = []
        try openReaders()
    }

    private func openReaders() throws {
        for s in RecordStream.allCases {
            let path = "\(folder)/\(s.fileName)"
            let fd = open(path, O_RDONLY | O_CLOEXEC)
            if fd < 0 {
                throw TifaError(code: "analyze.state", file: path, message: "cannot read \(path): \(String(cString: strerror(errno)))")
            }
            readers.append(fd)
        }
    }

    /// The bytes of one line (with its `\n`).
    func read(_ stream: RecordStream, _ range: Range<Int64>) throws -> [UInt8] {
        let count = Int(range.upperBound - range.lowerBound)
        var out = [UInt8](repeating: 0, count: count)
        var done = 0
        while done < count {
            let n = out.withUnsafeMutableBytes { raw in
                pread(readers[stream.rawValue], raw.baseAddress! + done, count - done, off_t(range.lowerBound) + off_t(done))
            }
            if n < 0 && errno == EINTR { continue }
            if n <= 0 {
                throw TifaError(code: "analyze.state", file: "\(folder)/\(stream.fileName)",
                                message: "cannot read back analysed documents: \(n < 0 ? String(cString: strerror(errno)) : "file is truncated")")
            }
            done += n
        }
        return out
    }

    /// The record stored at a range, decoded.
    func record(_ range: Range<Int64>) throws -> DocumentRecord {
        let bytes = try read(.records, range)
        do {
            return try RecordCoder.decode(Array(bytes[4...]))
        } catch {
            throw TifaError(code: "analyze.state", file: "\(folder)/\(RecordStream.records.fileName)",
                            message: "a stored document record is damaged (at byte \(range.lowerBound))")
        }
    }

    /// The ranges of every entry in one of the files, in order: length-framed records, or lines.
    func entryRanges(_ stream: RecordStream) throws -> [Range<Int64>] {
        stream.framed ? try frameRanges(stream) : try lineRanges(stream)
    }

    private func frameRanges(_ stream: RecordStream) throws -> [Range<Int64>] {
        let path = "\(folder)/\(stream.fileName)"
        let fd = readers[stream.rawValue]
        let end = Int64(lseek(fd, 0, SEEK_END))
        var ranges: [Range<Int64>] = []
        var position: Int64 = 0
        var header = [UInt8](repeating: 0, count: 4)
        while position < end {
            let n = header.withUnsafeMutableBytes { pread(fd, $0.baseAddress!, 4, off_t(position)) }
            guard n == 4 else { throw TifaError(code: "analyze.state", file: path, message: "\(path) is truncated") }
            let length = Int64(header[0]) | Int64(header[1]) << 8 | Int64(header[2]) << 16 | Int64(header[3]) << 24
            guard position + 4 + length <= end else { throw TifaError(code: "analyze.state", file: path, message: "\(path) is truncated") }
            ranges.append(position..<(position + 4 + length))
            position += 4 + length
        }
        return ranges
    }

    /// The line ranges of every line in one of the files (for a partial state, whose lines are in order).
    private func lineRanges(_ stream: RecordStream) throws -> [Range<Int64>] {
        let path = "\(folder)/\(stream.fileName)"
        let fd = readers[stream.rawValue]
        var ranges: [Range<Int64>] = []
        var buffer = [UInt8](repeating: 0, count: 1 << 20)
        var start: Int64 = 0
        var position: Int64 = 0
        while true {
            let n = buffer.withUnsafeMutableBytes { pread(fd, $0.baseAddress!, $0.count, off_t(position)) }
            if n < 0 && errno == EINTR { continue }
            if n < 0 {
                throw TifaError(code: "analyze.state", file: path, message: "cannot read \(path): \(String(cString: strerror(errno)))")
            }
            if n == 0 { break }
            for i in 0..<n where buffer[i] == 0x0A {
                let end = position + Int64(i) + 1
                ranges.append(start..<end)
                start = end
            }
            position += Int64(n)
        }
        if start != position {
            throw TifaError(code: "analyze.state", file: path, message: "the last line of \(path) is incomplete")
        }
        return ranges
    }
}
