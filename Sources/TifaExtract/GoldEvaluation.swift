import Foundation
import TifaCore

/// Scores extractions against a gold annotation (`seeds-gold.json`, `dev-gold.json`) by exactly the rules of the
/// reference scorer `../shared/eval/score_extract.py`; shared by the test suite and `tifa extract --gold`.
public struct GoldEvaluation: Sendable {
    /// True positives, false positives and false negatives of one measure, with precision, recall and F1 as the
    /// reference scorer computes them (0 when undefined).
    public struct Score: Sendable, Equatable, CustomStringConvertible {
        public var tp = 0, fp = 0, fn = 0
        public init(tp: Int = 0, fp: Int = 0, fn: Int = 0) {
            self.tp = tp
            self.fp = fp
            self.fn = fn
        }
        public var precision: Double { tp + fp == 0 ? 0 : Double(tp) / Double(tp + fp) }
        public var recall: Double { tp + fn == 0 ? 0 : Double(tp) / Double(tp + fn) }
        public var f1: Double { precision + recall == 0 ? 0 : 2 * precision * recall / (precision + recall) }
        public var isEmpty: Bool { tp + fp + fn == 0 }
        public var description: String {
            String(format: "P=%.3f R=%.3f F=%.3f  (tp %d, fp %d, fn %d)", precision, recall, f1, tp, fp, fn)
        }
    }

    /// Quoted slogans: distinct slogan texts quoted in the document vs `quotedSlogans` (optional ones ignored).
    public var quoted = Score()
    /// Numbered formulas (gold documents that list them): numeral-initial slogan texts, matched by containment.
    public var numbered = Score()
    /// Criteria items: per gold set, the items predicted for that set.
    public var items = Score()
    /// Problems: category and stance, a prediction matching when the gold evidence lies in its sentence.
    public var problems = Score()
    /// Problems by category only.
    public var problemsCategory = Score()
    /// Gold documents for which no result was given.
    public var missingDocuments: [String] = []
    /// Per-document lines naming each miss and false alarm, for reading.
    public var details: [String] = []

    public init() {}

    struct GoldProblem: Decodable { var category: String; var stance: String; var evidence: String }
    struct GoldSet: Decodable { var items: [String] }
    struct Range2: Decodable { var start: Int; var end: Int }
    struct GoldDocument: Decodable {
        var quotedSlogans: [String]?
        var slogans: [String]?
        var optionalSlogans: [String]?
        var numberedFormulas: [String]?
        var optionalFormulas: [String]?
        var criteriaSets: [String: GoldSet]?
        var problems: [GoldProblem]?
        var optionalProblems: [GoldProblem]?
        var problemRanges: [Range2]?

        enum CodingKeys: String, CodingKey {
            case quotedSlogans, slogans, optionalSlogans, numberedFormulas, optionalFormulas, criteriaSets, problems,
                 optionalProblems, scope
        }
        struct Scope: Decodable {
            var problems: [Range2]?
            init(from decoder: any Decoder) throws {
                let c = try decoder.container(keyedBy: AnyKey.self)
                problems = try? c.decode([Range2].self, forKey: AnyKey("problems"))
            }
        }
        init(from decoder: any Decoder) throws {
            let c = try decoder.container(keyedBy: CodingKeys.self)
            quotedSlogans = try c.decodeIfPresent([String].self, forKey: .quotedSlogans)
            slogans = try c.decodeIfPresent([String].self, forKey: .slogans)
            optionalSlogans = try c.decodeIfPresent([String].self, forKey: .optionalSlogans)
            numberedFormulas = try c.decodeIfPresent([String].self, forKey: .numberedFormulas)
            optionalFormulas = try c.decodeIfPresent([String].self, forKey: .optionalFormulas)
            criteriaSets = try c.decodeIfPresent([String: GoldSet].self, forKey: .criteriaSets)
            problems = try c.decodeIfPresent([GoldProblem].self, forKey: .problems)
            optionalProblems = try c.decodeIfPresent([GoldProblem].self, forKey: .optionalProblems)
            problemRanges = (try? c.decodeIfPresent(Scope.self, forKey: .scope))??.problems
        }
    }
    struct AnyKey: CodingKey {
        var stringValue: String
        var intValue: Int? { nil }
        init(_ s: String) { stringValue = s }
        init?(stringValue: String) { self.stringValue = stringValue }
        init?(intValue: Int) { nil }
    }
    struct GoldFile: Decodable { var documents: [String: GoldDocument] }

