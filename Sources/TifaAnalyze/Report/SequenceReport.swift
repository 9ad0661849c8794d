/// Writes `ngrams.csv` and `collocations.csv` from the corpus sequence totals.
public struct SequenceReport {
    let totals: CorpusTotals
    let options: ReportOptions

    /// `n, ngram, frequency, per_10k, documents`: n-grams with at least `ngramMinFrequency` occurrences,
    /// ordered by n, frequency descending, then text.
    func writeNGrams(path: String) throws {
        let minimum = options.ngramMinFrequency
        let rows = totals.sequences.ngrams.rows { $0.frequency >= minimum }
            .sorted { (a: (text: String, totals: SequenceTotals.NGram), b: (text: String, totals: SequenceTotals.NGram)) -> Bool in
                a.totals.n != b.totals.n ? a.totals.n < b.totals.n
                    : a.totals.frequency != b.totals.frequency ? a.totals.frequency > b.totals.frequency
                    : ScalarOrder.less(a.text, b.text)
            }
        let file = try OutputFile(path: path)
        var w = CSVWriter()
        w.row(["n", "ngram", "frequency", "per_10k", "documents"])
        for (text, g) in rows {
            w.row([String(g.n), text, String(g.frequency), NumberText.per10k(g.frequency, totals.characters),
                   String(g.documents)])
            if w.text.utf8.count > 1 << 20 { try file.write(w.drain()) }
        }
        try file.write(w.drain())
        try file.close()
    }

    /// The association rows of the corpus: attracted pairs with at least `collocationMinCount` co-occurrences,
    /// ordered by node, G² descending, then collocate.
    public static func rows(_ totals: CorpusTotals, minCount: Int) -> [(key: CollocationKey, measures: Association)] {
        let s = totals.sequences
        var rows: [(key: CollocationKey, measures: Association, g2: Double)] = []
        for (key, observed) in s.pairs where observed >= minCount {
            let a = Association(observed: observed, windowTokens: s.windows[TermKey(key.node)] ?? 0,
                                collocateFrequency: totals.terms[TermKey(key.collocate)]?.frequency ?? 0,
                                nodeFrequency: totals.terms[TermKey(key.node)]?.frequency ?? 0, total: s.contentTokens)
            if a.isAttracted { rows.append((key, a, a.g2)) }
        }
        return rows.sorted { x, y in
            if x.key.node != y.key.node { return ScalarOrder.less(x.key.node, y.key.node) }
            return x.g2 != y.g2 ? x.g2 > y.g2 : ScalarOrder.less(x.key.collocate, y.key.collocate)
        }.map { ($0.key, $0.measures) }
    }

    public static let collocationHeader = ["node", "collocate", "cooccurrences", "expected", "node_frequency",
                                    "collocate_frequency", "window_tokens", "g2", "pmi", "t_score", "dice"]

    public static func fields(_ key: CollocationKey, _ a: Association) -> [String] {
        [key.node, key.collocate, String(a.observed), NumberText.fixed(a.expected, 4), String(a.nodeFrequency),
         String(a.collocateFrequency), String(a.windowTokens), NumberText.fixed(a.g2, 4), NumberText.fixed(a.pmi, 4),
         NumberText.fixed(a.tScore, 4), NumberText.fixed(a.dice, 6)]
    }

    /// `collocations.csv`: one row per attracted (codebook term, collocate) pair.
    func writeCollocations(path: String) throws {
        let file = try OutputFile(path: path)
        var w = CSVWriter()
        w.row(Self.collocationHeader)
        for (key, a) in Self.rows(totals, minCount: options.collocationMinCount) {
            w.row(Self.fields(key, a))
            if w.text.utf8.count > 1 << 20 { try file.write(w.drain()) }
        }
        try file.write(w.drain())
        try file.close()
    }
}
