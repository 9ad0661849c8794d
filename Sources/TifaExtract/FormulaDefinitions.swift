/// A formula the document defines itself: 以“八个一”活动,即作一次公开承诺、树一个先进标杆、…
struct FormulaDefinition: Equatable {
    var name: String
    var nameRange: Range<Int>
    var items: [Range<Int>]
}

/// Finds “name”…即 item、item、… definitions whose name is a quoted or numbered formula.
enum FormulaDefinitions {
    static let maxDistance = 8
    static let minItem = 2, maxItem = 16
    /// Endings that close the list rather than belong to the last item (…帮一户贫困农户为载体).
    static let tails = ["为载体", "为主题", "为重点", "为抓手", "为目标", "为内容", "为主要内容", "为核心", "为主线",
                        "的要求", "等方面", "等"]

    /// `formulas` are candidate names (quotation inner ranges and numbered formulas).
    static func find(in text: [Unicode.Scalar], formulas: [Range<Int>]) -> [FormulaDefinition] {
        var result: [FormulaDefinition] = []
        for f in formulas {
            // 即 within a few characters after the name (closing quote, 活动, comma).
            var k = f.upperBound
            var at: Int? = nil
            while k < text.count, k - f.upperBound <= maxDistance, !Scalars.isSentenceEnd(text[k]) {
                if text[k] == "即" { at = k; break }
                k += 1
            }
            guard let at else { continue }
            var s = at + 1
            while s < text.count, text[s] == ":" || text[s] == "\u{FF1A}" || text[s] == "是" { s += 1 }
            var items: [Range<Int>] = []
            var start = s
            var e = s
            while e < text.count {
                let c = text[e]
                if c == "\u{3001}" {
                    items.append(start..<e)
                    start = e + 1
                } else if Scalars.isClauseSeparator(c) || Scalars.isSentenceEnd(c) {
                    break
                }
                e += 1
            }
            items.append(trimTail(start..<e, in: text))
            guard items.count >= 2, items.allSatisfy({ $0.count >= minItem && $0.count <= maxItem }) else { continue }
            result.append(FormulaDefinition(name: text.string(f), nameRange: f, items: items))
        }
        return result
    }

    static func trimTail(_ r: Range<Int>, in text: [Unicode.Scalar]) -> Range<Int> {
        let s = text.string(r)
        for tail in tails where s.hasSuffix(tail) {
            let cut = tail.unicodeScalars.count
            if r.count - cut >= minItem { return r.lowerBound..<(r.upperBound - cut) }
        }
        return r
    }
}
