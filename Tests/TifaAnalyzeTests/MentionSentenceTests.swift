import Foundation
import Testing
import TifaCore
import TifaIngest
@testable import TifaAnalyze

/// Offsets are converted once, at serialisation: a mention's sentence and section in the outputs are those of the
/// `TextDocument` sentence holding it, even where normalisation moved every offset.
extension PipelineTests {
    /// Text before the mentions that normalisation shortens (CRLF, a control character) and lengthens (㎞ → km,
    /// ℃ → °C …), and full-width letters and digits. 五个好 starts 2 characters later in the original than in the
    /// normalised text; 形式主义 opens the first sentence of section 二 and starts 1 character EARLIER in the original,
    /// so looking its original offset up among normalised positions would miss its sentence and its section.
    static let movedText = "一、总体情况\r\n\u{07}全年工作取得进展。ＡＢＣ１２３各级党组织要做到“五个好”，即领导班子好、党员队伍好。"
        + "道路３㎞，物资５㎏，面积９㎡，气温２０℃，功率５㎾。\r\n二、存在问题\r\n形式主义问题在有些单位仍然存在。\r\n"

    @Test func mentionsKeepTheSentenceHoldingThemWhenNormalisationMovedOffsets() throws {
        let dir = temporaryFolder()
        defer { try? FileManager.default.removeItem(at: dir) }
        let input = dir.appendingPathComponent("moved.txt")
        try Data(Self.movedText.utf8).write(to: input)
        let out = dir.appendingPathComponent("r")
        #expect(try analyze([input.path], to: out, options: ReportOptions()).documents == 1)
        let doc = try DocumentBuilder().load(path: input.path).document
        let original = Array(Self.movedText.unicodeScalars)
        #expect(doc.original == original)

        let line = try #require(try JSONSerialization.jsonObject(with: Data(readText(out, "extractions.jsonl").utf8)) as? [String: Any])
        let slogans = try #require(line["slogans"] as? [[String: Any]])
        let criteria = try #require(line["criteria"] as? [[String: Any]])
        let problems = try #require(line["problems"] as? [[String: Any]])
        let mentions = slogans + criteria.flatMap { ($0["mentions"] as? [[String: Any]]) ?? [] } + problems
        #expect(slogans.contains { $0["text"] as? String == "五个好" })
        #expect(problems.count == 1)

        let first = "ABC123各级党组织要做到“五个好”,即领导班子好、党员队伍好。", second = "形式主义问题在有些单位仍然存在。"
        for m in mentions {
            let start = try #require(m["start"] as? Int), end = try #require(m["end"] as? Int)
            let text = try #require(m["text"] as? String), sentence = try #require(m["sentence"] as? String)
            // The offsets are original: the original slice reads as the mention once normalised.
            let slice = String(String.UnicodeScalarView(original[start..<end]))
            #expect(slice.precomposedStringWithCompatibilityMapping == text, "\(text) at \(start)..<\(end)")
            // The sentence is the TextDocument sentence whose original range holds the mention.
            let holding = doc.sentences.filter { doc.offsets.original($0.range).contains(start) }
            #expect(holding.map { doc.string($0.range) } == [sentence], "\(text)")
            #expect(sentence == (text == "形式主义" ? second : first), "\(text)")
        }
        // Normalisation moved the offsets both ways.
        let normalised = doc.string(0..<doc.text.count)
        let slogan = try #require(slogans.first { $0["text"] as? String == "五个好" })
        #expect(slogan["start"] as? Int == Self.offset(of: "五个好", in: Self.movedText))
        #expect(Self.offset(of: "五个好", in: Self.movedText) == Self.offset(of: "五个好", in: normalised) + 2)
        #expect(Self.offset(of: "形式主义", in: Self.movedText) == Self.offset(of: "形式主义", in: normalised) - 1)

        // The problem's section is the heading of its sentence, in extractions.jsonl and problems.csv alike.
        #expect(problems.first?["section"] as? String == "存在问题")
        let rows = parseCSV(readText(out, "problems.csv"))
        let start = Self.offset(of: "形式主义", in: Self.movedText)
        #expect(rows.dropFirst().map { Array($0[5...8]) } == [["存在问题", second, String(start), String(start + 4)]])
    }

    /// The Unicode scalar offset of the first `needle` in `text`.
    static func offset(of needle: String, in text: String) -> Int {
        guard let r = text.range(of: needle) else { return -1 }
        return text.unicodeScalars.distance(from: text.unicodeScalars.startIndex, to: r.lowerBound)
    }
}
