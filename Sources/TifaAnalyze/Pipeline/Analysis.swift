import Foundation
import TifaCore
import TifaDashboard

/// The result of an analysis or a merge, for the command line's closing message.
public struct AnalysisResult: Sendable {
    public var documents: Int
    public var skipped: [Diagnostic]
    public var bytes: Int
    public var seconds: Double
}

/// Where the output goes and how.
public struct OutputOptions: Sendable {
    /// The output folder.
    public var folder: URL
    /// Replace an existing folder.
    public var force: Bool
    /// Write a mergeable partial state instead of the report.
    public var partial: Bool
    /// What the run reads (corpus paths, manifest, dictionaries): the folder may not be or hold any of them.
    public var inputs: [URL]

    public init(folder: URL, force: Bool = false, partial: Bool = false, inputs: [URL] = []) {
        self.folder = folder
        self.force = force
        self.partial = partial
        self.inputs = inputs
    }
}

/// Runs `tifa analyze` and `tifa merge`: analysis into a record store, then the report (or a partial state),
/// all written into a staging folder that is renamed into place only when complete.
public enum Analysis {
    /// Analyses `items` with `jobs` workers and writes the report (or the partial state) to `output`.
    /// `dashboard` (if any) receives the page's tables as the report is written;
    /// `finish` may add files (e.g. the dashboard) to the staging folder before it is committed.
    public static func run<W: DocumentWorker>(
        items: [W.Item], skipped: [Diagnostic] = [], info: RunInfo, stopwords: StopwordList, output: OutputOptions, jobs: Int,
        progress: ProgressReporter?, makeWorker: @escaping @Sendable () throws -> W, dashboard: DashboardInput? = nil,
        finish: (URL) throws -> Void = { _ in }
    ) throws -> AnalysisResult {
        let clock = Date()
        let out = try AtomicOutputDirectory(destination: output.folder, force: output.force, inputs: output.inputs)
        do {
            let work = out.path(".work")
            let store = try RecordStore(creating: work)
            let run = CorpusRun(store: store, progress: progress)
            run.addSkipped(skipped)
            try run.run(items: items, jobs: jobs, makeWorker: makeWorker)
            guard run.totals.documents > 0 else {
                let named = output.inputs.map(\.path).joined(separator: " ")
                throw TifaError([Diagnostic(code: "analyze.no-documents", file: named.isEmpty ? output.folder.path : named,
                                            message: "no document could be analysed (every input was missing or skipped)")]
                                + run.totals.skipped)
            }
            if !output.partial { try checkGroupColumns(info.options.groupBy, seen: run.totals.metadataKeys) }
            let analysed = Date()
            let locations = run.locations.sorted { ScalarOrder.less($0.document, $1.document) }
            if output.partial {
                try writePartial(info: info, totals: run.totals, locations: locations, store: store, out: out)
            } else {
                try ReportWriter(info: info, totals: run.totals, stopwords: stopwords, dashboard: dashboard)
                    .write(locations: locations, stores: [store], into: out)
            }
            try FileManager.default.removeItem(atPath: work)
            let bytes = items.reduce(0) { $0 + $1.byteCount }
            let written = Date()
            if !output.partial {
                try finish(out.staging)
                try writeTimings(out: out, jobs: jobs, bytes: bytes, phases: [
                    "read_analyze": analysed.timeIntervalSince(clock), "write": written.timeIntervalSince(analysed),
                    "finish": Date().timeIntervalSince(written), "total": Date().timeIntervalSince(clock),
                ])
            }
            try out.commit()
            return AnalysisResult(documents: run.totals.documents, skipped: run.totals.skipped, bytes: bytes,
                                  seconds: Date().timeIntervalSince(clock))
        } catch {
            out.abandon()
            throw error
        }
    }

