import Foundation
import Testing
import TifaCore
@testable import TifaSegment

@Suite struct SegmentStreamTests {
    /// Runs a stream over bytes written to a temporary file; returns the output and the error, if any.
    func stream(_ bytes: [UInt8], format: SegmentOutputFormat = .text, jobs: Int = 2, chunk: Int = 4096,
                segmenter: Segmenter = Shipped.segmenter) throws -> (String, TifaError?) {
        let url = try temporaryFile(bytes)
        defer { try? FileManager.default.removeItem(at: url.deletingLastPathComponent()) }
        let fd = open(url.path, O_RDONLY)
        try #require(fd >= 0)
        defer { close(fd) }
        let stream = try SegmentStream(segmenter: segmenter, format: format, jobs: jobs, chunkBytes: chunk)
        var out: [UInt8] = []
        do {
            try stream.run(fd: fd, name: "in.txt") { out.append(contentsOf: $0) }
        } catch {
            return (String(decoding: out, as: UTF8.self), error)
        }
        return (String(decoding: out, as: UTF8.self), nil)
    }

    /// The expected SIGHAN text: each line segmented on its own.
    func expectedText(_ text: String) throws -> String {
        let tokenizer = try Shipped.segmenter.makeTokenizer()
        var lines = text.replacingOccurrences(of: "\r\n", with: "\n").components(separatedBy: "\n")
        if lines.last == "" { lines.removeLast() }
        return lines.map { line in
            let scalars = Array(line.unicodeScalars)
            return tokenizer.segment(scalars).map { String(String.UnicodeScalarView(scalars[$0.range])) }.joined(separator: " ")
        }.joined(separator: "\n") + (lines.isEmpty ? "" : "\n")
    }

    @Test func chunkedParallelOutputKeepsLineOrder() throws {
        let seeds = packageRoot.appendingPathComponent("Corpus/seeds")
        let file = try #require(try FileManager.default.contentsOfDirectory(atPath: seeds.path).sorted().first { $0.hasSuffix(".txt") })
        let text = try String(contentsOf: seeds.appendingPathComponent(file), encoding: .utf8)
        let expected = try expectedText(text)
        for jobs in [1, 2, 3] {
            let (out, error) = try stream(Array(text.utf8), jobs: jobs, chunk: 1000)
            #expect(error == nil)
            #expect(out == expected, "jobs \(jobs)")
        }
    }

    @Test func crlfLinesAndMissingFinalBreak() throws {
        let (out, error) = try stream(Array("创先争优\r\n\r\n五个好 五带头\r\n最后一行".utf8))
        #expect(error == nil)
        #expect(out == "创先争优\n\n五个好 五带头\n最后 一行\n")
    }

    @Test func emptyInputGivesEmptyOutput() throws {
        let (out, error) = try stream([])
        #expect(error == nil && out.isEmpty)
    }

    @Test func jsonlOffsetsIndexTheFileText() throws {
        let text = "\u{FEFF}创先争优活动\r\n\t“五个好”𠀀字 WTO \"a\\b\"\n\n（二○○一年）\n"
        let (out, error) = try stream(Array(text.utf8), format: .jsonl, chunk: 64)
        #expect(error == nil)
        let scalars = Array(text.unicodeScalars)
        var count = 0
        for record in out.split(separator: "\n") {
            let object = try #require(try JSONSerialization.jsonObject(with: Data(record.utf8)) as? [String: Any])
            let start = try #require(object["start"] as? Int), end = try #require(object["end"] as? Int)
            let piece = String(String.UnicodeScalarView(scalars[start..<end]))
            #expect(piece == object["text"] as? String)
            #expect(object["file"] as? String == "in.txt")
            count += 1
        }
        let expectedCount = try text.split(separator: "\n", omittingEmptySubsequences: false)
            .map { try Shipped.segmenter.segment(String($0)).count }.reduce(0, +)
        #expect(count == expectedCount && count > 8)
        #expect(out.contains("\"line\":4,") && out.contains("\"kind\":\"number\",\"text\":\"二○○一年\""))
    }

    @Test func jsonlOffsetsStayRightAcrossSplitsOfALongLine() throws {
        let text = "首行\r\n" + String(repeating: "创先争优活动中，党员要做到五带头。", count: 200) + "\n末行"
        let (out, error) = try stream(Array(text.utf8), format: .jsonl, chunk: 256)
        #expect(error == nil)
        let scalars = Array(text.unicodeScalars)
        var lines: Set<Int> = []
        var count = 0
        for record in out.split(separator: "\n") {
            let object = try #require(try JSONSerialization.jsonObject(with: Data(record.utf8)) as? [String: Any])
            let start = try #require(object["start"] as? Int), end = try #require(object["end"] as? Int)
            #expect(String(String.UnicodeScalarView(scalars[start..<end])) == object["text"] as? String)
            lines.insert(try #require(object["line"] as? Int))
            count += 1
        }
        #expect(lines == [1, 2, 3])
        let expectedCount = try text.split(separator: "\n", omittingEmptySubsequences: false)
            .map { try Shipped.segmenter.segment(String($0)).count }.reduce(0, +)
        #expect(count == expectedCount && count > 1600)
    }

    @Test func invalidUTF8StopsWithTheByteOffsetAfterEarlierLines() throws {
        let bytes = Array("五个好\n第二行\n".utf8) + [0x41, 0xC3, 0x28] + Array("\n后面\n".utf8)
        let (out, error) = try stream(bytes, jobs: 1)
        let diagnostic = try #require(error?.diagnostics.first)
        #expect(diagnostic.code == "segment.invalid-utf8")
        #expect(diagnostic.file == "in.txt")
        #expect(diagnostic.offset == 21)
        #expect(out == (try expectedText("五个好\n第二行\n")))
    }

    @Test func longLineIsSplitInBoundedChunksWithTheSameTokens() throws {
        let sentence = "创先争优活动中，基层党组织要做到五个好，党员要做到五带头。WTO和１９９８年增长１０．３％！"
        let line = String(repeating: sentence, count: 3000)  // about 300 KB, no line break
        let (out, error) = try stream(Array((line + "\n" + sentence).utf8), chunk: 4096)
        #expect(error == nil)
        #expect(out == (try expectedText(line + "\n" + sentence)))
    }
}
