import TifaCore

/// The per-document formalism figures written to `documents.csv` (columns in `columns` order).
public struct DocumentMeasures: Sendable, Equatable {
    public var characters = 0
    public var commitments = 0
    public var concreteCommitments = 0
    public var commitmentsWithDeadline = 0
    public var numbersWithUnits = 0
    public var dates = 0
    public var places = 0
    public var stockPhrases = 0
    public var slogans = 0
    public var admittedProblems = 0
    public var specificProblems = 0
    public var remediedProblems = 0

    public init() {}

    /// The column names.
    public static let columns = ReportColumns.Documents.measures.map(\.name)

    /// The values as text, in `columns` order (rates with 4 decimals, densities with 3; empty rate when there
    /// is nothing to divide by).
    public var values: [String] {
        func rate(_ n: Int, _ d: Int) -> String { d == 0 ? "" : FixedDecimal.format(Double(n) / Double(d), 4) }
        func per1k(_ n: Int) -> String { characters == 0 ? "" : FixedDecimal.format(Double(n) * 1000 / Double(characters), 3) }
        return [String(commitments), String(concreteCommitments), String(commitmentsWithDeadline),
                rate(concreteCommitments, commitments), rate(commitmentsWithDeadline, commitments),
                per1k(numbersWithUnits), per1k(dates), per1k(places), per1k(stockPhrases), per1k(slogans),
                String(specificProblems), String(remediedProblems)]
    }

    /// Named values for a `FormalismEntry`.
    public var named: [(name: String, value: String)] { Array(zip(Self.columns, values)).map { ($0.0, $0.1) } }
}
