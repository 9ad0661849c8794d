/// Quotations in “…”, 「…」 and 『…』 (not 《…》, which are titles), and whether each reads as a slogan.
enum Quotations {
    static let pairs: [Unicode.Scalar: Unicode.Scalar] = ["“": "”", "「": "」", "『": "』"]
    /// Longer quotations are passages or citations, not slogans.
    static let maxSloganLength = 40
    static let maxScan = 120

    /// Inner ranges of all quotations, in order. An opener with no closer before the next line break is ignored.
    static func find(in text: [Unicode.Scalar], landmarks: TextLandmarks) -> [Range<Int>] {
        var result: [Range<Int>] = []
        var q = 0
        let marks = landmarks.quotes
        while q < marks.count {
            let i = Int(marks[q])
            q += 1
            guard let closer = pairs[text[i]] else { continue }
            var j = i + 1
            var found = false
            while j < text.count, j - i <= maxScan, text[j] != "\n" {
                if text[j] == closer { found = true; break }
                if text[j] == text[i] { break }
                j += 1
            }
            if found {
                result.append((i + 1)..<j)
                while q < marks.count, Int(marks[q]) <= j { q += 1 }
            }
        }
        return result
    }

    /// Why a quotation is not a slogan, or nil when it is one. `problemNames` are the problem categories'
    /// canonical names: quoting one (“形式主义”) keeps it at a distance rather than coining a slogan.
    static func rejection(_ q: [Unicode.Scalar], problemNames: Set<String>, before: [Unicode.Scalar] = [],
                          after: Unicode.Scalar? = nil) -> String? {
        let han = q.filter(Scalars.isHan).count
        if han == 0 { return "no Chinese characters (number, date or code)" }
        if q.count == 1 { return "emphasis of a single character" }
        if q.count > maxSloganLength { return "passage longer than \(maxSloganLength) characters" }
        if q.contains(where: { "。!?!?".unicodeScalars.contains($0) }) { return "reported speech" }
        if q.contains(where: { "()()".unicodeScalars.contains($0) }) { return "name with a bracketed part" }
        if q.count == 2 && !NumberedFormulas.isFormula(q) { return "single word" }
        var s = String.UnicodeScalarView()
        s.append(contentsOf: q)
        if problemNames.contains(String(s)) { return "scare quotes around a problem name" }
        // 个人进步的“催化剂”。: a short metaphor after 的, closing its clause.
        if q.count <= 3, before.last == "的", let after, Scalars.isClauseSeparator(after) || Scalars.isSentenceEnd(after),
           !NumberedFormulas.isFormula(q) {
            return "scare quotes around a metaphor"
        }
        // 都要强调“服务群众”: a phrase quoted for emphasis.
        if before.count >= 2, before.suffix(2).elementsEqual("强调".unicodeScalars) { return "emphasis" }
        return nil
    }
}
