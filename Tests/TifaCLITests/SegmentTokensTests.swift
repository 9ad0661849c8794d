import Foundation
import Testing

/// `tifa segment --format tokens`: one filtered line per file, for topic models.
@Suite struct SegmentTokensTests {
    @Test func oneLinePerFileWithoutPunctuationStopwordsOrNumerals() throws {
        let dir = try CLIRunner.scratch()
        defer { try? FileManager.default.removeItem(at: dir) }
        let a = dir.appendingPathComponent("a.txt"), b = dir.appendingPathComponent("b.txt")
        try "我们要坚决反对形式主义，克服官僚主义。\n1958年粮食增产百分之五。".write(to: a, atomically: true, encoding: .utf8)
        try "人民生活改善。".write(to: b, atomically: true, encoding: .utf8)
        let ids = dir.appendingPathComponent("ids.txt")
        let r = try CLIRunner.run(["segment", "--format", "tokens", "--drop-numbers", "--ids", ids.path, a.path, b.path])
        #expect(r.status == 0)
        #expect(r.text == "坚决 反对 形式主义 克服 官僚主义 粮食 增产\n人民 生活 改善\n")
        #expect(try String(contentsOf: ids, encoding: .utf8) == "\(a.path)\n\(b.path)\n")
        let kept = try CLIRunner.run(["segment", "--format", "tokens", "--tokens-keep", "punctuation", "--tokens-keep", "stopwords", b.path])
        #expect(kept.text == "人民 生活 改善 。\n")
    }

    @Test func filterOptionsNeedTheTokensFormat() throws {
        let r = try CLIRunner.run(["segment", "--drop-numbers"], stdin: Array("一九五八年".utf8))
        #expect(r.status == 64)
    }
}
