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
    /// Where a match can start, when the pattern says: every match holds one of these atoms starting at most
    /// `offset` scalars after the match's start.
    var window: Window?

    /// Atoms near every match start (see `window`).
    struct Window: Equatable {
        var atoms: [Atom]
        var offset: Int
    }

    static let none = CueRequirement(clauses: [])

    /// Most clauses an alternation keeps before each branch is cut to its most selective clause.
    static let maxClauses = 8

    /// The requirement of an ICU pattern (without flags); `.none` when the pattern holds anything not understood.
    init(pattern: String) {
        var parser = Parser(Array(pattern.unicodeScalars))
        if let piece = parser.alternation(), parser.atEnd {
            self = piece.requirement
            window = piece.window
        } else {
            self = .none
        }
    }

    init(clauses: [[Atom]], window: Window? = nil) {
        self.clauses = clauses
        self.window = window
    }

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

    fileprivate static func union(_ x: [Atom], _ y: [Atom]) -> [Atom] {
        var seen = Set(x), out = x
        for a in y where seen.insert(a).inserted { out.append(a) }
        return out
    }

    /// A part of a pattern as read: what it requires, where it starts relative to an atom, and its longest match
    /// in scalars (nil: unbounded).
    private struct Piece {
        var requirement: CueRequirement
        var window: Window?
        var maxLength: Int?

        static let zeroWidth = Piece(requirement: .none, window: nil, maxLength: 0)

        static func atom(_ a: Atom, length: Int) -> Piece {
            Piece(requirement: CueRequirement(clauses: [[a]]), window: Window(atoms: [a], offset: 0), maxLength: length)
        }

        /// Either piece.
        func or(_ other: Piece) -> Piece {
            var window: Window?
            if let a = self.window, let b = other.window {
                window = Window(atoms: CueRequirement.union(a.atoms, b.atoms), offset: max(a.offset, b.offset))
            }
            let length = maxLength.flatMap { a in other.maxLength.map { max(a, $0) } }
            return Piece(requirement: requirement.or(other.requirement), window: window, maxLength: length)
        }

        /// This piece followed by `next`: the first window found, shifted by what comes before it.
        func then(_ next: Piece) -> Piece {
            var window = self.window
            if window == nil, let before = maxLength, let w = next.window { window = Window(atoms: w.atoms, offset: before + w.offset) }
            let length = maxLength.flatMap { a in next.maxLength.map { a + $0 } }
            return Piece(requirement: requirement.and(next.requirement), window: window, maxLength: length)
        }

        /// The piece repeated min...max times (max nil: unbounded).
        func repeated(min: Int, max: Int?) -> Piece {
            let length = maxLength.flatMap { a in max.map { a * $0 } }
            return min == 0 ? Piece(requirement: .none, window: nil, maxLength: length)
                            : Piece(requirement: requirement, window: window, maxLength: length)
        }
    }

    /// A recursive-descent reader of the ICU syntax the cue files use; nil means "not understood".
    private struct Parser {
        let s: [Unicode.Scalar]
        var i = 0
        init(_ s: [Unicode.Scalar]) { self.s = s }
        var atEnd: Bool { i == s.count }
        private var peek: Unicode.Scalar? { i < s.count ? s[i] : nil }

        /// branch ( '|' branch )*
        mutating func alternation() -> Piece? {
            guard var r = concatenation() else { return nil }
            while peek == "|" {
                i += 1
                guard let next = concatenation() else { return nil }
                r = r.or(next)
            }
            return r
        }

        /// Pieces up to ')' or '|' or the end; runs of plain characters make one literal.
        mutating func concatenation() -> Piece? {
            var r = Piece.zeroWidth
            var run: [Unicode.Scalar] = []
            func flush() {
                if !run.isEmpty { r = r.then(.atom(.literal(run), length: run.count)) }
                run = []
            }
            while let c = peek, c != "|", c != ")" {
                let start = i
                guard let piece = atom() else { return nil }
                let literal = s[start] == "\\" ? (i - start == 2 ? Self.escapedLiteral(s[start + 1]) : nil)
                                               : (Self.isPlain(c) ? c : nil)
                guard let count = quantifier() else { return nil }
                if let literal, count == nil {
                    run.append(literal)
                    continue
                }
                flush()
                r = r.then(count.map { piece.repeated(min: $0.min, max: $0.max) } ?? piece)
            }
            flush()
            return r
        }

        /// One atom (without its quantifier).
        mutating func atom() -> Piece? {
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
                return lookaround ? Piece.zeroWidth : inner
            case "[":
                return characterClass()
            case "\\":
                guard i + 1 < s.count else { return nil }
                let e = s[i + 1]
                i += 2
                if e == "d" { return .atom(.digit, length: 1) }
                guard let lit = Self.escapedLiteral(e) else { return nil }
                return .atom(.literal([lit]), length: 1)
            case "^", "$":
                i += 1
                return Piece.zeroWidth
            case ".":
                i += 1
                return Piece(requirement: .none, window: nil, maxLength: 1)
            default:
                guard Self.isPlain(c) else { return nil }
                i += 1
                return .atom(.literal([c]), length: 1)
            }
        }

        /// `[…]`: plain characters only give one literal atom each; anything else (ranges, negation, nested sets,
        /// properties, escapes, ':') requires nothing, read to its matching ']'. Either way one scalar long.
        mutating func characterClass() -> Piece? {
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
                return Piece(requirement: .none, window: nil, maxLength: 1)
            }
            var atoms: [Atom] = []
            for m in members where !atoms.contains(.literal([m])) { atoms.append(.literal([m])) }
            return Piece(requirement: CueRequirement(clauses: [atoms]), window: Window(atoms: atoms, offset: 0), maxLength: 1)
        }

        /// The counts of a quantifier after an atom: nil (the outer optional) when there is none, nil (the result)
        /// when it is malformed; max nil when unbounded.
        mutating func quantifier() -> (min: Int, max: Int?)?? {
            guard let c = peek else { return .some(nil) }
            let counts: (min: Int, max: Int?)
            switch c {
            case "?": counts = (0, 1); i += 1
            case "*": counts = (0, nil); i += 1
            case "+": counts = (1, nil); i += 1
            case "{":
                i += 1
                guard let low = number() else { return nil }
                if peek == "," {
                    i += 1
                    counts = peek == "}" ? (low, nil) : (number().map { (low, $0) } ?? (-1, nil))
                } else {
                    counts = (low, low)
                }
                guard counts.min >= 0, peek == "}" else { return nil }
                i += 1
            default: return .some(nil)
            }
            if peek == "?" || peek == "+" { i += 1 }  // lazy or possessive
            return .some(counts)
        }

        /// ASCII digits at the cursor as a number.
        private mutating func number() -> Int? {
            var digits = ""
            while let d = peek, d.value >= 0x30 && d.value <= 0x39 { digits.unicodeScalars.append(d); i += 1 }
            return Int(digits)
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
