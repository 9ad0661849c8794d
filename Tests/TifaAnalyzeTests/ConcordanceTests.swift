import Foundation
import Testing
import TifaCore
@testable import TifaAnalyze

@Suite struct ConcordanceTests {
    /// A document whose normalised text dropped two characters at the start, so offsets must map back.
    func document() -> TextDocument {
        let original = Array("##防止形式主义,反对形式\n主义和官僚主义。克服形式主义。".unicodeScalars)
        let text = Array(original.dropFirst(2))
        return TextDocument(path: "a.txt", original: original, text: text,
                            offsets: OffsetMap(table: (0...text.count).map { Int32($0 + 2) }))
    }

    @Test func literalHitsMapToTheOriginalText() throws {
        let lines = try Concordance(query: .literals(["形式主义", "形式"]), width: 3).lines(in: document())
        #expect(lines.map(\.match) == ["形式主义", "形式", "形式主义"])
        #expect(lines[0].start == 4 && lines[0].end == 8)
        #expect(lines[0].left == "防止" && lines[0].right == ",反对")
        #expect(lines[1].right == " 主义")   // the line break is shown as a space
        let original = Array(document().original)
        for l in lines { #expect(String(String.UnicodeScalarView(original[l.start..<l.end])) == l.match) }
    }

    @Test func regexHitsAndSorting() throws {
        let lines = try Concordance(query: .regex("[官形][僚式]主义"), width: 2).lines(in: document())
        #expect(lines.map(\.match) == ["形式主义", "官僚主义", "形式主义"])
        let byRight = Concordance.sorted(lines, by: .right).map(\.right)
        #expect(byRight == byRight.sorted { $0.utf8.lexicographicallyPrecedes($1.utf8) })
        let byLeft = Concordance.sorted(lines, by: .left).map { String(String.UnicodeScalarView($0.left.unicodeScalars.reversed())) }
        #expect(byLeft == byLeft.sorted { $0.utf8.lexicographicallyPrecedes($1.utf8) })
        #expect(throws: TifaError.self) { try Concordance(query: .regex("(unclosed"), width: 2) }
    }
}

@Suite struct ProgressTests {
    final class Sink: @unchecked Sendable {
        let lock = NSLock()
        var text = ""
        func add(_ s: String) { lock.withLock { text += s } }
    }

    @Test func plainLinesWhenNotATerminal() {
        let sink = Sink()
        let p = ProgressReporter(items: 2, bytes: 2_000_000, terminal: false, write: { sink.add($0) })
        p.completed(bytes: 1_000_000)
        p.completed(bytes: 1_000_000)
        p.finish("done")
        #expect(!sink.text.contains("\r"))
        #expect(sink.text.contains("2/2 files"))
        #expect(sink.text.hasSuffix("done\n"))
    }

    @Test func aRedrawnBarOnATerminal() {
        let sink = Sink()
        let p = ProgressReporter(items: 4, bytes: 4_000_000, terminal: true, write: { sink.add($0) })
        p.completed(bytes: 1_000_000)
        #expect(sink.text.hasPrefix("\r\u{1B}[K["))
        #expect(sink.text.contains("1.0 MB"))
        #expect(sink.text.contains("left"))
    }
}
