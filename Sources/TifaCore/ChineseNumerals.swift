import Foundation

/// The one table of Chinese numerals for the whole code, read from `Dictionaries/discovery/numerals.tsv`:
/// each numeral's value and roles (formula, enumeration, heading, date, pair).
public struct ChineseNumerals: Sendable {
    /// What a numeral may do in a text.
    public struct Roles: OptionSet, Sendable, Hashable {
        public let rawValue: UInt8
        public init(rawValue: UInt8) { self.rawValue = rawValue }
        /// Starts a numbered formula (五个好, 三严三实).
        public static let formula = Roles(rawValue: 1)
        /// Marks an enumeration (一是…二是…).
        public static let enumeration = Roles(rawValue: 2)
        /// Appears in section heading markers (一、 (十二) 第三章).
        public static let heading = Roles(rawValue: 4)
        /// Joins dates with 年/月/日 (二〇〇一年).
        public static let date = Roles(rawValue: 8)
        /// Starts a 双X formula only when quoted or listed (双减).
        public static let pair = Roles(rawValue: 16)
        static let names: [String: Roles] = ["formula": .formula, "enumeration": .enumeration, "heading": .heading,
                                             "date": .date, "pair": .pair]
    }

    /// Numerals with their value and roles, in file order.
    public let entries: [(scalar: Unicode.Scalar, value: Int, roles: Roles)]
    /// The list file's stamp (name, version, SHA-256).
    public let list: DataList
    private let byScalar: [Unicode.Scalar: Roles]

    /// Builds the table from a loaded list, checking every row.
    public init(_ list: DataList) throws(TifaError) {
        var entries: [(scalar: Unicode.Scalar, value: Int, roles: Roles)] = []
        var problems: [Diagnostic] = []
        for row in list.rows {
            let scalars = Array(row[0].unicodeScalars)
            guard scalars.count == 1 else { problems.append(list.problem(row, "a numeral is one character")); continue }
            guard let value = Int(row[1]), value >= 0 else {
                problems.append(list.problem(row, "the value `\(row[1])` is not a non-negative integer"))
                continue
            }
            var roles: Roles = []
            for name in row[2].split(separator: ",") {
                guard let r = Roles.names[name.trimmingCharacters(in: .whitespaces)] else {
                    problems.append(list.problem(row, "unknown role `\(name)` (formula, enumeration, heading, date, pair)"))
                    continue
                }
                roles.insert(r)
            }
            if roles.isEmpty { problems.append(list.problem(row, "no role")) }
            entries.append((scalars[0], value, roles))
        }
        guard problems.isEmpty else { throw TifaError(problems) }
        self.entries = entries
        self.list = list
        byScalar = Dictionary(entries.map { ($0.scalar, $0.roles) }, uniquingKeysWith: { a, _ in a })
    }

    /// Whether a scalar is a numeral with any of the roles.
    @inline(__always) public func has(_ s: Unicode.Scalar, _ roles: Roles) -> Bool {
        guard let r = byScalar[s] else { return false }
        return !r.isDisjoint(with: roles)
    }

    /// The numerals that have any of the roles.
    public func scalars(_ roles: Roles) -> Set<Unicode.Scalar> {
        Set(entries.filter { !$0.roles.isDisjoint(with: roles) }.map(\.scalar))
    }

    /// The value of a numeral (一 → 1, 十 → 10), if it is one.
    public func value(_ s: Unicode.Scalar) -> Int? { entries.first { $0.scalar == s }?.value }

    // MARK: the process-wide table

    private static let cache = LoadOnce<ChineseNumerals>()

    /// The table of the Dictionaries folder (explicit, else found by `DictionariesFolder`); loaded once per folder.
    public static func standard(dictionaries: URL? = nil) throws(TifaError) -> ChineseNumerals {
        let folder = try DictionariesFolder.subfolder("discovery", explicit: dictionaries)
        return try load(path: folder.appendingPathComponent("numerals.tsv").path)
    }

    /// The table of a numerals list file, loaded once per path in this process.
    public static func load(path: String) throws(TifaError) -> ChineseNumerals {
        try cache.get(path) { () throws(TifaError) in try ChineseNumerals(try DataList.load(path: path)) }
    }

    /// The table used by code that has no folder at hand (segmentation dates, heading markers, discovery rules):
    /// the first table loaded in this process, else the one of the default Dictionaries folder. A missing or broken
    /// table there stops the process with its file and line (it is installation data, not input).
    public static var active: ChineseNumerals {
        if let first = cache.first { return first }
        do { return try standard() } catch { preconditionFailure("Chinese numerals table: \(error)") }
    }
}
