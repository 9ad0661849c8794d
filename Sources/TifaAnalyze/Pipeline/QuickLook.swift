import Foundation
import TifaCore

/// Runs the analysis without writing a report, for the terminal quick looks (`tifa freq`, `tifa coverage`):
/// the corpus totals and, per document in path order, whatever `keep` takes from its record. A corpus where no
/// document could be read is an `input.none` error naming `inputs` (the paths as given).
public enum QuickLook {
    public static func run<W: DocumentWorker, T>(
        items: [W.Item], skipped: [Diagnostic] = [], inputs: [String] = [], jobs: Int, progress: ProgressReporter?,
        makeWorker: @escaping @Sendable () throws -> W, keep: (DocumentRecord) -> T
    ) throws -> (totals: CorpusTotals, documents: [T]) {
        let temporary = FileManager.default.temporaryDirectory
        TemporaryFolders.removeStale(in: temporary.path, owner: quickFolderPID)
        let folder = temporary.appendingPathComponent("\(quickPrefix)\(getpid())-\(UUID().uuidString)")
        TemporaryFolders.shared.register(folder.path)
        defer {
            try? FileManager.default.removeItem(at: folder)
            TemporaryFolders.shared.unregister(folder.path)
        }
        let store = try RecordStore(creating: folder.path)
        let run = CorpusRun(store: store, progress: progress)
        run.addSkipped(skipped)
        try run.run(items: items, jobs: jobs, makeWorker: makeWorker)
        guard run.totals.documents > 0 else {
            throw TifaError([Diagnostic(code: "input.none", file: inputs.isEmpty ? "-" : inputs.joined(separator: " "),
                                        message: "no document could be read (every input was missing or skipped)")] + run.totals.skipped)
        }
        var kept: [T] = []
        for location in run.locations.sorted(by: { ScalarOrder.less($0.document, $1.document) }) {
            kept.append(keep(try store.record(location.ranges[RecordStream.records.rawValue])))
        }
        return (run.totals, kept)
    }

    private static let quickPrefix = "tifa-quick-"

    /// The process id in a quick-look spill folder's name (`tifa-quick-PID-UUID`), nil for any other name.
    static func quickFolderPID(_ entry: String) -> pid_t? {
        guard entry.hasPrefix(quickPrefix) else { return nil }
        let rest = entry.dropFirst(quickPrefix.count)
        guard let dash = rest.firstIndex(of: "-"), UUID(uuidString: String(rest[rest.index(after: dash)...])) != nil else { return nil }
        return pid_t(rest[..<dash])
    }
}
