import Foundation
import TifaCore

/// Runs the analysis without writing a report, for the terminal quick looks (`tifa freq`, `tifa coverage`):
/// the corpus totals and, per document in path order, whatever `keep` takes from its record. A corpus where no
/// document could be read is an `input.none` error.
public enum QuickLook {
    public static func run<W: DocumentWorker, T>(
        items: [W.Item], skipped: [Diagnostic] = [], jobs: Int, progress: ProgressReporter?,
        makeWorker: @escaping @Sendable () throws -> W, keep: (DocumentRecord) -> T
    ) throws -> (totals: CorpusTotals, documents: [T]) {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("tifa-quick-\(getpid())-\(UUID().uuidString)")
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
            throw TifaError([Diagnostic(code: "input.none", file: "<corpus>",
                                        message: "no document could be read (every input was missing or skipped)")] + run.totals.skipped)
        }
        var kept: [T] = []
        for location in run.locations.sorted(by: { ScalarOrder.less($0.document, $1.document) }) {
            kept.append(keep(try store.record(location.ranges[RecordStream.records.rawValue])))
        }
        return (run.totals, kept)
    }
}