    /// Scores the results against every gold document. A gold key (relative to the gold's root, `#suffix`
    /// dropped) is matched to the result whose path ends with it; a key with no result counts as a document
    /// with no output (every gold entry missed), as in the reference scorer.
    public static func score(goldJSON: Data, results: [(document: TextDocument, extraction: DocumentExtraction)])
        throws -> GoldEvaluation {
        let gold = try JSONDecoder().decode(GoldFile.self, from: goldJSON)
        var eval = GoldEvaluation()
        let paths = results.map { "/" + URL(fileURLWithPath: $0.document.path).standardizedFileURL.path }
        for key in gold.documents.keys.sorted() {
            guard let g = gold.documents[key] else { continue }
            let file = String(key.split(separator: "#", maxSplits: 1, omittingEmptySubsequences: false).first ?? "")
            if let i = paths.firstIndex(where: { $0.hasSuffix("/" + file) }) {
                eval.scoreDocument(name: key, gold: g, document: results[i].document, extraction: results[i].extraction)
            } else {
                eval.missingDocuments.append(key)
                eval.scoreDocument(name: key, gold: g, document: nil, extraction: nil)
            }
        }
        return eval
    }

    /// NFKC after CRLF → LF, the text every gold string refers to.
    static func normalized(_ s: String) -> String {
        s.replacingOccurrences(of: "\r\n", with: "\n").precomposedStringWithCompatibilityMapping
    }

    mutating func scoreDocument(name: String, gold g: GoldDocument, document doc: TextDocument?,
                                extraction ex: DocumentExtraction?) {
        // The annotated text: the file's bytes read again (as the reference does), and the normalised text the
        // extraction read (simplified characters, converter pinyin removed) for locating quotes.
        var t = ""
        if let doc, let data = FileManager.default.contents(atPath: doc.path) {
            t = Self.normalized(String(decoding: data, as: UTF8.self))
        }
        let t2 = doc.map { Self.normalized(String(String.UnicodeScalarView($0.text))) } ?? ""
        let slogans = ex?.slogans ?? []
        let texts = slogans.map { Self.normalized($0.text) }
        // Quoted slogans.
        let goldQuoted = Set(g.quotedSlogans ?? g.slogans ?? [])
        let optionalQuoted = Set(g.optionalSlogans ?? [])
        let predictedQuoted = Set(texts.filter { Self.quoted($0, in: t) || Self.quoted($0, in: t2) })
            .subtracting(optionalQuoted)
        quoted.add(setScore(predictedQuoted, goldQuoted, name: name, what: "quoted slogan"))
        // Numbered formulas.
        if let goldFormulas = g.numberedFormulas {
            let numerals = Set("一二两三四五六七八九十百千万双")
            let optional = g.optionalFormulas ?? []
            let predicted = Set(texts.filter { $0.first.map(numerals.contains) ?? false })
                .filter { x in !optional.contains { x.contains($0) || $0.contains(x) } }
            let overlap = { (x: String, y: String) in x.contains(y) || y.contains(x) }
            let gs = Set(goldFormulas)
            var s = Score()
            for y in gs.sorted() {
                if predicted.contains(where: { overlap($0, y) }) { s.tp += 1 } else {
                    s.fn += 1
                    details.append("\(name): missed numbered formula \(y)")
                }
            }
            for x in predicted.sorted() where !gs.contains(where: { overlap(x, $0) }) {
                s.fp += 1
                details.append("\(name): extra numbered formula \(x)")
            }
            numbered.add(s)
        }
        // Criteria items.
        var predictedItems: [String: Set<String>] = [:]
        for c in ex?.criteria ?? [] { predictedItems[c.set, default: []].formUnion(c.items) }
        for (set, gs) in (g.criteriaSets ?? [:]).sorted(by: { $0.key < $1.key }) {
            items.add(setScore((predictedItems[set] ?? []).map { "\(set)/\($0)" }.asSet,
                               gs.items.map { "\(set)/\($0)" }.asSet, name: name, what: "criteria item"))
        }
        // Problems.
        let goldProblems = g.problems ?? [], optionalProblems = g.optionalProblems ?? []
        var predicted: [(category: String, stance: String, sentence: String, text: String)] = []
        for p in ex?.problems ?? [] {
            let sentence = Self.normalized(p.sentence)
            if let ranges = g.problemRanges, !sentence.isEmpty, let at = Self.firstOffset(of: sentence, in: t),
               !ranges.contains(where: { $0.start <= at && at < $0.end }) { continue }
            predicted.append((p.category, p.stance.rawValue, sentence, p.text))
        }
        for (byStance, measure) in [(true, \GoldEvaluation.problems), (false, \GoldEvaluation.problemsCategory)] {
            let hit = { (gp: GoldProblem, p: (category: String, stance: String, sentence: String, text: String)) in
                p.category == gp.category && (!byStance || p.stance == gp.stance) && p.sentence.contains(gp.evidence)
            }
            var s = Score()
            for gp in goldProblems {
                if predicted.contains(where: { hit(gp, $0) }) { s.tp += 1 } else {
                    s.fn += 1
                    if byStance { details.append("\(name): missed problem \(gp.category)/\(gp.stance) \u{00AB}\(gp.evidence)\u{00BB}") }
                }
            }
            for p in predicted where !(goldProblems + optionalProblems).contains(where: { hit($0, p) }) {
                s.fp += 1
                if byStance { details.append("\(name): extra problem \(p.category)/\(p.stance) \u{00AB}\(p.text)\u{00BB}") }
            }
            self[keyPath: measure].add(s)
        }
    }

