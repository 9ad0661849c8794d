import Foundation

/// ICU's `Traditional-Simplified` rules, read from ICU once and run in Swift with ICU's semantics: at each
/// position the first rule (in rule order) whose source matches there is applied, else the character is kept.
/// About 40 times faster than calling ICU; a test checks it gives ICU's output on the SIGHAN AS text. Built only
/// when every rule is a plain `source > target ;` of equal lengths (else `ScriptTables` builds one-character rules
/// from what ICU does to each character), so the transform never changes a text's length.
public struct TransformRules: Sendable {
    public typealias Rule = (source: [Unicode.Scalar], target: [Unicode.Scalar])

    /// For each BMP character, the index of its rule bucket in `buckets`, or -1.
    private let firstIndex: [Int32]
    private let buckets: [[Rule]]
    /// For each BMP character that starts no phrase rule, what it becomes (itself when no rule names it);
    /// 0 for characters that start a phrase rule and need `match`.
    private let simpleTargets: [UInt32]
    public let count: Int

    public init?(rules text: String) {
        var rules: [Rule] = []
        for statement in text.split(separator: ";") {
            let trimmed = statement.trimmingCharacters(in: .whitespacesAndNewlines)
            if trimmed.isEmpty { continue }
            let sides = trimmed.split(separator: ">", omittingEmptySubsequences: false)
            guard sides.count == 2 else { return nil }
            let source = Array(sides[0].trimmingCharacters(in: .whitespaces).unicodeScalars)
            let target = Array(sides[1].trimmingCharacters(in: .whitespaces).unicodeScalars)
            guard !source.isEmpty, source.count == target.count,
                  !(source + target).contains(where: { "'{}[]$|^:\\<←→&=@#?*+() \t".unicodeScalars.contains($0) }),
                  source[0].value < 0x10000
            else { return nil }
            rules.append((source, target))
        }
        self.init(orderedRules: rules)
    }

    /// Rules of one character each (source → target), for when ICU's own rules cannot be read.
    init?(pairs: [(source: UInt32, target: UInt32)]) {
        self.init(orderedRules: pairs.compactMap { p in
            guard p.source < 0x10000, let s = Unicode.Scalar(p.source), let t = Unicode.Scalar(p.target) else { return nil }
            return ([s], [t])
        })
    }

    private init?(orderedRules rules: [Rule]) {
        var byFirst: [Unicode.Scalar: [Rule]] = [:]
        var order: [Unicode.Scalar] = []
        var n = 0
        for rule in rules {
            if byFirst[rule.source[0]] == nil { order.append(rule.source[0]) }
            byFirst[rule.source[0], default: []].append(rule)
            n += 1
        }
        guard n > 0 else { return nil }
        var firstIndex = [Int32](repeating: -1, count: 0x10000)
        var buckets: [[Rule]] = []
        for c in order {
            firstIndex[Int(c.value)] = Int32(buckets.count)
            buckets.append(byFirst[c]!)
        }
        var simple = (0..<UInt32(0x10000)).map { $0 }
        for bucket in buckets {
            let c = Int(bucket[0].source[0].value)
            if bucket.contains(where: { $0.source.count > 1 }) {
                simple[c] = 0
            } else {
                simple[c] = bucket[0].target[0].value
            }
        }
        simple[0] = 0
        self.firstIndex = firstIndex
        self.buckets = buckets
        simpleTargets = simple
        count = n
    }

    /// What a BMP character becomes when no phrase rule can start with it; 0 when `match` must decide.
    @inline(__always) public func simpleTarget(_ v: UInt32) -> UInt32 { simpleTargets[Int(v)] }

    /// The first two characters of every rule longer than one character.
    public var phrasePairs: [(first: Unicode.Scalar, second: Unicode.Scalar)] {
        buckets.flatMap { $0.filter { $0.source.count > 1 }.map { ($0.source[0], $0.source[1]) } }
    }

    /// The characters a one-character rule changes (what the transform does to each character on its own).
    public var changedCharacters: [UInt32] {
        var result: [UInt32] = []
        for bucket in buckets {
            if let single = bucket.first(where: { $0.source.count == 1 }), single.target != single.source {
                result.append(single.source[0].value)
            }
        }
        return result
    }

    /// The rule applying at text[i] (not past end), if any.
    @inline(__always) public func match(_ text: UnsafeBufferPointer<Unicode.Scalar>, at i: Int, end: Int) -> Rule? {
        let v = text[i].value
        guard v < 0x10000 else { return nil }
        let b = firstIndex[Int(v)]
        if b < 0 { return nil }
        for rule in buckets[Int(b)] {
            let n = rule.source.count
            if n == 1 { return rule }
            guard i + n <= end else { continue }
            var k = 1
            while k < n && text[i + k] == rule.source[k] { k += 1 }
            if k == n { return rule }
        }
        return nil
    }
}
