import TifaCore

/// Metadata from file names: a pattern such as `{year}_{region}_{unit}` matched against the file name without
/// its extension. `{year}` takes 4 digits, `{month}` and `{day}` 1–2 digits, `{date}` a date; other fields take
/// any text (as little as possible, the last one the rest). Without a pattern, a bare 4-digit name (1954.txt)
/// gives `year`.
struct NamePattern: Sendable {
    enum Piece: Sendable, Equatable {
        case literal(String)
        case field(String)
    }

    let pieces: [Piece]
    let source: String

    init(_ pattern: String) throws(TifaError) {
        var pieces: [Piece] = []
        var literal = ""
        var i = pattern.startIndex
        while i < pattern.endIndex {
            if pattern[i] == "{" {
                guard let close = pattern[i...].firstIndex(of: "}") else {
                    throw TifaError(code: "usage.name-pattern", file: "--name-pattern", message: "unclosed { in '\(pattern)'")
                }
                let name = String(pattern[pattern.index(after: i)..<close])
                guard !name.isEmpty, name.allSatisfy({ $0.isLetter || $0.isNumber || $0 == "_" }) else {
                    throw TifaError(code: "usage.name-pattern", file: "--name-pattern", message: "bad field name '{\(name)}' in '\(pattern)'")
                }
                if !literal.isEmpty { pieces.append(.literal(literal)); literal = "" }
                if case .field? = pieces.last {
                    throw TifaError(code: "usage.name-pattern", file: "--name-pattern",
                                    message: "two fields need a separator between them in '\(pattern)'")
                }
                pieces.append(.field(name))
                i = pattern.index(after: close)
            } else {
                literal.append(pattern[i])
                i = pattern.index(after: i)
            }
        }
        if !literal.isEmpty { pieces.append(.literal(literal)) }
        guard pieces.contains(where: { if case .field = $0 { return true } else { return false } }) else {
            throw TifaError(code: "usage.name-pattern", file: "--name-pattern", message: "no {field} in '\(pattern)'")
        }
        self.pieces = pieces
        source = pattern
    }

    /// The fields of a file stem, or nil when it does not fit the pattern.
    func match(_ stem: String) -> [String: String]? {
        match(Array(stem), 0, 0)
    }

    private func match(_ s: [Character], _ at: Int, _ piece: Int) -> [String: String]? {
        if piece == pieces.count { return at == s.count ? [:] : nil }
        switch pieces[piece] {
        case .literal(let lit):
            let l = Array(lit)
            guard at + l.count <= s.count, Array(s[at..<(at + l.count)]) == l else { return nil }
            return match(s, at + l.count, piece + 1)
        case .field(let name):
            for end in (at + 1)...max(at + 1, s.count) where end <= s.count {
                let value = String(s[at..<end])
                guard accepts(name, value) else { continue }
                if var rest = match(s, end, piece + 1) {
                    rest[name] = value
                    return rest
                }
            }
            return nil
        }
    }

    private func accepts(_ name: String, _ value: String) -> Bool {
        switch name {
        case "year": return value.count == 4 && value.allSatisfy(\.isASCII) && value.allSatisfy(\.isNumber)
        case "month", "day": return (1...2).contains(value.count) && value.allSatisfy(\.isASCII) && value.allSatisfy(\.isNumber)
        case "date": return DateValue.sortable(value) != nil
        default: return true
        }
    }

    /// Metadata from a file stem: the pattern's fields, or `year` for a bare 4-digit stem.
    static func metadata(stem: String, pattern: NamePattern?) -> [String: String]? {
        if let pattern { return pattern.match(stem) }
        if stem.count == 4, stem.allSatisfy({ $0.isASCII && $0.isNumber }), let y = Int(stem), (1000...2999).contains(y) {
            return ["year": stem]
        }
        return nil
    }
}