    /// Whether s stands between quotes of one kind in t (“…”, 「…」, 『…』, "…").
    static func quoted(_ s: String, in t: String) -> Bool {
        [("\u{201C}", "\u{201D}"), ("\u{300C}", "\u{300D}"), ("\u{300E}", "\u{300F}"), ("\"", "\"")].contains { t.contains($0.0 + s + $0.1) }
    }

    /// The Unicode-scalar offset of the first occurrence of needle in t (Python's str.find), if any.
    static func firstOffset(of needle: String, in t: String) -> Int? {
        guard let r = t.range(of: needle, options: .literal) else { return nil }
        return t.unicodeScalars.distance(from: t.unicodeScalars.startIndex, to: r.lowerBound)
    }

    mutating func setScore(_ predicted: Set<String>, _ gold: Set<String>, name: String, what: String) -> Score {
        for m in gold.subtracting(predicted).sorted() { details.append("\(name): missed \(what) \(m)") }
        for m in predicted.subtracting(gold).sorted() { details.append("\(name): extra \(what) \(m)") }
        return Score(tp: predicted.intersection(gold).count, fp: predicted.subtracting(gold).count,
                     fn: gold.subtracting(predicted).count)
    }

    /// The figures in the reference scorer's format: one line per measure that has any count, then the
    /// number of documents with no output (if any) and a summary line.
    public var table: String {
        var lines: [String] = [], summary: [String] = []
        for (name, s) in [("quoted", quoted), ("numbered", numbered), ("items", items), ("problems", problems),
                          ("problems_cat", problemsCategory)] where !s.isEmpty {
            lines.append(name.padding(toLength: 13, withPad: " ", startingAt: 0) + " " + s.description)
            summary.append(name + String(format: " F=%.2f", s.f1))
        }
        if !missingDocuments.isEmpty { lines.append("documents with no output: \(missingDocuments.count)") }
        lines.append(summary.joined(separator: "; "))
        return lines.joined(separator: "\n")
    }
}

extension GoldEvaluation.Score {
    mutating func add(_ other: Self) {
        tp += other.tp
        fp += other.fp
        fn += other.fn
    }
}

extension Array where Element == String {
    fileprivate var asSet: Set<String> { Set(self) }
}
