import Foundation
import TifaCore
import TifaDashboard
import TifaFormalism

/// Writes the report folder from corpus totals and the analysed documents, read back in document order.
/// All real-valued statistics are computed here, over documents sorted by path, so the bytes depend only on
/// the set of documents: one run and a merge of partial runs give the same files.
/// When the run builds a dashboard, every table the page shows is handed to its `DashboardInput` as it is written.
struct ReportWriter {
    let info: RunInfo
    let totals: CorpusTotals
    let stopwords: StopwordList
    /// Receives the page's tables as they are written; nil when the run builds no dashboard.
    let dashboard: DashboardInput?

    init(info: RunInfo, totals: CorpusTotals, stopwords: StopwordList, dashboard: DashboardInput? = nil) {
        self.info = info
        self.totals = totals
        self.stopwords = stopwords
        self.dashboard = dashboard
    }

    /// Writes every report file into `out`'s staging folder.
    func write(locations: [RecordLocation], stores: [RecordStore], into out: AtomicOutputDirectory) throws {
        let vocabulary = totals.terms.sorted { ScalarOrder.less($0.key.string, $1.key.string) }
        let terms = vocabulary.map(\.key.string)
        let stats = vocabulary.map(\.value)
        var index: [TermKey: Int32] = [:]
        index.reserveCapacity(terms.count)
        for (i, t) in vocabulary.enumerated() { index[t.key] = Int32(i) }
        let filter = TermFilter(stopwords: stopwords, dropNumbers: info.options.dropNumbers)
        let excluded = zip(terms, stats).map { filter.isExcluded($0, kinds: $1.kinds) }
        let frequencies = stats.map(\.frequency)

        let table = DocumentsTable(totals: totals, info: info)
        let criteriaRows = CriteriaRows(codebookSets: info.criteriaSets)
        var slogans = SloganTable()
        var groups = info.options.groupBy.map { GroupReport(column: $0) }
        var trends = TrendReport(monthly: info.options.period == "month",
                                 followed: followedTerms(stats: stats, excluded: excluded))
        var dispersion = [JuillandD](repeating: JuillandD(), count: terms.count)
        var inputs: [Summary.Input] = []
        var notes: [Summary.Note] = []
        var firstDate: String?, lastDate: String?

        try out.makeFolder("dtm")
        let docs = try ReportCSV(path: out.path(ReportFiles.documents), header: table.header + ReuseReport.columns + DocumentMeasures.columns,
                                 sink: dashboard?.documents)
        let crit = try ReportCSV(path: out.path(ReportFiles.criteria), header: ReportColumns.Criteria.header, sink: dashboard?.criteria)
        let probs = try ReportCSV(path: out.path(ReportFiles.problems), header: ReportColumns.Problems.header, sink: dashboard?.problems)
        let extractionsFile = try OutputFile(path: out.path(ReportFiles.extractions))
        dashboard?.extractions.begin(source: extractionsFile.path)
        let textsFile = info.options.texts ? try OutputFile(path: out.path(ReportFiles.texts)) : nil
        if let textsFile { dashboard?.texts.begin(source: textsFile.path) }
        let matrix = try MatrixMarketWriter(path: out.path("dtm/matrix.mtx"), rows: locations.count,
                                            columns: terms.count, entries: totals.matrixEntries,
                                            comment: "rows: dtm/documents.txt, columns: dtm/terms.txt")
        let documentList = try OutputFile(path: out.path("dtm/documents.txt"))
        let tokenFiles = try info.options.tokens ? TokensWriter(out: out) : nil

        var firstWithHash: Set<String> = []
        let (reuse, passages) = try ReuseReport.write(locations: locations, stores: stores, to: out.path(ReportFiles.reuse),
                                                      sink: dashboard?.reuse)
        if info.options.texts {
            try ReuseReport.writeTexts(passages: passages, locations: locations, stores: stores,
                                       to: out.path(ReportFiles.reuseTexts), lines: dashboard?.reuse.texts)
        }

        for (row, location) in locations.enumerated() {
            let store = stores[location.store]
            let r = try store.record(location.ranges[RecordStream.records.rawValue])
            let termIndexes = r.terms.map { index[TermKey($0)] ?? -1 }
            let duplicate = !r.sha256.isEmpty && !firstWithHash.insert(r.sha256).inserted
            let measures = Dictionary(try FormalismStore.entry(location, stores: stores)?.measures ?? [], uniquingKeysWith: { a, _ in a })
            try docs.row(table.row(r, duplicate: duplicate) + ReuseReport.cells(reuse[row]) + DocumentMeasures.columns.map { measures[$0] ?? "" })
            let rows = criteriaRows.rows(r)
            for c in rows {
                try crit.row([r.document, c.set, c.item, c.named ? "1" : "0", c.count > 0 ? "1" : "0", String(c.count)])
            }
            for p in r.problems.sorted(by: { ($0.start, $0.category) < ($1.start, $1.category) }) {
                try probs.row([r.document, p.category, p.subtype, p.stance, p.cue, p.section, p.sentence, String(p.start),
                           String(p.end)])
            }
            let extraction = try store.read(.extractions, location.ranges[RecordStream.extractions.rawValue])
            try extractionsFile.write(bytes: extraction)
            try dashboard?.extractions.feed(extraction)
            if let textsFile {
                let text = try store.read(.texts, location.ranges[RecordStream.texts.rawValue])
                try textsFile.write(bytes: text)
                try dashboard?.texts.feed(text)
            }
            try matrix.append(row: row, columns: termIndexes, values: r.counts.map { Int32(clamping: $0) })
            try documentList.write(r.document.replacingOccurrences(of: "\n", with: " ") + "\n")
            try tokenFiles?.add(document: r.document, line: try store.read(.tokens, location.ranges[RecordStream.tokens.rawValue]))

            for (i, t) in termIndexes.enumerated() where t >= 0 {
                dispersion[Int(t)].add(count: r.counts[i], size: r.characters)
            }
            slogans.add(r)
            for g in groups.indices { groups[g].add(r, termIndexes: termIndexes, criteria: rows) }
            trends.add(r, termIndexes: termIndexes)
            if let d = r.date {
                if firstDate.map({ ScalarOrder.less(d, $0) }) ?? true { firstDate = d }
                if lastDate.map({ ScalarOrder.less($0, d) }) ?? true { lastDate = d }
            }
            inputs.append(Summary.Input(document: r.document, sha256: r.sha256, bytes: r.bytes))
            notes += r.warnings.map { Summary.Note(file: $0.file, code: $0.code, severity: $0.severity.rawValue, message: $0.message) }
        }
        for table in [docs, crit, probs] { try table.close() }
        for f in [extractionsFile, documentList] { try f.close() }
        try dashboard?.extractions.finish()
        try textsFile?.close()
        if textsFile != nil { try dashboard?.texts.finish() }
        try tokenFiles?.close()
        try matrix.close()

        try writeTerms(terms, stats: stats, dispersion: dispersion, out: out)
        try slogans.write(path: out.path(ReportFiles.slogans), sink: dashboard?.slogans)
        let sequences = SequenceReport(totals: totals, options: info.options)
        try sequences.writeNGrams(path: out.path(ReportFiles.ngrams))
        try sequences.writeCollocations(path: out.path(ReportFiles.collocations))
        try trends.write(folder: out.staging.path, terms: terms, periodsSink: dashboard?.periods, trendsSink: dashboard?.trends)
        let itemOrder = Dictionary(info.criteriaSets.map { ($0.name, $0.items) }, uniquingKeysWith: { a, _ in a })
        for g in groups {
            let name = Self.folderName(g.column), folder = "\(ReportFiles.groupsFolder)/\(name)"
            try out.makeFolder(folder)
            try g.write(folder: out.path(folder), terms: terms, totalFrequencies: frequencies, totalTokens: totals.tokens,
                        excluded: excluded, itemOrder: itemOrder, keynessTop: info.options.keynessTop,
                        tables: dashboard?.group(folder: name))
        }

        let summary = Summary(
            tool: .init(name: info.tool.name, version: info.tool.version), icu_version: info.icuVersion,
            corpus: .init(documents: totals.documents, characters: totals.characters,
                          original_characters: totals.originalCharacters, tokens: totals.tokens,
                          sentences: totals.sentences, terms: terms.count, skipped: totals.skipped.count,
                          skipped_by_reason: Summary.skippedByReason(totals.skipped)),
            date_range: firstDate.map { Summary.DateRange(first: $0, last: lastDate ?? $0) },
            codebooks: info.codebooks, lexicons: info.lexicons, stopwords: info.stopwords,
            stopword_lists: info.stopwordLists, common_characters: info.commonCharacters,
            cleaning_rules: info.cleaningRules, inputs: inputs,
            skipped: Summary.skippedList(totals.skipped), diagnostics: notes, options: info.options)
        let summaryText = try CanonicalJSON.pretty(summary)
        try OutputFile.write(summaryText, to: out.path(ReportFiles.summary))
        dashboard?.setSummary(summaryText)
    }

