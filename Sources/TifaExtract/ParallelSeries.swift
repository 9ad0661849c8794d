/// Parallel series: three or more short clauses built alike (工作争先,服务争先,业绩争先; 比学习、比服务、比发展),
/// or alternating pairs built alike (比学习,创一流素质;比团结,创一流队伍;…).
enum ParallelSeries {
    static let minClause = 2, maxClause = 12, minRun = 3
    /// A shared single character that is a function word does not make clauses parallel (…的、…的).
    static let functionWords: Set<Unicode.Scalar> = ["的", "地", "得", "了", "着", "是", "在", "和", "与", "及", "等",
                                                      "之", "也", "都", "就", "又", "中", "上", "下"]

    /// Series ranges in text, found sentence by sentence.
    static func find(in text: [Unicode.Scalar], sentences: [Range<Int>]) -> [Range<Int>] {
        var result: [Range<Int>] = []
        for sentence in sentences {
            let clauses = split(sentence, in: text)
            var i = 0
            while i < clauses.count {
                let runs = [longestRun(text, clauses, from: i, period: 1), longestRun(text, clauses, from: i, period: 2)]
                if let best = runs.compactMap({ $0 }).max(by: { $0.end < $1.end }) {
                    result.append(best.range)
                    i = best.end
                } else {
                    i += 1
                }
            }
        }
        return result
    }

    /// The longest series starting at clause i with the given period: the clause index it ends before and its
    /// text range. The first clause may carry up to 2 leading characters and the last up to 4 trailing ones
    /// that are not part of the series (以工作争先,服务争先,业绩争先为目标).
    static func longestRun(_ text: [Unicode.Scalar], _ clauses: [Range<Int>], from i: Int, period: Int)
        -> (end: Int, range: Range<Int>)? {
        var best: (end: Int, range: Range<Int>)? = nil
        var j = i
        while j < clauses.count, okClause(text, clauses[j]) {
            j += 1
            let count = j - i
            guard count % period == 0, count >= (period == 1 ? minRun : 2 * 2) else { continue }
            // Among the trimmings that make the clauses alike, take the one with the most even clause lengths.
            var found: (range: Range<Int>, spread: Int)? = nil
            for lead in 0...2 {
                for tail in 0...4 {
                    var run = Array(clauses[i..<j])
                    guard lead + minClause <= run[0].count, tail + minClause <= run[run.count - 1].count else { continue }
                    run[0] = (run[0].lowerBound + lead)..<run[0].upperBound
                    run[run.count - 1] = run[run.count - 1].lowerBound..<(run[run.count - 1].upperBound - tail)
                    guard run.allSatisfy({ $0.count >= minClause && $0.count <= maxClause }),
                          sharedAcross(text, run, period) else { continue }
                    let lengths = run.map(\.count)
                    let spread = (lengths.max() ?? 0) - (lengths.min() ?? 0)
                    if found == nil || spread < found!.spread {
                        found = (run[0].lowerBound..<run[run.count - 1].upperBound, spread)
                    }
                }
            }
            if let found { best = (j, found.range) } else if period == 1 && count > minRun { break }
        }
        return best
    }

    /// Clauses of a sentence: runs between separators, quotes and brackets.
    static let quotes: Set<Unicode.Scalar> = ["“", "”", "「", "」", "『", "』", "《", "》", "(", ")", "(", ")"]

    static func split(_ sentence: Range<Int>, in text: [Unicode.Scalar]) -> [Range<Int>] {
        var clauses: [Range<Int>] = []
        var start = sentence.lowerBound
        for k in sentence {
            if Scalars.clauseSeparators.contains(text[k]) || Scalars.sentenceEnds.contains(text[k]) || quotes.contains(text[k]) {
                if k > start { clauses.append(start..<k) }
                start = k + 1
            }
        }
        if sentence.upperBound > start { clauses.append(start..<sentence.upperBound) }
        return clauses
    }

    static func okClause(_ text: [Unicode.Scalar], _ c: Range<Int>) -> Bool {
        c.count >= minClause && c.count <= maxClause + 4 && text[c].allSatisfy(Scalars.isHan)
    }

    /// Whether every clause of the same phase shares a prefix, a suffix, or a character at the same position.
    static func sharedAcross(_ text: [Unicode.Scalar], _ clauses: [Range<Int>], _ period: Int) -> Bool {
        for phase in 0..<period {
            let group = stride(from: phase, to: clauses.count, by: period).map { Array(text[clauses[$0]]) }
            guard group.count >= (period == 1 ? minRun : 2), shares(group) else { return false }
        }
        return true
    }

    static func shares(_ group: [[Unicode.Scalar]]) -> Bool {
        let shortest = group.map(\.count).min() ?? 0
        var prefix = 0
        while prefix < shortest, group.allSatisfy({ $0[prefix] == group[0][prefix] }) { prefix += 1 }
        var suffix = 0
        while suffix < shortest, group.allSatisfy({ $0[$0.count - 1 - suffix] == group[0][group[0].count - 1 - suffix] }) { suffix += 1 }
        let affix = max(prefix, suffix)
        if suffix > 0 && Scalars.measures.contains(group[0][group[0].count - 1]) { return false }
        if affix >= 2 { return prefix < shortest || suffix < shortest }
        if affix == 1 {
            let shared = prefix == 1 ? group[0][0] : group[0][group[0].count - 1]
            return !functionWords.contains(shared) && !Scalars.measures.contains(shared) && group.allSatisfy { $0.count >= 3 }
        }
        // Same length and one shared inner character at the same place (比有标杆、学有榜样、赶有目标).
        guard group.allSatisfy({ $0.count == shortest }), shortest >= 3 else { return false }
        return (1..<(shortest - 1)).contains { k in group.allSatisfy { $0[k] == group[0][k] } }
    }
}
