/// What a text must contain for an ICU cue pattern to match anywhere in it, read from the pattern: every clause
/// must have one of its atoms in the text (a conjunction of alternatives). An empty requirement says nothing, so
/// the pattern must run. The reading is conservative: a construct it does not know (other escapes, flags,
/// classes with ranges or properties, lookarounds) requires nothing, and an unknown pattern requires nothing at all.
struct CueRequirement: Equatable {
    /// One thing a text can contain.
    enum Atom: Hashable {
        /// These scalars in a row.
        case literal([Unicode.Scalar])
        /// A scalar ICU's `\d` (general category Nd) may match; see `CueRequirement.mayBeDigit`.
        case digit
    }

    /// Each clause: at least one of these atoms occurs in a text the pattern matches in.
    var clauses: [[Atom]]

    static let none = CueRequirement(clauses: [])

    /// Most clauses an alternation keeps before each branch is cut to its most selective clause.
    static let maxClauses = 8

    /// The requirement of an ICU pattern (without flags); `.none` when the pattern holds anything not understood.
    init(pattern: String) {
        var parser = Parser(Array(pattern.unicodeScalars))
        if let r = parser.alternation(), parser.atEnd { self = r } else { self = .none }
    }

    init(clauses: [[Atom]]) { self.clauses = clauses }

    /// Whether `\d` may match the scalar: ASCII digits and any scalar from U+0660 up except the CJK and Hangul
    /// blocks, which hold no decimal digit (a superset of Nd, so that no Unicode version can make it unsound).
    static func mayBeDigit(_ s: Unicode.Scalar) -> Bool {
        let v = s.value
        if v >= 0x30 && v <= 0x39 { return true }
        if v < 0x660 { return false }
        return !(0x2E80...0x9FFF).contains(v) && !(0xAC00...0xD7AF).contains(v) && !(0xF900...0xFAFF).contains(v)
    }

    /// Both requirements.
    func and(_ other: CueRequirement) -> CueRequirement { CueRequirement(clauses: clauses + other.clauses) }

    /// Either requirement: one clause per choice of a clause from each side (an empty side requires nothing).
    func or(_ other: CueRequirement) -> CueRequirement {
        if clauses.isEmpty || other.clauses.isEmpty { return .none }
        var a = self, b = other
        if a.clauses.count * b.clauses.count > Self.maxClauses { a = a.best; b = b.best }
        var result: [[Atom]] = []
        for x in a.clauses { for y in b.clauses { result.append(Self.union(x, y)) } }
        return CueRequirement(clauses: result)
    }

    /// The most selective clause alone: the longest shortest literal, then the fewest atoms.
    var best: CueRequirement {
        func score(_ c: [Atom]) -> (Int, Int) {
            let shortest = c.map { if case .literal(let s) = $0 { s.count } else { 1 } }.min() ?? 0
            return (shortest, -c.count)
        }
        guard let top = clauses.max(by: { score($0) < score($1) }) else { return self }
        return CueRequirement(clauses: [top])
    }

    private static func union(_ x: [Atom], _ y: [Atom]) -> [Atom] {
        var seen = Set(x), out = x
        for a in y where seen.insert(a).inserted { out.append(a) }
        return out
    }

    /// A recursive-descent reader of the ICU syntax the cue files use; nil means "not understood".
    private struct Parser {
        let s: [Unicode.Scalar]
        var i = 0
        init(_ s: [Unicode.Scalar]) { self.s = s }
        var atEnd: Bool { i == s.count }
        private var peek: Unicode.Scalar? { i < s.count ? s[i] : nil }

        /// branch ( '|' branch )*
        mutating func alternation() -> CueRequirement? {
            guard var r = concatenation() else { return nil }
            while peek == "|" {
                i += 1
                guard let next = concatenation() else { return nil }
                r = r.or(next)
            }
            return r
        }