    /// Merges partial states into the full report; the result is byte-identical to one run over all inputs.
    public static func merge(parts: [URL], stopwords: StopwordList, output: OutputOptions, dashboard: DashboardInput? = nil,
                             finish: (URL) throws -> Void = { _ in }) throws -> AnalysisResult {
        let clock = Date()
        guard !parts.isEmpty else {
            throw TifaError(code: "merge.no-parts", file: output.folder.path, message: "no partial state to merge")
        }
        try OutputPlace.checkFolder(output.folder, inputs: parts + output.inputs, force: output.force)
        var states: [PartialState] = []
        var stores: [RecordStore] = []
        for part in parts {
            let state = try PartialState.load(folder: part.path)
            try state.verify(folder: part.path)
            states.append(state)
            stores.append(try RecordStore(reading: part.path))
        }
        let info = states[0].info
        var totals = CorpusTotals()
        var locations: [RecordLocation] = []
        var owner: [String: String] = [:]
        for (i, state) in states.enumerated() {
            if let difference = state.info.difference(from: info) {
                throw TifaError(code: "merge.mismatch", file: parts[i].path,
                                message: "\(parts[i].path) was made differently from \(parts[0].path): \(difference)")
            }
            totals.merge(state.totals)
            let ranges = try RecordStream.allCases.map { try stores[i].entryRanges($0) }
            guard ranges.allSatisfy({ $0.count == state.documents.count }) else {
                throw TifaError(code: "merge.bad-state", file: parts[i].path,
                                message: "\(parts[i].path): the record files do not match \(PartialState.fileName)")
            }
            for (j, document) in state.documents.enumerated() {
                if let other = owner[document] {
                    throw TifaError(code: "merge.duplicate", file: document,
                                    message: "\(document) is in both \(other) and \(parts[i].path)")
                }
                owner[document] = parts[i].path
                locations.append(RecordLocation(document: document, store: i, ranges: ranges.map { $0[j] }))
            }
        }
        if stopwords.stamp != info.stopwords {
            throw TifaError(code: "merge.mismatch", file: parts[0].path,
                            message: "the parts were made with stopword list \(info.stopwords.name) \(info.stopwords.version) (\(info.stopwords.sha256)), not the one loaded now")
        }
        if !output.partial { try checkGroupColumns(info.options.groupBy, seen: totals.metadataKeys) }
        let out = try AtomicOutputDirectory(destination: output.folder, force: output.force, inputs: parts + output.inputs)
        do {
            locations.sort { ScalarOrder.less($0.document, $1.document) }
            let read = Date()
            if output.partial {
                try writePartial(info: info, totals: totals, locations: locations, stores: stores, out: out)
            } else {
                try ReportWriter(info: info, totals: totals, stopwords: stopwords, dashboard: dashboard)
                    .write(locations: locations, stores: stores, into: out)
                let written = Date()
                try finish(out.staging)
                try writeTimings(out: out, jobs: 1, bytes: 0, phases: [
                    "merge": read.timeIntervalSince(clock), "write": written.timeIntervalSince(read),
                    "finish": Date().timeIntervalSince(written), "total": Date().timeIntervalSince(clock),
                ])
            }
            try out.commit()
            return AnalysisResult(documents: totals.documents, skipped: totals.skipped, bytes: 0,
                                  seconds: Date().timeIntervalSince(clock))
        } catch {
            out.abandon()
            throw error
        }
    }

    /// A `--group-by` column that no document has is a mistake (a typo, a manifest that did not apply), not an
    /// empty comparison.
    static func checkGroupColumns(_ columns: [String], seen: Set<String>) throws {
        for column in columns where !seen.contains(column) {
            let known = seen.sorted(by: ScalarOrder.less)
            throw TifaError(code: "analyze.unknown-group", file: "--group-by \(column)",
                            message: "no document has the metadata column \(column) (columns found: \(known.isEmpty ? "none" : known.joined(separator: ", ")))")
        }
    }

    private static func writePartial(info: RunInfo, totals: CorpusTotals, locations: [RecordLocation],
                                     store: RecordStore, out: AtomicOutputDirectory) throws {
        try writePartial(info: info, totals: totals, locations: locations, stores: [store], out: out)
    }

    private static func writePartial(info: RunInfo, totals: CorpusTotals, locations: [RecordLocation],
                                     stores: [RecordStore], out: AtomicOutputDirectory) throws {
        let files = try RecordStream.allCases.map { try OutputFile(path: out.path($0.fileName)) }
        var hashes = RecordStream.allCases.map { _ in ContentHash.Running() }
        for location in locations {
            for stream in RecordStream.allCases {
                let bytes = try stores[location.store].read(stream, location.ranges[stream.rawValue])
                hashes[stream.rawValue].update(bytes)
                try files[stream.rawValue].write(bytes: bytes)
            }
        }
        for f in files { try f.close() }
        var sortedTotals = totals
        sortedTotals.skipped.sort { ($0.file, $0.code, $0.message) < ($1.file, $1.code, $1.message) }
        let state = PartialState(format: PartialState.currentFormat, info: info, totals: sortedTotals,
                                 documents: locations.map(\.document),
                                 checksums: Dictionary(uniqueKeysWithValues: RecordStream.allCases.map { ($0.fileName, hashes[$0.rawValue].hex()) }))
        try OutputFile.write(try CanonicalJSON.line(state) + "\n", to: out.path(PartialState.fileName))
    }

    private static func writeTimings(out: AtomicOutputDirectory, jobs: Int, bytes: Int, phases: [String: Double]) throws {
        struct Timings: Encodable {
            var phases: [String: Double]
            var jobs: Int
            var megabytes: Double
            var megabytes_per_second: Double
        }
        let total = phases["total"] ?? 0
        let mb = Double(bytes) / 1_000_000
        let t = Timings(phases: phases.mapValues { ($0 * 1000).rounded() / 1000 }, jobs: jobs,
                        megabytes: (mb * 1000).rounded() / 1000,
                        megabytes_per_second: total > 0 ? (mb / total * 1000).rounded() / 1000 : 0)
        try OutputFile.write(try CanonicalJSON.pretty(t), to: out.path(ReportFiles.timings))
    }
}
