import ArgumentParser
import Foundation
import Tifa

/// `tifa coverage`: criteria coverage per document as an aligned table.
struct CoverageCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "coverage",
        abstract: "Print criteria coverage (items stated k/n, * = set named) per document and set.",
        discussion: "The last row gives, per set, how many documents state at least one item or name the set."
    )

    @OptionGroup var corpus: CorpusOptions

    @Flag(help: "Also show sets that documents define themselves (以\u{201C}八个一\u{201D}活动,即\u{2026}).")
    var documentSets = false

    func run() throws {
        try reportingErrors {
            let setup = try corpus.setup()
            let progress = corpus.progress(setup)
            let components = setup.components
            let (totals, documents) = try QuickLook.run(
                items: setup.items, skipped: setup.skipped, inputs: corpus.paths, jobs: corpus.workerCount, progress: progress,
                makeWorker: { try AnalysisWorker(components: components) }, keep: { ($0.document, $0.criteria) })
            progress.finish("\(totals.documents) documents" + (totals.skipped.isEmpty ? "" : ", \(totals.skipped.count) skipped"))
            var sets = setup.info.criteriaSets.map { ($0.name, $0.items.count) }
            if documentSets {
                let known = Set(sets.map(\.0))
                let extra = totals.criteriaSets.filter { !known.contains($0.key) }.sorted { $0.key.utf8.lexicographicallyPrecedes($1.key.utf8) }
                sets += extra.map { ($0.key, $0.value.size) }
            }
            var table = TextTable(header: ["document"] + sets.map(\.0), rightAligned: Set(1...max(1, sets.count)))
            var covering = Array(repeating: 0, count: sets.count)
            for (document, criteria) in documents {
                let bySet = Dictionary(criteria.map { ($0.set, $0) }, uniquingKeysWith: { a, _ in a })
                var row = [document]
                for (i, (name, size)) in sets.enumerated() {
                    guard let c = bySet[name] else {
                        row.append("0/\(size)")
                        continue
                    }
                    if c.named || !c.items.isEmpty { covering[i] += 1 }
                    row.append("\(c.items.count)/\(max(size, c.total))" + (c.named ? "*" : ""))
                }
                table.add(row)
            }
            table.add(["documents covering (of \(documents.count))"] + covering.map(String.init))
            try StandardStreams.output(table.render())
        }
    }
}