        /// Pieces up to ')' or '|' or the end; runs of plain characters make one literal.
        mutating func concatenation() -> CueRequirement? {
            var r = CueRequirement.none
            var run: [Unicode.Scalar] = []
            func flush() {
                if !run.isEmpty { r = r.and(CueRequirement(clauses: [[.literal(run)]])) }
                run = []
            }
            while let c = peek, c != "|", c != ")" {
                let start = i
                guard let piece = atom() else { return nil }
                let literal = s[start] == "\\" ? (i - start == 2 ? Self.escapedLiteral(s[start + 1]) : nil)
                                               : (Self.isPlain(c) ? c : nil)
                guard let min = quantifier() else { return nil }
                if let literal, min == nil {
                    run.append(literal)
                    continue
                }
                flush()
                if let min, min == 0 { continue }
                r = r.and(piece)
            }
            flush()
            return r
        }

        /// One atom (without its quantifier).
        mutating func atom() -> CueRequirement? {
            guard let c = peek else { return nil }
            switch c {
            case "(":
                i += 1
                var lookaround = false
                if peek == "?" {
                    i += 1
                    switch peek {
                    case ":", ">": i += 1
                    case "=", "!": i += 1; lookaround = true
                    case "<":
                        i += 1
                        guard peek == "=" || peek == "!" else { return nil }  // named groups: not read
                        i += 1; lookaround = true
                    default: return nil  // flags and other group kinds
                    }
                }
                guard let inner = alternation(), peek == ")" else { return nil }
                i += 1
                return lookaround ? CueRequirement.none : inner
            case "[":
                return characterClass()
            case "\\":
                guard i + 1 < s.count else { return nil }
                let e = s[i + 1]
                i += 2
                if e == "d" { return CueRequirement(clauses: [[.digit]]) }
                guard let lit = Self.escapedLiteral(e) else { return nil }
                return CueRequirement(clauses: [[.literal([lit])]])
            case ".", "^", "$":
                i += 1
                return CueRequirement.none
            default:
                guard Self.isPlain(c) else { return nil }
                i += 1
                return CueRequirement(clauses: [[.literal([c])]])
            }
        }

        /// `[…]`: plain characters only give one literal atom each; anything else (ranges, negation, nested sets,
        /// properties, escapes, ':') requires nothing, read to its matching ']'.
        mutating func characterClass() -> CueRequirement? {
            let open = i
            var depth = 0
            while i < s.count {
                let c = s[i]
                if c == "\\" { i += 2; continue }
                if c == "[" { depth += 1 } else if c == "]" { depth -= 1; if depth == 0 { break } }
                i += 1
            }
            guard i < s.count else { return nil }
            let members = s[(open + 1)..<i]
            i += 1
            guard !members.isEmpty, members.allSatisfy({ Self.isPlain($0) && $0 != "-" && $0 != ":" && $0 != "&" }) else {
                return CueRequirement.none
            }
            var atoms: [Atom] = []
            for m in members where !atoms.contains(.literal([m])) { atoms.append(.literal([m])) }
            return CueRequirement(clauses: [atoms])
        }

        /// The minimum count of a quantifier after an atom: nil (the outer optional) when there is none, nil
        /// (the result) when it is malformed.
        mutating func quantifier() -> Int?? {
            guard let c = peek else { return .some(nil) }
            var min: Int
            switch c {
            case "?", "*": min = 0; i += 1
            case "+": min = 1; i += 1
            case "{":
                i += 1
                var digits = ""
                while let d = peek, d.properties.numericType == .decimal, d.isASCII { digits.unicodeScalars.append(d); i += 1 }
                guard let n = Int(digits) else { return nil }
                min = n
                while let d = peek, d != "}" { guard d == "," || (d.isASCII && d.properties.numericType == .decimal) else { return nil }; i += 1 }
                guard peek == "}" else { return nil }
                i += 1
            default: return .some(nil)
            }
            if peek == "?" || peek == "+" { i += 1 }  // lazy or possessive
            return .some(min)
        }

        /// A character that stands for itself outside a class.
        static func isPlain(_ c: Unicode.Scalar) -> Bool {
            !"\\[](){}|?*+.^$#".unicodeScalars.contains(c) && !c.properties.isWhitespace
        }

        /// The character an escape stands for when it is a quoted punctuation character.
        static func escapedLiteral(_ e: Unicode.Scalar) -> Unicode.Scalar? {
            e.isASCII && !e.properties.isAlphabetic && !(e.value >= 0x30 && e.value <= 0x39) && !e.properties.isWhitespace ? e : nil
        }
    }
}