    /// A column name as a folder name: `/` becomes `_`, and a leading `.` too (no `..` or hidden folders).
    static func folderName(_ column: String) -> String {
        var name = column.replacingOccurrences(of: "/", with: "_")
        if name.hasPrefix(".") || name.isEmpty { name = "_" + name.dropFirst() }
        return name
    }

    /// The terms followed in `trends.csv`: the most frequent content terms, plus every codebook term.
    private func followedTerms(stats: [CorpusTotals.Term], excluded: [Bool]) -> [Int32] {
        var chosen = Set<Int32>()
        let content = stats.indices.filter { !excluded[$0] }.sorted { a, b in
            stats[a].frequency != stats[b].frequency ? stats[a].frequency > stats[b].frequency : a < b
        }
        for i in content.prefix(info.options.trendTerms) { chosen.insert(Int32(i)) }
        for (i, t) in stats.enumerated() where t.kinds & TermKind.codebook.bit != 0 { chosen.insert(Int32(i)) }
        return chosen.sorted()
    }

    private func writeTerms(_ terms: [String], stats: [CorpusTotals.Term], dispersion: [JuillandD], out: AtomicOutputDirectory) throws {
        let n = totals.documents
        let order = terms.indices.sorted { a, b in
            stats[a].frequency != stats[b].frequency ? stats[a].frequency > stats[b].frequency : a < b
        }
        let file = try ReportCSV(path: out.path(ReportFiles.terms), header: ReportColumns.Terms.header, sink: dashboard?.terms)
        for i in order {
            let t = stats[i]
            try file.row([terms[i], TermKind.first(in: t.kinds).name, String(t.frequency),
                   NumberText.per10k(t.frequency, totals.characters), String(t.documents),
                   NumberText.fixed(TFIDF.weight(frequency: t.frequency, documents: t.documents, total: n), 6),
                   dispersion[i].value(parts: n).map { NumberText.fixed($0, 6) } ?? "",
                   stopwords.contains(terms[i]) ? "1" : "0", PunctuationTest.isPunctuation(terms[i]) ? "1" : "0",
                   TermFilter.isNumber(terms[i], kinds: t.kinds) ? "1" : "0"])
        }
        try file.close()

        let list = try OutputFile(path: out.path("dtm/terms.txt"))
        for t in terms { try list.write(t + "\n") }
        try list.close()
    }
}
