/// Parallel series: three or more short clauses built alike (工作争先,服务争先,业绩争先; 比学习、比服务、比发展),
/// or alternating pairs built alike (比学习,创一流素质;比团结,创一流队伍;…).
enum ParallelSeries {
    static let minClause = 2, maxClause = 12, minRun = 3
    /// Extra characters the first clause may carry before the series starts, and the last after it ends.
    static let maxLead = 2, maxTail = 4
    /// A shared single character that is a function word does not make clauses parallel (…的、…的).
    static let functionWords: ScalarSet = ["的", "地", "得", "了", "着", "是", "在", "和", "与", "及", "等",
                                                      "之", "也", "都", "就", "又", "中", "上", "下"]

    /// Series ranges in text, found sentence by sentence within each row of usable clauses.
    static func find(in text: [Unicode.Scalar], landmarks: TextLandmarks) -> [Range<Int>] {
        var result: [Range<Int>] = []
        // The current row: consecutive usable clauses of one sentence (a series never spans an unusable one).
        var row: [Range<Int>] = []
        var scratch: [Range<Int>] = []
        var b = 0, o = 0
        let breaks = landmarks.breaks, others = landmarks.others
        // A clause is usable when it is short and holds only Han characters (no "other" position inside).
        func clause(_ c: Range<Int>) {
            while o < others.count, Int(others[o]) < c.lowerBound { o += 1 }
            let pure = o >= others.count || Int(others[o]) >= c.upperBound
            if pure && c.count >= minClause && c.count <= maxClause + maxLead + maxTail {
                row.append(c)
            } else {
                endRow()
            }
        }
        func endRow() {
            if row.count >= minRun { series(in: row, text, &scratch, into: &result) }
            if !row.isEmpty { row.removeAll(keepingCapacity: true) }
        }
        for sentence in landmarks.sentences {
            // Clauses: the runs between the break positions inside the sentence.
            while b < breaks.count, Int(breaks[b]) < sentence.lowerBound { b += 1 }
            var start = sentence.lowerBound
            while b < breaks.count, Int(breaks[b]) < sentence.upperBound {
                let k = Int(breaks[b])
                if k > start { clause(start..<k) }
                start = k + 1
                b += 1
            }
            if sentence.upperBound > start { clause(start..<sentence.upperBound) }
            endRow()
        }
        return result
    }

    /// The series in a row of usable clauses, longest first from the left: a series needs minRun clauses
    /// (period 2: four).
    static func series(in row: [Range<Int>], _ text: [Unicode.Scalar], _ scratch: inout [Range<Int>],
                       into result: inout [Range<Int>]) {
        var i = 0
        while i + minRun <= row.count {
            let one = longestRun(text, row, from: i, period: 1, &scratch)
            let two = row.count - i >= 4 ? longestRun(text, row, from: i, period: 2, &scratch) : nil
            let best = (two?.end ?? 0) > (one?.end ?? 0) ? two : one
            if let best {
                result.append(best.range)
                i = best.end
            } else {
                i += 1
            }
        }
    }

    /// Cheap necessary condition for a series at clause i: the clauses that trimming cannot change must already
    /// share a first or last character (or have equal lengths, for a shared inner character).
    static func plausible(_ text: [Unicode.Scalar], _ c: [Range<Int>], _ i: Int, period: Int) -> Bool {
        func first(_ k: Int) -> Unicode.Scalar { text[c[k].lowerBound] }
        func last(_ k: Int) -> Unicode.Scalar { text[c[k].upperBound - 1] }
        if period == 1 {
            guard i + 2 < c.count else { return false }
            if first(i + 1) == first(i + 2) || last(i) == last(i + 1) { return true }
            // Otherwise only a shared inner character can make them alike: clauses of one length (at least 3)
            // with the same character at the same inner place (`shares`).
            let length = c[i + 1].count
            guard length >= 3, c[i + 2].count == length else { return false }
            let a = c[i + 1].lowerBound, b = c[i + 2].lowerBound
            return (1..<(length - 1)).contains { text[a + $0] == text[b + $0] }
        }
        guard i + 3 < c.count else { return false }
        return (last(i) == last(i + 2) || first(i + 2) == first(i) || c[i + 2].count <= c[i].count)
            && (first(i + 1) == first(i + 3) || last(i + 1) == last(i + 3) || c[i + 1].count == c[i + 3].count)
    }

