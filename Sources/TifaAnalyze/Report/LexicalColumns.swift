import TifaCore

/// The lexical and readability columns at the end of `documents.csv` (formulas in docs/ANALYZE.md).
enum LexicalColumns {
    static let names = ReportColumns.Documents.lexical.map(\.name)

    static func values(_ r: DocumentRecord) -> [String] {
        let l = r.lexical
        return [String(l.wordTokens), String(l.wordTypes),
                l.wordTokens > 0 ? NumberText.fixed(Double(l.wordTypes) / Double(l.wordTokens), 4) : "",
                l.wordTokens > 0 ? NumberText.fixed(Double(l.mattrMillionths) / 1_000_000, 4) : "",
                r.sentences > 0 ? NumberText.fixed(Double(l.sentenceCharacters) / Double(r.sentences), 2) : "",
                String(l.hanCharacters),
                l.hanCharacters > 0 ? NumberText.fixed(Double(l.commonHanCharacters) / Double(l.hanCharacters), 4) : ""]
    }
}
