import Foundation
import TifaCore

/// Reads a corpus: files, folders (recursive, include/exclude globs), standard input; text in any encoding,
/// HTML, .docx, JSON Lines and PDF; metadata from a manifest and file-name patterns. Documents come lazily,
/// one at a time (`documents()`), or item by item from per-thread `CorpusWorker`s, so memory stays bounded
/// by the number of workers. Bad inputs become diagnostics and the run goes on.
public final class CorpusReader: Sendable {
    /// The inputs, in corpus order.
    public let items: [CorpusItem]
    /// Every path met in the inputs that will not be read, with its reason (`SkipReason`): missing, unreadable,
    /// unsupported, hidden, excluded, dangling or looping links, special files, too-long paths, the same file twice.
    public let skipped: [Diagnostic]
    /// Other problems found before reading: manifest problems, names that are not UTF-8.
    public let diagnostics: [Diagnostic]
    public let options: ReaderOptions
    let manifest: Manifest?
    let namePattern: NamePattern?
    let rules: NormalizationRules

    /// Lists the inputs and loads the manifest. Throws only for unusable settings (a bad name pattern, broken
    /// normalisation rules); a malformed manifest is reported in `diagnostics` and the run goes on without it.
    public init(inputs: [String], options: ReaderOptions = ReaderOptions()) throws(TifaError) {
        self.options = options
        namePattern = try options.namePattern.map { p throws(TifaError) in try NamePattern(p) }
        rules = if let r = options.rules { r } else { try NormalizationRules.shipped() }
        let listed = InputEnumerator.items(inputs, include: options.include.map(Glob.init), exclude: options.exclude.map(Glob.init))
        items = listed.items
        skipped = listed.skipped
        var diagnostics = listed.notes
        var manifest: Manifest?
        if let path = options.manifest {
            do {
                let m = try Manifest(path: path)
                diagnostics += m.problems
                if !items.contains(where: { $0.format == .jsonLines }) {
                    let stems = Set(items.map { Self.stem($0.path) })
                    diagnostics += m.unmatchedIDs(seen: stems)
                }
                manifest = m
            } catch {
                diagnostics += error.diagnostics
            }
        }
        self.manifest = manifest
        self.diagnostics = diagnostics
    }

    /// A worker for one thread (it owns ICU objects).
    public func makeWorker() throws(TifaError) -> CorpusWorker { try CorpusWorker(reader: self) }

    /// All documents in corpus order, read lazily on the calling thread, with exact duplicates marked
    /// (`quality.duplicateOf` names the first file with the same bytes).
    public func documents() throws(TifaError) -> DocumentSequence { DocumentSequence(reader: self, worker: try makeWorker()) }

    /// The file name without folder and extension.
    static func stem(_ path: String) -> String {
        let name = path.split(separator: "/").last.map(String.init) ?? path
        guard let dot = name.lastIndex(of: "."), dot != name.startIndex else { return name }
        return String(name[..<dot])
    }

    /// Metadata and id for a file (or a JSON Lines record): name pattern, then record fields, then the manifest.
    func metadata(path: String, recordID: String?, recordFields: [String: String], diagnostics: inout [Diagnostic])
        -> (id: String?, metadata: [String: String]) {
        var metadata: [String: String] = [:]
        if path != "-" {
            let stem = Self.stem(path)
            if let fields = NamePattern.metadata(stem: stem, pattern: namePattern) {
                metadata = fields
            } else if let namePattern {
                diagnostics.append(Diagnostic(code: "metadata.name-mismatch", severity: .warning, file: path,
                                              message: "the file name does not fit --name-pattern '\(namePattern.source)'"))
                if let year = NamePattern.metadata(stem: stem, pattern: nil) { metadata = year }
            }
        }
        metadata.merge(recordFields) { $1 }
        var id = recordID
        if let entry = manifest?.entry(path: recordID == nil ? path : nil, id: recordID ?? Self.stem(path)) {
            metadata.merge(entry.metadata) { $1 }
            id = entry.id ?? id
        }
        return (id, MetadataFields.normalized(metadata))
    }
}

/// Documents of a corpus in order, read one at a time; skipped inputs are collected in `skipped`.
public struct DocumentSequence: Sequence, IteratorProtocol {
    let reader: CorpusReader
    let worker: CorpusWorker
    private var position = 0
    /// The current item's work, last first (taken with `removeLast`).
    private var pending: [CorpusWorker.Pending] = []
    private var firstByHash: [String: String] = [:]
    /// Diagnostics of the inputs skipped so far (the paths the reader refused and its own errors first).
    public private(set) var skipped: [Diagnostic]

    init(reader: CorpusReader, worker: CorpusWorker) {
        self.reader = reader
        self.worker = worker
        skipped = reader.skipped + reader.diagnostics.filter { $0.severity == .error }
    }

    public mutating func next() -> IngestedDocument? {
        while true {
            if !pending.isEmpty {
                let outcome: ReadOutcome
                switch pending.removeLast() {
                case .outcome(let o): outcome = o
                case .record(let record, let item): outcome = worker.build(record, of: item)
                }
                switch outcome {
                case .skipped(let d):
                    skipped.append(d)
                case .document(var doc):
                    if let first = firstByHash[doc.quality.contentHash] {
                        doc.quality.duplicateOf = first
                        doc.diagnostics.append(Diagnostic(code: "ingest.duplicate", severity: .note, file: doc.document.path,
                                                          message: "same content as \(first)"))
                    } else {
                        firstByHash[doc.quality.contentHash] = doc.document.path
                    }
                    return doc
                }
                continue
            }
            guard position < reader.items.count else { return nil }
            pending = worker.pending(reader.items[position]).reversed()
            position += 1
        }
    }
}
