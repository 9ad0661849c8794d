import Foundation
import TifaCore

/// Scores extractions against a hand annotation in the format of `seeds-gold.json`; shared by the test suite
/// and `tifa extract --gold`.
public struct GoldEvaluation: Sendable {
    /// Precision, recall and F1 of one measure, with its counts.
    public struct Score: Sendable, Equatable, CustomStringConvertible {
        public var truePositives = 0, predicted = 0, gold = 0
        public var precision: Double { predicted == 0 ? 1 : Double(truePositives) / Double(predicted) }
        public var recall: Double { gold == 0 ? 1 : Double(truePositives) / Double(gold) }
        public var f1: Double { precision + recall == 0 ? 0 : 2 * precision * recall / (precision + recall) }
        public var description: String {
            String(format: "P %.3f  R %.3f  F %.3f  (tp %d, predicted %d, gold %d)", precision, recall, f1,
                   truePositives, predicted, gold)
        }
        mutating func add(_ other: Score) {
            truePositives += other.truePositives
            predicted += other.predicted
            gold += other.gold
        }
    }

    /// Quoted slogans: distinct texts per document.
    public var slogans = Score()
    /// Criteria items: distinct (set, item) pairs per document.
    public var criteriaItems = Score()
    /// Criteria sets with their `named` flag: distinct (set, named) pairs per document.
    public var criteriaSets = Score()
    /// Problems: category and stance, matched one to one by overlap with the gold evidence.
    public var problems = Score()
    /// Per-document lines naming each miss and false alarm, for reading.
    public var details: [String] = []

    public init() {}

    /// The gold file's per-document annotation.
    struct GoldDocument: Decodable {
        struct SetGold: Decodable { var named: Bool; var items: [String] }
        struct ProblemGold: Decodable { var category: String; var stance: String; var evidence: String }
        var criteriaSets: [String: SetGold]
        var problems: [ProblemGold]
        var slogans: [String]
    }

    struct GoldFile: Decodable { var documents: [String: GoldDocument] }

    /// Scores each document whose file name (last path component) is annotated in the gold file.
    public static func score(goldJSON: Data, results: [(document: TextDocument, extraction: DocumentExtraction)])
        throws -> GoldEvaluation {
        let gold = try JSONDecoder().decode(GoldFile.self, from: goldJSON)
        var eval = GoldEvaluation()
        for (doc, ex) in results {
            let name = (doc.path as NSString).lastPathComponent
            guard let g = gold.documents[name] else { continue }
            eval.scoreDocument(name: name, gold: g, document: doc, extraction: ex)
        }
        return eval
    }

    mutating func scoreDocument(name: String, gold g: GoldDocument, document doc: TextDocument,
                                extraction ex: DocumentExtraction) {
        // Slogans.
        let predicted = Set(ex.slogans.filter { $0.kind == .quoted }.map(\.text))
        slogans.add(setScore(predicted, Set(g.slogans), name: name, what: "slogan"))
        // Criteria.
        var goldItems: Set<String> = [], goldSets: Set<String> = []
        for (set, sg) in g.criteriaSets {
            goldSets.insert("\(set) named=\(sg.named)")
            for item in sg.items { goldItems.insert("\(set)/\(item)") }
        }
        let predItems = Set(ex.criteria.flatMap { c in c.items.map { "\(c.set)/\($0)" } })
        let predSets = Set(ex.criteria.map { "\($0.set) named=\($0.named)" })
        criteriaItems.add(setScore(predItems, goldItems, name: name, what: "criteria item"))
        criteriaSets.add(setScore(predSets, goldSets, name: name, what: "criteria set"))
        // Problems: one-to-one, same category and stance, overlapping the evidence (original offsets).
        var unused = Array(ex.problems.indices)
        var score = Score(truePositives: 0, predicted: ex.problems.count, gold: g.problems.count)
        for p in g.problems {
            let spans = occurrences(of: p.evidence, in: doc.text).map { doc.offsets.original($0) }
            if let k = unused.firstIndex(where: { i in
                let q = ex.problems[i]
                return q.category == p.category && q.stance.rawValue == p.stance
                    && spans.contains { $0.overlaps(q.start..<q.end) }
            }) {
                score.truePositives += 1
                unused.remove(at: k)
            } else {
                details.append("\(name): missed problem \(p.category)/\(p.stance) «\(p.evidence)»"
                               + (spans.isEmpty ? " (evidence not found in the normalised text)" : ""))
            }
        }
        for i in unused {
            let q = ex.problems[i]
            details.append("\(name): extra problem \(q.category)/\(q.stance.rawValue) «\(q.text)» cue «\(q.cue)»")
        }
        problems.add(score)
    }

    mutating func setScore(_ predicted: Set<String>, _ gold: Set<String>, name: String, what: String) -> Score {
        for m in gold.subtracting(predicted).sorted() { details.append("\(name): missed \(what) \(m)") }
        for m in predicted.subtracting(gold).sorted() { details.append("\(name): extra \(what) \(m)") }
        return Score(truePositives: predicted.intersection(gold).count, predicted: predicted.count, gold: gold.count)
    }

    func occurrences(of s: String, in text: [Unicode.Scalar]) -> [Range<Int>] {
        let needle = Array(s.unicodeScalars)
        guard !needle.isEmpty, needle.count <= text.count else { return [] }
        return (0...(text.count - needle.count)).filter { text[$0..<($0 + needle.count)].elementsEqual(needle) }
            .map { $0..<($0 + needle.count) }
    }

    /// The figures as a small table.
    public var table: String {
        """
        measure          \(String(repeating: " ", count: 0))precision  recall   F1     tp/pred/gold
        slogans          \(row(slogans))
        criteria items   \(row(criteriaItems))
        criteria sets    \(row(criteriaSets))
        problems         \(row(problems))
        """
    }

    func row(_ s: Score) -> String {
        String(format: "%.3f      %.3f    %.3f  %d/%d/%d", s.precision, s.recall, s.f1, s.truePositives, s.predicted, s.gold)
    }
}
