import Foundation
import TifaCore

/// Traditional → simplified overrides from `Dictionaries/normalize/t2s-overrides.tsv`: phrases whose
/// simplified form ICU's character-by-character transform gets wrong in this domain (乾坤 stays 乾坤,
/// 編著 → 编著). Each source maps to a target of the same length, so offsets stay one-to-one.
public struct ScriptOverrides: Sendable {
    /// The file's declared version.
    public let version: String
    /// SHA-256 of the file's text, to record in outputs.
    public let sha256: String
    /// Source → target, keyed by the source's first character, longest source first.
    private let byFirst: [Unicode.Scalar: [(source: [Unicode.Scalar], target: [Unicode.Scalar])]]
    /// For each BMP character, whether an override starts with it (a fast pre-check).
    private let starts: [Bool]

    /// Number of entries.
    public var count: Int { byFirst.values.reduce(0) { $0 + $1.count } }

    /// Parses the TSV text; every bad line is reported (file and line) before anything is thrown.
    public init(text: String, file: String) throws(TifaError) {
        let header = try DataFileHeader(text: text, file: file, format: "tifa-t2s-overrides")
        var table: [Unicode.Scalar: [(source: [Unicode.Scalar], target: [Unicode.Scalar])]] = [:]
        var seen: Set<[Unicode.Scalar]> = []
        var problems: [Diagnostic] = []
        for (number, line) in header.dataLines {
            let fields = line.split(separator: "\t", omittingEmptySubsequences: false)
            guard fields.count >= 2 else {
                problems.append(Diagnostic(code: "dictionary.bad-line", file: file, line: number,
                                           message: "expected source<TAB>target[<TAB>note], got \(fields.count) field(s)"))
                continue
            }
            let source = Array(fields[0].unicodeScalars), target = Array(fields[1].unicodeScalars)
            if source.isEmpty || source.count != target.count {
                problems.append(Diagnostic(code: "dictionary.bad-line", file: file, line: number,
                                           message: "source and target must be non-empty and the same length: \(line)"))
                continue
            }
            if !seen.insert(source).inserted {
                problems.append(Diagnostic(code: "dictionary.duplicate", file: file, line: number,
                                           message: "duplicate source \(fields[0])"))
                continue
            }
            table[source[0], default: []].append((source, target))
        }
        if !problems.isEmpty { throw TifaError(problems) }
        byFirst = table.mapValues { $0.sorted { $0.source.count > $1.source.count } }
        var starts = [Bool](repeating: false, count: 0x10000)
        for c in table.keys where c.value < 0x10000 { starts[Int(c.value)] = true }
        self.starts = starts
        version = header.version
        sha256 = ContentHash.sha256(text)
    }

    /// Loads the file at path.
    public init(contentsOf path: String) throws(TifaError) {
        try self.init(text: try DataFileHeader.read(path), file: path)
    }

    /// The first two characters of every override longer than one character.
    public var phrasePairs: [(first: Unicode.Scalar, second: Unicode.Scalar)] {
        byFirst.values.flatMap { $0.filter { $0.source.count > 1 }.map { ($0.source[0], $0.source[1]) } }
    }

    /// Whether an override starts with the BMP character v.
    public func startsAny(_ v: UInt32) -> Bool { v < 0x10000 && starts[Int(v)] }

    /// The longest override starting at text[i], if any.
    @inline(__always) public func match(_ text: UnsafeBufferPointer<Unicode.Scalar>, at i: Int, end: Int)
        -> (source: [Unicode.Scalar], target: [Unicode.Scalar])? {
        let v = text[i].value
        guard v >= 0x10000 || starts[Int(v)], let candidates = byFirst[text[i]] else { return nil }
        for c in candidates where i + c.source.count <= end {
            var k = 1
            while k < c.source.count && text[i + k] == c.source[k] { k += 1 }
            if k == c.source.count { return c }
        }
        return nil
    }
}
