import TifaCore

/// What a quoted string is (ANNOTATION.md, quoted strings): a slogan, a name, a metaphor or scare quote, or a
/// quotation. Only slogans are reported among `slogans`; every quoted string is listed in `quotations` with its class.
public enum QuoteClass: String, Codable, Sendable, CaseIterable {
    /// A motto or formula of fixed, usually parallel form (“不忘初心、牢记使命”), or a numbered formula (“四个全面”).
    case slogan
    /// The name of an event, campaign, project, honour, model or system; a noun phrase (“清风工程”, “十佳标兵”).
    case name
    /// A metaphor, a single word or a catchphrase in scare quotes (“压舱石”, “一刀切”).
    case metaphor
    /// A quotation of speech or of a document, a proverb or a classical citation.
    case quotation
}

/// Classifies quoted strings by general cues: structure (parallel parts, numbered formula), length, the head noun
/// at the end (quote-classes.tsv), and the words before the opening quote (verbs of saying, proverb markers).
enum QuoteClassifier {
    /// Longer quotations are passages or citations, not slogans.
    static let maxSloganLength = 40
    static let nameHeads = DiscoveryLists.active.quoteCues["name-head"].map(words) ?? []
    static let metaphorHeads = DiscoveryLists.active.quoteCues["metaphor-head"].map(words) ?? []
    static let directionals = DiscoveryLists.active.quoteCues["directional"].map(words) ?? []
    static let sayings = DiscoveryLists.active.quoteCues["saying"].map(words) ?? []
    static let proverbs = DiscoveryLists.active.quoteCues["proverb"].map(words) ?? []
    static let roles = DiscoveryLists.active.quoteCues["role"].map(words) ?? []
    static let notRoles = DiscoveryLists.active.quoteCues["not-role"].map(words) ?? []
    static let problemWords = DiscoveryLists.active.quoteCues["problem-after"].map(words) ?? []
    /// Ranking characters after a leading numeral (one character each, checked on load).
    static let ranks = ScalarSet((DiscoveryLists.active.quoteCues["rank"] ?? []).compactMap { $0.unicodeScalars.first })
    /// Punctuation that ends a sentence inside a quote: reported speech. 。 ! ? and their full-width forms.
    static let sentencePunctuation: ScalarSet = ["\u{3002}", "!", "?", "\u{FF01}", "\u{FF1F}"]
    /// Separators of parallel parts: , 、 ; and the full-width forms.
    static let partSeparators: ScalarSet = [",", "\u{3001}", ";", "\u{FF0C}", "\u{FF1B}"]
    static let brackets: ScalarSet = ["(", ")", "\u{FF08}", "\u{FF09}"]

    static func words(_ list: [String]) -> [[Unicode.Scalar]] {
        list.map { Array($0.unicodeScalars) }.sorted { $0.count > $1.count }
    }

    /// The class of quote `q` and the reason. `before` holds up to 6 characters before the opening quote,
    /// `following` the text after the closing one; `namedAsSet` says a formula word of role `after` follows the
    /// closing quote (目标, 要求, 标准 …); `isTerm` says the whole quote is a codebook vocabulary term.
    static func classify(_ q: [Unicode.Scalar], problemNames: Set<String>, idioms: Set<String>,
                         before: ArraySlice<Unicode.Scalar>, following: ArraySlice<Unicode.Scalar>, namedAsSet: Bool,
                         isTerm: Bool) -> (QuoteClass, String) {
        if !q.contains(where: Scalars.isHan) { return (.name, "no Chinese characters (number, date or code)") }
        if q.count == 1 { return (.metaphor, "emphasis of a single character") }
        if q.count > maxSloganLength { return (.quotation, "passage longer than \(maxSloganLength) characters") }
        if q.contains(where: sentencePunctuation.contains) { return (.quotation, "reported speech (a whole sentence)") }
        // Class quotation: speech, a document or a proverb announced before the quote (他说:“…”, 古人云“…”).
        let lead = before.last == ":" || before.last == "," ? before.dropLast() : before
        if proverbs.contains(where: { lead.suffix($0.count).elementsEqual($0) }) { return (.quotation, "proverb or classical citation") }
        let string = String(scalars: q)
        if idioms.contains(string) { return (.metaphor, "numeral idiom (formulaExclusions)") }
        // Class name: a numeral and a ranking word name an honour (“十佳标兵”, “百强县”).
        if q.count > 2, Scalars.isNumeral(q[0]) || "百千万".unicodeScalars.contains(q[0]), ranks.contains(q[1]) {
            return (.name, "honour: a numeral and a ranking word")
        }
        if NumberedFormulas.isFormula(q) { return (.slogan, "numbered formula") }
        if sayings.contains(where: { lead.suffix($0.count).elementsEqual($0) }) { return (.quotation, "quoted after a verb of saying") }
        if isTerm { return (.slogan, "codebook formula") }
        // Class slogan: parallel parts (“讲学习、讲政治、讲正气”, “质量是基础,安全是底线”).
        if q.contains(where: partSeparators.contains) { return (.slogan, "parallel parts") }
        if q.contains(where: brackets.contains) { return (.name, "name with a bracketed part") }
        // Class name: Han with digits (a model, a craft, a programme: “渤海2号”, “中国制造2025”).
        if q.contains(where: Scalars.isDigit) { return (.name, "name with digits") }
        let first = q[0]
        if Scalars.isNumeral(first) || Scalars.isPair(first) || "百千万".unicodeScalars.contains(first) {
            // Class: a short quoted count that the next word names as a set is the set's label (“三句话”要求).
            if namedAsSet, Scalars.isNumeral(first), q.count <= 4 { return (.slogan, "numbered label named a set by the word after it") }
            return (.metaphor, "numeral idiom or count, not a formula")
        }
        if q.count == 2 { return (.metaphor, "single word") }
        if problemNames.contains(string) { return (.metaphor, "scare quotes around a problem name") }
        if nameHeads.contains(where: { q.count > $0.count && q.suffix($0.count).elementsEqual($0) }) {
            return (.name, "name: ends in a head noun")
        }
        // Class metaphor: a verb before the quote casts someone or something as what it names (争当“排头兵”).
        func endsLead(_ w: [Unicode.Scalar]) -> Bool { lead.suffix(w.count).elementsEqual(w) }
        if roles.contains(where: endsLead) && !notRoles.contains(where: endsLead) { return (.metaphor, "cast as what the quote names") }
        // Class metaphor (scare quotes): the word after files the quote as a problem or phenomenon (“一刀切”问题).
        if problemWords.contains(where: { following.starts(with: $0) }) {
            return (.metaphor, "named a problem or phenomenon by the word after it")
        }
        if q.count <= 4, directionals.contains(where: { q.suffix($0.count).elementsEqual($0) }) {
            return (.slogan, "verb slogan with a directional complement")
        }
        if q.count <= 5, metaphorHeads.contains(where: { q.count > $0.count && q.suffix($0.count).elementsEqual($0) }) {
            return (.metaphor, "metaphor: a short concrete noun")
        }
        // 个人进步的“催化剂”。: a short metaphor after 的, closing its clause.
        if q.count <= 3, before.last == "的", let after = following.first, Scalars.isClauseSeparator(after) || Scalars.isSentenceEnd(after) {
            return (.metaphor, "metaphor after 的")
        }
        if q.count <= 3 { return (.metaphor, "short noun in scare quotes") }
        if q.count <= 6, q.dropLast().contains("的") { return (.metaphor, "noun phrase with 的") }
        return (.slogan, "motto")
    }
}
