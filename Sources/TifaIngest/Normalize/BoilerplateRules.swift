import TifaCore
import TifaICU

/// Web-boilerplate rules from `Dictionaries/normalize/boilerplate.tsv` (format in Dictionaries/README.md):
/// each names a pattern, whether it drops a whole line or a span, and the literal triggers that gate it.
public struct BoilerplateRules: Sendable {
    /// One rule as written in the file.
    public struct Rule: Sendable, Equatable {
        /// `line` drops the line, `span` the match, `span-break` the match and puts a line break in its
        /// place when text stays on both sides (a page's metadata run between a title and the body).
        public enum Scope: String, Sendable { case line, span, spanBreak = "span-break" }
        public let name: String
        public let scope: Scope
        /// A line rule applies to lines of at most this many characters (0 = any).
        public let maxLineLength: Int
        /// The pattern runs only on lines holding one of these (space-separated in the file; `*` = every line).
        public let triggers: [[Unicode.Scalar]]
        public let pattern: String
        /// 1-based line in the rules file.
        public let line: Int
    }

    public let version: String
    /// SHA-256 of the file's text, to record in outputs.
    public let sha256: String
    public let rules: [Rule]

    /// Parses and validates the TSV text; every bad line (with its line number) is reported together.
    public init(text: String, file: String) throws(TifaError) {
        let header = try DataFileHeader(text: text, file: file, format: "tifa-boilerplate")
        var rules: [Rule] = []
        var problems: [Diagnostic] = []
        var names: Set<String> = []
        for (number, line) in header.dataLines {
            func bad(_ message: String) {
                problems.append(Diagnostic(code: "dictionary.bad-line", file: file, line: number, message: message))
            }
            let f = line.split(separator: "\t", omittingEmptySubsequences: false).map(String.init)
            guard f.count == 5 else { bad("expected 5 tab-separated fields (name, scope, max-line, triggers, pattern), got \(f.count)"); continue }
            guard !f[0].isEmpty, names.insert(f[0]).inserted else { bad("empty or duplicate rule name '\(f[0])'"); continue }
            guard let scope = Rule.Scope(rawValue: f[1]) else { bad("scope must be line, span or span-break, got '\(f[1])'"); continue }
            guard let max = Int(f[2]), max >= 0 else { bad("max-line must be a number ≥ 0, got '\(f[2])'"); continue }
            let triggers = f[3] == "*" ? [] : f[3].split(separator: " ").map { Array($0.unicodeScalars) }
            if f[3] != "*" && triggers.isEmpty { bad("triggers are empty (write * to run on every line)"); continue }
            do {
                _ = try ICURegex(f[4])
            } catch {
                bad("bad pattern: \(error)")
                continue
            }
            rules.append(Rule(name: f[0], scope: scope, maxLineLength: max, triggers: triggers, pattern: f[4], line: number))
        }
        if !problems.isEmpty { throw TifaError(problems) }
        version = header.version
        sha256 = ContentHash.sha256(text)
        self.rules = rules.filter { $0.scope == .line } + rules.filter { $0.scope != .line }
    }

    /// Loads the file at path.
    public init(contentsOf path: String) throws(TifaError) {
        try self.init(text: try DataFileHeader.read(path), file: path)
    }
}
