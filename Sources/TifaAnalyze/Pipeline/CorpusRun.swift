import Foundation
import TifaCore

/// Runs the analysis over work items on several threads and gathers the results: each worker takes the next
/// item, analyses it and hands it to the reducer (append to the record store, add to the totals), so memory is
/// bounded by the number of workers, never by the corpus. Results arrive in any order; the report sorts them.
final class CorpusRun: @unchecked Sendable {
    private let lock = NSLock()
    private var failure: Error?
    private var records: RecordStore
    private(set) var totals = CorpusTotals()
    private(set) var locations: [RecordLocation] = []
    private var seen: Set<String> = []
    private var next = 0
    private let progress: ProgressReporter?

    init(store: RecordStore, progress: ProgressReporter?) {
        records = store
        self.progress = progress
    }

    /// Processes every item with `jobs` workers made by `makeWorker`. Each worker keeps its own totals (only
    /// the record store is shared, under the lock); they are merged at the end, which gives the same sums in
    /// any order.
    func run<W: DocumentWorker>(items: [W.Item], jobs: Int, makeWorker: @escaping @Sendable () throws -> W) throws {
        next = 0
        let count = items.count
        DispatchQueue.concurrentPerform(iterations: max(1, min(jobs, max(count, 1)))) { _ in
            var worker: W
            do {
                worker = try makeWorker()
            } catch {
                fail(error)
                return
            }
            var local = CorpusTotals()
            defer { lock.withLock { totals.merge(local) } }
            while true {
                lock.lock()
                if failure != nil || next >= count {
                    lock.unlock()
                    return
                }
                let item = items[next]
                next += 1
                lock.unlock()
                do {
                    let outcome = try worker.process(item)
                    var accepted: [AnalyzedDocument] = []
                    try lock.withLock {
                        try store(outcome, accepted: &accepted, skipped: &local.skipped)
                        progress?.completed(bytes: item.byteCount)
                    }
                    for doc in accepted {
                        local.add(doc.record)
                        local.sequences.add(doc.sequences)
                    }
                } catch {
                    fail(error)
                    return
                }
            }
        }
        if let failure { throw failure }
        try records.finishWriting()
    }

    /// Records inputs skipped before the run (paths that do not exist).
    func addSkipped(_ diagnostics: [Diagnostic]) {
        lock.withLock { totals.skipped += diagnostics }
    }

    private func fail(_ error: Error) {
        lock.lock()
        if failure == nil { failure = error }
        lock.unlock()
    }

    /// Stores a worker's outcome (called with the lock held); returns the records stored and the skips.
    private func store(_ outcome: DocumentOutcome, accepted: inout [AnalyzedDocument], skipped: inout [Diagnostic]) throws {
        switch outcome {
        case .analyzed(let doc):
            guard seen.insert(doc.record.document).inserted else {
                skipped.append(Diagnostic(code: "analyze.duplicate-input", file: doc.record.document,
                                                message: "\(doc.record.document) was given twice; analysed once"))
                return
            }
            locations.append(try records.append(doc, store: 0))
            accepted.append(doc)
            progress?.analyzed()
        case .skipped(let diagnostics):
            skipped += diagnostics
            progress?.skipped(diagnostics)
        case .many(let outcomes):
            for o in outcomes { try store(o, accepted: &accepted, skipped: &skipped) }
        }
    }
}
