/// Which cue classes can match in a text, read from the literal atoms their patterns require (`CueRequirement`) in
/// one pass over the text, so that a class's ICU regex runs only where it can find something. A class whose
/// pattern requires nothing readable is always possible.
struct CuePrefilter {
    /// Per class (by `CueClass.allCases` index): each clause as atom ids; nil when the class is always possible.
    private let clauses: [[[Int]]?]
    /// Literal atoms by id.
    private let literals: [[Unicode.Scalar]]
    /// The id of the `\d` atom, if a pattern needs it.
    private let digitAtom: Int?
    /// For a BMP first scalar: 1 + the first literal id starting with it (0: none); `nextSameFirst` chains the others.
    private let firstInBMP: [UInt16]
    private let firstAbove: [UInt32: Int]
    private let nextSameFirst: [Int]
    private let atomCount: Int

    init(_ requirements: [FormalismRules.CueClass: CueRequirement]) {
        var ids: [CueRequirement.Atom: Int] = [:]
        var literals: [[Unicode.Scalar]] = []
        var digitAtom: Int?
        func id(_ a: CueRequirement.Atom) -> Int {
            if let known = ids[a] { return known }
            let n = ids.count
            ids[a] = n
            switch a {
            case .literal(let s): literals.append(s)
            case .digit: literals.append([]); digitAtom = n
            }
            return n
        }
        clauses = FormalismRules.CueClass.allCases.map { cls in
            guard let r = requirements[cls], !r.clauses.isEmpty else { return nil }
            return r.clauses.map { $0.map(id) }
        }
        var firstInBMP = [UInt16](repeating: 0, count: 0x10000)
        var firstAbove: [UInt32: Int] = [:]
        var next = [Int](repeating: -1, count: literals.count)
        for (n, lit) in literals.enumerated().reversed() {
            guard let f = lit.first?.value else { continue }
            if f < 0x10000 {
                next[n] = Int(firstInBMP[Int(f)]) - 1
                firstInBMP[Int(f)] = UInt16(n + 1)
            } else {
                next[n] = firstAbove[f] ?? -1
                firstAbove[f] = n
            }
        }
        precondition(literals.count < Int(UInt16.max), "too many cue literals")
        self.literals = literals
        self.digitAtom = digitAtom
        self.firstInBMP = firstInBMP
        self.firstAbove = firstAbove
        self.nextSameFirst = next
        atomCount = literals.count
    }

    /// The classes (bit `1 << index in CueClass.allCases`) that may match somewhere in `text`; `found` is scratch.
    func possible<C: RandomAccessCollection>(in text: C, scratch found: inout [Bool]) -> UInt32
    where C.Element == Unicode.Scalar, C.Index == Int {
        if found.count != atomCount { found = [Bool](repeating: false, count: atomCount) }
        for k in found.indices { found[k] = false }
        for p in text.indices {
            let s = text[p]
            if let d = digitAtom, !found[d], CueRequirement.mayBeDigit(s) { found[d] = true }
            var n = s.value < 0x10000 ? Int(firstInBMP[Int(s.value)]) - 1 : (firstAbove[s.value] ?? -1)
            while n >= 0 {
                if !found[n] && Self.occurs(literals[n], in: text, at: p) { found[n] = true }
                n = nextSameFirst[n]
            }
        }
        var mask: UInt32 = 0
        for (k, cls) in clauses.enumerated() {
            guard let cls else { mask |= 1 << k; continue }
            if cls.allSatisfy({ $0.contains { found[$0] } }) { mask |= 1 << k }
        }
        return mask
    }

    private static func occurs<C: RandomAccessCollection>(_ lit: [Unicode.Scalar], in text: C, at p: Int) -> Bool
    where C.Element == Unicode.Scalar, C.Index == Int {
        guard text.endIndex - p >= lit.count else { return false }
        for k in 1..<lit.count where text[p + k] != lit[k] { return false }
        return true
    }
}
