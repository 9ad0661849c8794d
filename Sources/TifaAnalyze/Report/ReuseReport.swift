import Foundation
import TifaCore
import TifaDashboard
import TifaFormalism

/// The reuse part of the report: the search over every document's stored compared text (read back from the
/// record stores one document at a time, so memory holds the fingerprint index, not the texts), `reuse.csv`,
/// and the per-document share and partner count for `documents.csv`.
struct ReuseReport {
    /// Compared characters per fingerprint shard: larger corpora are searched in several hash shards.
    static let charactersPerShard = 40_000_000
    /// Compared characters of partner texts kept decoded during the search (about 12 bytes each).
    static let cachedCharacters = 4_000_000

    /// Searches the documents (in report order) and writes `reuse.csv` (sink, if any, receiving the same rows);
    /// returns the per-document figures and the passages.
    static func write(locations: [RecordLocation], stores: [RecordStore], to path: String, sink: (any TableSink)? = nil) throws
        -> (shares: [ReuseShare], passages: [ReusePassage]) {
        let source = CachedReuseTexts(StoredReuseTexts(locations: locations, stores: stores), budget: cachedCharacters)
        var options = ReuseOptions()
        options.jobs = ProcessInfo.processInfo.activeProcessorCount
        let storedBytes = locations.reduce(Int64(0)) { $0 + Int64($1.ranges[RecordStream.formalism.rawValue].count) }
        // About 6 stored bytes per compared character.
        options.shards = 1 + Int(storedBytes / 6) / charactersPerShard
        let result = try ReuseFinder(options: options).find(corpus: source, references: ReuseTexts([]))
        let file = try ReportCSV(path: path, header: ReusePassage.columns, sink: sink)
        for p in result.passages { try file.row(p.fields) }
        try file.close()
        return (result.shares, result.passages)
    }

    /// Writes `reuse-texts.jsonl` (the original texts of the top pairs' documents) for the dashboard; lines (if any)
    /// receives the same lines.
    static func writeTexts(passages: [ReusePassage], locations: [RecordLocation], stores: [RecordStore],
                           to path: String, lines: JSONLinePrefix? = nil) throws {
        let index = Dictionary(locations.enumerated().map { ($0.element.document, $0.offset) }, uniquingKeysWith: { a, _ in a })
        try ReuseTextsFile().write(passages: passages, to: path, lines: lines) { document in
            guard let i = index[document] else { return nil }
            let location = locations[i], store = stores[location.store]
            let bytes = try store.read(.originals, location.ranges[RecordStream.originals.rawValue])
            return Array(String(decoding: bytes.dropFirst(4), as: UTF8.self).unicodeScalars)
        }
    }

    /// The `documents.csv` columns of the reuse figures (after the table's own columns).
    static let columns = ReportColumns.Documents.reuse.map(\.name)

    /// The `documents.csv` cells of one document's reuse figures.
    static func cells(_ share: ReuseShare) -> [String] {
        [NumberText.fixed(share.share, 4), String(share.partners)]
    }
}

/// Compared texts read back from record stores, in the order of `locations`.
struct StoredReuseTexts: ReuseTextSource, @unchecked Sendable {
    let locations: [RecordLocation]
    let stores: [RecordStore]

    var count: Int { locations.count }

    func text(_ i: Int) throws -> ReuseText {
        try FormalismStore.entry(locations[i], stores: stores)?.reuse
            ?? ReuseText(document: locations[i].document, date: nil, scalars: [], starts: [], ends: [], originalCount: 0)
    }
}

/// Reads one document's formalism entry back from its record store.
enum FormalismStore {
    /// The stored entry, or nil when the document has none (an empty frame).
    static func entry(_ location: RecordLocation, stores: [RecordStore]) throws -> FormalismEntry? {
        let store = stores[location.store]
        let bytes = try store.read(.formalism, location.ranges[RecordStream.formalism.rawValue])
        guard bytes.count > 4 else { return nil }
        return try FormalismEntry.decode(bytes[4...], file: "\(store.folder)/\(RecordStream.formalism.fileName)")
    }
}
