import Foundation
import Testing
@testable import TifaScript
@testable import TifaSegment

/// The projection's tables (one target per character, a pair filter for phrase rules and overrides) give exactly
/// what running the overrides and rules at every position gives.
@Suite struct ProjectionTableTests {
    let projection = Shipped.projection

    /// The projection by rules alone: overrides, then the transform's rules, at every position.
    func byRules(_ s: [Unicode.Scalar]) -> (text: [Unicode.Scalar], changed: Int) {
        var out = s
        var changed = 0
        s.withUnsafeBufferPointer { text in
            out.withUnsafeMutableBufferPointer { buf in
                var i = 0
                while i < text.count {
                    i += SimplifiedProjection.projectByRules(text, at: i, end: text.count, into: buf.baseAddress!,
                                                             changed: &changed, rules: projection.tables.transformRules,
                                                             overrides: projection.overrides)
                }
            }
        }
        return (out, changed)
    }

    /// The projection through the tables.
    func byTables(_ s: [Unicode.Scalar]) -> (text: [Unicode.Scalar], changed: Int) {
        var out = s
        let changed = s.withUnsafeBufferPointer { text in
            out.withUnsafeMutableBufferPointer { buf in projection.project(text, 0..<text.count, into: buf.baseAddress!) }
        }
        return (out, changed)
    }

    @Test func everyCharacterAloneProjectsAsByRules() {
        var mismatches: [UInt32] = []
        for v in UInt32(0)..<0x10000 {
            guard let c = Unicode.Scalar(v) else { continue }
            let a = byTables([c]), b = byRules([c])
            if a.text != b.text || a.changed != b.changed { mismatches.append(v) }
        }
        #expect(mismatches.isEmpty, "\(mismatches.prefix(10).map { String(format: "U+%04X", $0) })")
    }

    @Test func phraseRulesAndOverridesProjectAsByRules() throws {
        // Every pair that may start a phrase rule or an override, alone and between ordinary characters, so each
        // rule's first two characters meet the pair filter; plus the overrides' own examples.
        let pairs = projection.tables.transformRules.phrasePairs + (projection.overrides?.phrasePairs ?? [])
        #expect(pairs.count > 100)
        var text: [Unicode.Scalar] = []
        for (a, b) in pairs { text += [a, b, "的", a, b, b, a, "\n"] }
        text += Array("乾隆年間編著的著作,乾淨的頭髮,看著著名學者發展經濟".unicodeScalars)
        let tables = byTables(text), rules = byRules(text)
        #expect(tables.text == rules.text)
        #expect(tables.changed == rules.changed)
        #expect(tables.changed > 0)
    }

    @Test func randomTextOfRuleCharactersProjectsAsByRules() {
        // Characters that start or continue phrase rules, in a fixed pseudo-random order (dense in rule starts).
        let pairs = projection.tables.transformRules.phrasePairs + (projection.overrides?.phrasePairs ?? [])
        let alphabet = Array(Set(pairs.flatMap { [$0.first, $0.second] })).sorted { $0.value < $1.value } + ["。", "x"]
        var state: UInt64 = 20_261_129
        var text: [Unicode.Scalar] = []
        for _ in 0..<200_000 {
            state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
            text.append(alphabet[Int(state >> 33) % alphabet.count])
        }
        let tables = byTables(text), rules = byRules(text)
        #expect(tables.text == rules.text)
        #expect(tables.changed == rules.changed)
    }

    @Test(.enabled(if: FileManager.default.fileExists(atPath: Self.asText.path))) func asTextProjectsAsByRules() throws {
        let text = Array(try String(contentsOf: Self.asText, encoding: .utf8).unicodeScalars)
        let tables = byTables(text), rules = byRules(text)
        #expect(tables.text == rules.text)
        #expect(tables.changed == rules.changed)
        #expect(tables.changed > 10_000)
    }

    static let asText = packageRoot.deletingLastPathComponent().appendingPathComponent("shared/eval/sighan2005/as_test.utf8")
}
