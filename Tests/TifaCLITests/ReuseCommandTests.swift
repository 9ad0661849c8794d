import Foundation
import Testing

/// `tifa reuse` end to end: a copied paragraph between two files (one with CRLF lines), CSV and JSON Lines, a reference
/// text that turns the quotation into kind reference, and dates from the file names.
@Suite struct ReuseCommandTests {
    static let copied = "街道综合执法队今年共拆除违章搭建四十二处，清理占道经营摊点一百余个，整治背街小巷十八条，市容投诉同比明显下降。"

    func folder() throws -> URL {
        let dir = try CLIRunner.scratch().appendingPathComponent("reports")
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        try ("一、工作回顾\n春季植树造林三百亩。" + Self.copied + "\n二、下一步打算\n继续努力。\n")
            .write(to: dir.appendingPathComponent("2019-东街道-总结.txt"), atomically: true, encoding: .utf8)
        let other = "一、主要工作\r\n全年新建农贸市场一座。" + Self.copied.replacingOccurrences(of: "四十二处", with: "三十六处") + "\r\n"
        try other.write(to: dir.appendingPathComponent("2021-西街道-总结.txt"), atomically: true, encoding: .utf8)
        try "本年度开展全民健身活动十余场，参与群众五千人次。\n".write(to: dir.appendingPathComponent("2020-南街道-总结.txt"), atomically: true, encoding: .utf8)
        return dir
    }

    @Test func copiedParagraphIsReportedWithOffsetsAndOrder() throws {
        let dir = try folder()
        defer { try? FileManager.default.removeItem(at: dir.deletingLastPathComponent()) }
        let r = try CLIRunner.run(["reuse", dir.path, "--format", "csv", "--quiet", "--name-pattern", "{year}-{unit}-{kind}"])
        #expect(r.status == 0, "\(r.stderr)")
        let lines = r.text.split(separator: "\n").map(String.init)
        #expect(lines.first == "a,b,a_start,a_end,b_start,b_end,chars,similarity,kind,earlier")
        #expect(lines.count == 2)
        let fields = lines.last?.split(separator: ",").map(String.init) ?? []
        #expect(fields.count == 10)
        #expect(fields[0].hasSuffix("2019-东街道-总结.txt") && fields[1].hasSuffix("2021-西街道-总结.txt"))
        // The passage starts where the copied paragraph starts in each original text.
        #expect(fields[2] == "17" && fields[4] == "19")   // the CR counts in the original text
        #expect(fields[8] == "copy" && fields[9].hasSuffix("2019-东街道-总结.txt"))
        #expect((Double(fields[7]) ?? 0) > 0.9 && (Double(fields[7]) ?? 1) < 1)
    }

    @Test func referenceTextMakesTheQuotationNoCopy() throws {
        let dir = try folder()
        defer { try? FileManager.default.removeItem(at: dir.deletingLastPathComponent()) }
        let reference = dir.deletingLastPathComponent().appendingPathComponent("circular.txt")
        try ("通报：" + Self.copied + "\n").write(to: reference, atomically: true, encoding: .utf8)
        let hidden = try CLIRunner.run(["reuse", dir.path, "--reference", reference.path, "--quiet"])
        #expect(hidden.status == 0 && hidden.text.isEmpty)
        let shown = try CLIRunner.run(["reuse", dir.path, "--reference", reference.path, "--show-reference", "--quiet"])
        let record = try JSONSerialization.jsonObject(with: Data(shown.stdout)) as? [String: Any]
        #expect(record?["kind"] as? String == "reference")
        let bad = try CLIRunner.run(["reuse", dir.path, "--format", "xml"])
        #expect(bad.status == 64)
    }
}