    /// The longest series starting at clause i of a row of usable clauses with the given period: the clause index
    /// it ends before and its text range. The first clause may carry up to 2 leading characters and the last up
    /// to 4 trailing ones that are not part of the series (以工作争先,服务争先,业绩争先为目标).
    static func longestRun(_ text: [Unicode.Scalar], _ clauses: [Range<Int>], from i: Int, period: Int,
                           _ run: inout [Range<Int>]) -> (end: Int, range: Range<Int>)? {
        guard plausible(text, clauses, i, period: period) else { return nil }
        var best: (end: Int, range: Range<Int>)? = nil
        var j = i
        while j < clauses.count {
            j += 1
            let count = j - i
            guard count % period == 0, count >= (period == 1 ? minRun : 2 * 2) else { continue }
            // Trim the first clause towards the length of the next clause of its phase, and the last towards the
            // previous one of its phase (以工作争先,服务争先,业绩争先为目标 → 工作争先 … 业绩争先).
            let first = clauses[i], last = clauses[j - 1]
            let lead = max(0, min(maxLead, first.count - clauses[i + period].count, first.count - minClause))
            let tail = max(0, min(maxTail, last.count - clauses[j - 1 - period].count, last.count - minClause))
            run.removeAll(keepingCapacity: true)
            run.append(contentsOf: clauses[i..<j])
            var found: Range<Int>? = nil
            for attempt in 0..<4 where !(attempt & 2 != 0 && lead == 0) && !(attempt & 1 != 0 && tail == 0) {
                // (An attempt that trims nothing where there is nothing to trim repeats an earlier one.)
                let l = attempt & 2 == 0 ? lead : 0, t = attempt & 1 == 0 ? tail : 0
                run[0] = (first.lowerBound + l)..<first.upperBound
                run[run.count - 1] = last.lowerBound..<(last.upperBound - t)
                guard run.allSatisfy({ $0.count >= minClause && $0.count <= maxClause }),
                      sharedAcross(text, run, period), !isNounList(text, run) else { continue }
                found = run[0].lowerBound..<run[run.count - 1].upperBound
                break
            }
            if let found { best = (j, found) } else if count > (period == 1 ? minRun : 4) { break }
        }
        return best
    }

    /// Whether the run is a plain list: items joined by 、 that share only an ending (革命老区、民族地区、边疆地区;
    /// 政治建设、文化建设). A 、-joined slogan shares its beginning (有理想、有道德、有文化; 比学习、比服务、比发展).
    static func isNounList(_ text: [Unicode.Scalar], _ run: [Range<Int>]) -> Bool {
        guard run.count >= 2, run.dropLast().allSatisfy({ $0.upperBound < text.count && text[$0.upperBound] == "\u{3001}" })
        else { return false }
        let head = text[run[0].lowerBound]
        return !run.allSatisfy { text[$0.lowerBound] == head }
    }

    /// Whether every clause of the same phase shares a prefix, a suffix, or a character at the same position.
    static func sharedAcross(_ text: [Unicode.Scalar], _ clauses: [Range<Int>], _ period: Int) -> Bool {
        for phase in 0..<period {
            let members = (clauses.count - phase + period - 1) / period
            guard members >= (period == 1 ? minRun : 2),
                  shares(text, clauses, phase: phase, period: period) else { return false }
        }
        return true
    }

    /// Whether clauses phase, phase + period, … share a prefix, a suffix, or an inner character at one place.
    static func shares(_ text: [Unicode.Scalar], _ clauses: [Range<Int>], phase: Int, period: Int) -> Bool {
        let group = stride(from: phase, to: clauses.count, by: period)
        var shortest = Int.max, longest = 0
        for k in group { shortest = min(shortest, clauses[k].count); longest = max(longest, clauses[k].count) }
        let g0 = clauses[phase]
        func all(_ test: (Range<Int>) -> Bool) -> Bool {
            for k in group where !test(clauses[k]) { return false }
            return true
        }
        var prefix = 0
        while prefix < shortest, all({ text[$0.lowerBound + prefix] == text[g0.lowerBound + prefix] }) { prefix += 1 }
        var suffix = 0
        while suffix < shortest, all({ text[$0.upperBound - 1 - suffix] == text[g0.upperBound - 1 - suffix] }) { suffix += 1 }
        let affix = max(prefix, suffix)
        if suffix > 0 && Scalars.isMeasure(text[g0.upperBound - 1]) { return false }
        if affix >= 2 { return prefix < shortest || suffix < shortest }
        if affix == 1 {
            let shared = prefix == 1 ? text[g0.lowerBound] : text[g0.upperBound - 1]
            return !functionWords.contains(shared) && !Scalars.isMeasure(shared) && shortest >= 3
        }
        // Same length and one shared inner character at the same place (比有标杆、学有榜样、赶有目标).
        guard shortest == longest, shortest >= 3 else { return false }
        return (1..<(shortest - 1)).contains { k in all { text[$0.lowerBound + k] == text[g0.lowerBound + k] } }
    }
}
