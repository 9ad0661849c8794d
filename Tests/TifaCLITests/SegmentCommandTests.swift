import Foundation
import Testing

/// End-to-end tests of `tifa segment`: run the built binary, compare its output.
@Suite struct SegmentCommandTests {
    static let root = CLIRunner.root
    static let binary = CLIRunner.binary
    typealias Result = CLIRunner.Result

    /// Runs `tifa segment args`, feeding stdin.
    func segment(_ args: [String], stdin: [UInt8] = []) throws -> Result {
        try CLIRunner.run(["segment"] + args, stdin: stdin)
    }

    func scratch() throws -> URL { try CLIRunner.scratch() }

    @Test func binaryIsBuilt() {
        #expect(FileManager.default.isExecutableFile(atPath: Self.binary.path), "no tifa binary at \(Self.binary.path)")
    }

    @Test func standardInputToSighanLines() throws {
        let r = try segment([], stdin: Array("创先争优活动中要做到五个好。\r\n\r\n（二○○○年十二月三十一日）１９９８年增长１０．３％\r\n重承诺轻践诺".utf8))
        #expect(r.status == 0)
        #expect(r.text == "创先争优活动 中 要 做到 五个好 。\n\n（ 二○○○年 十二月 三十一日 ） １９９８年 增长 １０．３％\n重承诺轻践诺\n")
    }

    @Test func emptyInput() throws {
        let r = try segment([])
        #expect(r.status == 0 && r.stdout.isEmpty)
    }

    @Test func jsonlOffsetsMapBackToTheFile() throws {
        let dir = try scratch()
        defer { try? FileManager.default.removeItem(at: dir) }
        let text = "WTO和ＡＰＥＣ\r\n“五带头”要求，2001年\n𠀀字 mixed"
        let file = dir.appendingPathComponent("a.txt")
        try Data(text.utf8).write(to: file)
        let r = try segment(["--format", "jsonl", file.path])
        #expect(r.status == 0)
        let scalars = Array(text.unicodeScalars)
        let records = try r.text.split(separator: "\n").map {
            try #require(try JSONSerialization.jsonObject(with: Data($0.utf8)) as? [String: Any])
        }
        #expect(records.count == 12)
        for record in records {
            let start = try #require(record["start"] as? Int), end = try #require(record["end"] as? Int)
            #expect(String(String.UnicodeScalarView(scalars[start..<end])) == record["text"] as? String)
            #expect(record["file"] as? String == file.path)
        }
        #expect(records.contains { $0["text"] as? String == "五带头" && $0["kind"] as? String == "word" && $0["line"] as? Int == 2 })
        #expect(records.contains { $0["text"] as? String == "ＡＰＥＣ" && $0["kind"] as? String == "latin" })
    }

    @Test func invalidUTF8NamesFileAndByteOffset() throws {
        let dir = try scratch()
        defer { try? FileManager.default.removeItem(at: dir) }
        let bad = dir.appendingPathComponent("bad.txt"), good = dir.appendingPathComponent("good.txt")
        try Data(Array("第一行\n".utf8) + [0xFF, 0xFE] + Array("\n".utf8)).write(to: bad)
        try Data("五个好\n".utf8).write(to: good)
        let r = try segment([bad.path, good.path])
        #expect(r.status == 65)
        #expect(r.stderr.contains(bad.path) && r.stderr.contains("byte 10") && r.stderr.contains("UTF-8"))
        #expect(r.text == "第一行\n五个好\n")  // the good file is still processed
    }

    @Test func unreadableFileIsNamed() throws {
        let r = try segment(["/nonexistent/report.txt"])
        #expect(r.status == 66)
        #expect(r.stderr.contains("/nonexistent/report.txt"))
    }

