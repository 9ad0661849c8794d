import TifaCore
import TifaICU

/// One keyword-in-context hit: where it is and the text around it.
public struct ConcordanceLine: Sendable, Equatable {
    /// The document's path.
    public var document: String
    /// Offsets of the hit in the original text (Unicode scalars, half-open).
    public var start: Int
    public var end: Int
    /// Normalised text before the hit, the hit, and after it (line breaks shown as spaces).
    public var left: String
    public var match: String
    public var right: String
}

/// What to look for in a concordance.
public enum ConcordanceQuery: Sendable {
    /// Exact strings (a term, or every variant of a codebook category); the longest wins where they overlap.
    case literals([String])
    /// An ICU regular expression.
    case regex(String)
}

/// How concordance lines are ordered.
public enum ConcordanceOrder: String, Sendable, CaseIterable {
    /// Document, then position.
    case position
    /// By the left context read backwards from the hit (the words just before it first).
    case left
    /// By the right context (the words just after it first).
    case right
}

/// Finds keyword-in-context lines in normalised documents.
public struct Concordance {
    let query: ConcordanceQuery
    let width: Int
    private let regex: ICURegex?
    private let literals: [[Unicode.Scalar]]

    /// How long one regex match may run, in steps of ICU's match engine (about milliseconds).
    public static let defaultRegexTimeLimit: Int32 = 2_000

    /// A concordance for a query with `width` characters of context on each side; a bad regex throws. A regex
    /// match that runs longer than `regexTimeLimit` fails with `kwic.regex-timeout` instead of running on.
    public init(query: ConcordanceQuery, width: Int, regexTimeLimit: Int32 = Concordance.defaultRegexTimeLimit) throws {
        self.query = query
        self.width = max(0, width)
        switch query {
        case .literals(let terms):
            literals = terms.filter { !$0.isEmpty }.map { Array($0.unicodeScalars) }.sorted { $0.count > $1.count }
            regex = nil
        case .regex(let pattern):
            literals = []
            do {
                regex = try ICURegex(pattern, timeLimit: regexTimeLimit)
            } catch {
                throw TifaError(code: "kwic.bad-regex", file: "--regex", message: "the pattern \(pattern) does not compile: \(error)",
                                cause: error)
            }
        }
    }

    /// The hits in one document, in text order.
    public func lines(in doc: TextDocument) throws -> [ConcordanceLine] {
        let hits = regex != nil ? try regexHits(doc.text, document: doc.path) : literalHits(doc.text)
        return hits.map { r in
            let lo = max(0, r.lowerBound - width), hi = min(doc.text.count, r.upperBound + width)
            let original = doc.offsets.original(r)
            return ConcordanceLine(document: doc.path, start: original.lowerBound, end: original.upperBound,
                                   left: Self.flat(doc.text[lo..<r.lowerBound]), match: Self.flat(doc.text[r]),
                                   right: Self.flat(doc.text[r.upperBound..<hi]))
        }
    }

    /// Lines sorted in the given order (stable: ties keep document and position order).
    public static func sorted(_ lines: [ConcordanceLine], by order: ConcordanceOrder) -> [ConcordanceLine] {
        func key(_ l: ConcordanceLine) -> String {
            switch order {
            case .position: ""
            case .left: String(String.UnicodeScalarView(l.left.unicodeScalars.reversed()))
            case .right: l.right
            }
        }
        return lines.enumerated().sorted { a, b in
            let ka = key(a.element), kb = key(b.element)
            if ka != kb { return ka.utf8.lexicographicallyPrecedes(kb.utf8) }
            if a.element.document != b.element.document {
                return a.element.document.utf8.lexicographicallyPrecedes(b.element.document.utf8)
            }
            return a.element.start != b.element.start ? a.element.start < b.element.start : a.offset < b.offset
        }.map(\.element)
    }

    private func literalHits(_ text: [Unicode.Scalar]) -> [Range<Int>] {
        guard !literals.isEmpty else { return [] }
        var firstScalars: [Unicode.Scalar: [Int]] = [:]
        for (i, l) in literals.enumerated() { firstScalars[l[0], default: []].append(i) }
        var hits: [Range<Int>] = []
        var i = 0
        while i < text.count {
            var found = 0
            for k in firstScalars[text[i]] ?? [] {
                let l = literals[k]
                if i + l.count <= text.count && text[i..<(i + l.count)].elementsEqual(l) {
                    found = l.count
                    break
                }
            }
            if found > 0 {
                hits.append(i..<(i + found))
                i += found
            } else {
                i += 1
            }
        }
        return hits
    }

    private func regexHits(_ text: [Unicode.Scalar], document: String) throws(TifaError) -> [Range<Int>] {
        var utf16: [UInt16] = []
        var scalarAt: [Int] = []
        utf16.reserveCapacity(text.count)
        for (i, s) in text.enumerated() {
            for u in String(s).utf16 {
                utf16.append(u)
                scalarAt.append(i)
            }
        }
        scalarAt.append(text.count)
        guard let regex else { return [] }
        let matches: [ICURegex.Match]
        do {
            matches = try regex.matches(in: utf16)
        } catch where error.code == ICURegex.timeOutStatus {
            throw TifaError(code: "kwic.regex-timeout", file: document,
                            message: "the pattern \(regex.pattern) ran past the time limit on this document; simplify it (a nested repetition such as (a+)+ backtracks without end)",
                            cause: error)
        } catch {
            throw TifaError(code: "icu.failure", file: document, message: "the pattern \(regex.pattern) failed: \(error)", cause: error)
        }
        return matches.compactMap { m in
            let r = m.range
            return r.isEmpty ? nil : scalarAt[r.lowerBound]..<scalarAt[r.upperBound]
        }
    }

    private static func flat(_ s: ArraySlice<Unicode.Scalar>) -> String {
        var v = String.UnicodeScalarView()
        for c in s { v.append(c == "\n" || c == "\r" || c == "\t" ? " " : c) }
        return String(v)
    }
}
