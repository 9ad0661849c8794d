import TifaCore

/// The content of `summary.json` (see `schemas/summary.schema.json`); timing-free, so it is byte-identical
/// across runs.
struct Summary: Encodable {
    struct Tool: Encodable {
        var name: String
        var version: String
    }
    struct Corpus: Encodable {
        var documents: Int
        var characters: Int
        var original_characters: Int
        var tokens: Int
        var sentences: Int
        var terms: Int
        var skipped: Int
        /// How many paths (or JSON Lines records) were skipped, per reason code.
        var skipped_by_reason: [String: Int]
    }
    struct DateRange: Encodable {
        var first: String
        var last: String
    }
    struct Input: Encodable {
        var document: String
        var sha256: String
        var bytes: Int
    }
    struct Skipped: Encodable {
        var file: String
        /// The line of a JSON Lines record (absent for whole files).
        var line: Int?
        var code: String
        var message: String
    }
    struct Note: Encodable {
        var file: String
        var code: String
        var severity: String
        var message: String
    }

    var tool: Tool
    var icu_version: String
    var corpus: Corpus
    var date_range: DateRange?
    var codebooks: [DataStamp]
    var lexicons: [DataStamp]
    var stopwords: DataStamp
    var cleaning_rules: [DataStamp]
    var inputs: [Input]
    var skipped: [Skipped]
    var diagnostics: [Note]
    var options: ReportOptions

    func encode(to encoder: Encoder) throws {
        enum K: String, CodingKey {
            case tool, icu_version, corpus, date_range, codebooks, lexicons, stopwords, cleaning_rules, inputs, skipped, diagnostics, options
        }
        var c = encoder.container(keyedBy: K.self)
        try c.encode(tool, forKey: .tool)
        try c.encode(icu_version, forKey: .icu_version)
        try c.encode(corpus, forKey: .corpus)
        if let date_range { try c.encode(date_range, forKey: .date_range) } else { try c.encodeNil(forKey: .date_range) }
        try c.encode(codebooks, forKey: .codebooks)
        try c.encode(lexicons, forKey: .lexicons)
        try c.encode(stopwords, forKey: .stopwords)
        try c.encode(cleaning_rules, forKey: .cleaning_rules)
        try c.encode(inputs, forKey: .inputs)
        try c.encode(skipped, forKey: .skipped)
        try c.encode(diagnostics, forKey: .diagnostics)
        try c.encode(options, forKey: .options)
    }

    /// The number of skips per reason code.
    static func skippedByReason(_ diagnostics: [Diagnostic]) -> [String: Int] {
        diagnostics.reduce(into: [:]) { $0[$1.code, default: 0] += 1 }
    }

    static func skippedList(_ diagnostics: [Diagnostic]) -> [Skipped] {
        diagnostics.map { Skipped(file: $0.file, line: $0.line, code: $0.code, message: $0.message) }
            .sorted { a, b in
                a.file != b.file ? ScalarOrder.less(a.file, b.file)
                    : a.line != b.line ? (a.line ?? 0) < (b.line ?? 0)
                    : a.code != b.code ? ScalarOrder.less(a.code, b.code) : ScalarOrder.less(a.message, b.message)
            }
    }
}