    @Test func userDictionariesInBothFormats() throws {
        let dir = try scratch()
        defer { try? FileManager.default.removeItem(at: dir) }
        let jieba = dir.appendingPathComponent("user.dict"), tifa = dir.appendingPathComponent("mine.txt")
        try Data("瓦西里斯 3 nr\n远东航运\n".utf8).write(to: jieba)
        try Data("# tifa-lexicon v1\n# version: 1\n希腊船王\n".utf8).write(to: tifa)
        let r = try segment(["--lexicon", jieba.path, "--lexicon", tifa.path], stdin: Array("瓦西里斯是希腊船王，远东航运".utf8))
        #expect(r.status == 0)
        #expect(r.text == "瓦西里斯 是 希腊船王 ， 远东航运\n")
        // The old spelling still works (hidden): --dict names codebooks in the other commands.
        let old = try segment(["--dict", jieba.path, "--dict", tifa.path], stdin: Array("瓦西里斯是希腊船王，远东航运".utf8))
        #expect(old.text == r.text)
    }

    @Test func badDictionaryNamesFileAndLine() throws {
        let dir = try scratch()
        defer { try? FileManager.default.removeItem(at: dir) }
        let dict = dir.appendingPathComponent("broken.txt")
        try Data("好词 3\n坏词 three n\n".utf8).write(to: dict)
        let r = try segment(["--lexicon", dict.path], stdin: Array("好词".utf8))
        #expect(r.status == 65)
        #expect(r.stderr.contains("\(dict.path):2"))
        #expect(r.stdout.isEmpty)
    }

    @Test func badArgumentsAreUsageErrors() throws {
        #expect(try segment(["--jobs", "0"]).status == 64)
        #expect(try segment(["--format", "xml"]).status == 64)
    }

    @Test func jobsKeepOutputOrder() throws {
        let seeds = Self.root.appendingPathComponent("Corpus/seeds")
        let files = try FileManager.default.contentsOfDirectory(atPath: seeds.path).filter { $0.hasSuffix(".txt") }.sorted()
            .map { seeds.appendingPathComponent($0).path }
        try #require(!files.isEmpty)
        let one = try segment(["--jobs", "1"] + files)
        let two = try segment(["--jobs", "2"] + files)
        #expect(one.status == 0 && two.status == 0)
        #expect(one.stdout == two.stdout)
        let inputLines = try files.map { try String(contentsOfFile: $0, encoding: .utf8) }
            .map { $0.split(separator: "\n", omittingEmptySubsequences: false).count - ($0.hasSuffix("\n") ? 1 : 0) }
            .reduce(0, +)
        #expect(one.text.split(separator: "\n", omittingEmptySubsequences: false).count - 1 == inputLines)
    }

    @Test func tenMegabyteSingleLine() throws {
        let sentence = "创先争优活动中，基层党组织要做到五个好，党员要做到五带头；２００１年增长１０．３％。"
        let unit = Array(sentence.utf8)
        var input: [UInt8] = []
        input.reserveCapacity(10_500_000)
        while input.count < 10_000_000 { input.append(contentsOf: unit) }
        let r = try segment(["--jobs", "2"], stdin: input)
        #expect(r.status == 0)
        #expect(r.stdout.last == 0x0A && r.stdout.dropLast().firstIndex(of: 0x0A) == nil, "one output line")
        let tokens = r.stdout.dropLast().split(separator: 0x20)
        #expect(tokens.reduce(0) { $0 + $1.count } == input.count)
        let repeats = input.count / unit.count
        #expect(tokens.filter { Array($0) == Array("五个好".utf8) }.count == repeats)
        #expect(tokens.filter { Array($0) == Array("创先争优活动".utf8) }.count == repeats)
    }
}

extension SegmentCommandTests {
    @Test func emptyDictionariesFolderLeavesHanTextToICU() throws {
        let dir = try scratch()
        defer { try? FileManager.default.removeItem(at: dir) }
        try FileManager.default.createDirectory(at: dir.appendingPathComponent("lexicons"), withIntermediateDirectories: true)
        let r = try segment(["--dictionaries", dir.path], stdin: Array("创先争优活动2001年".utf8))
        #expect(r.status == 0)
        let words = r.text.split(separator: " ").map(String.init)
        #expect(!words.contains("创先争优活动"), "no domain lexicon loaded")
        #expect(words.last == "2001年\n")
        let missing = try segment(["--dictionaries", dir.appendingPathComponent("nope").path], stdin: Array("x".utf8))
        #expect(missing.status == 66 && missing.stderr.contains("nope"))
    }
}
