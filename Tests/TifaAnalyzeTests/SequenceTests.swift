import Foundation
import Testing
import TifaCore
@testable import TifaAnalyze

/// N-grams, collocations, tokens files, stopword lists and numerals, through the real pipeline.
@Suite struct SequenceTests {
    /// Writes the texts as files `d0.txt`, `d1.txt` … and returns their paths.
    func corpus(_ texts: [String], in dir: URL) throws -> [String] {
        let folder = dir.appendingPathComponent("in")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        return try texts.enumerated().map { i, text in
            let url = folder.appendingPathComponent("d\(i).txt")
            try text.write(to: url, atomically: true, encoding: .utf8)
            return url.path
        }
    }

    func analyze(_ inputs: [String], to out: URL, options: ReportOptions, partial: Bool = false,
                 stopwordFiles: [String] = []) throws {
        let setup = try AnalysisSetup.make(inputs: inputs, options: options, stopwordFiles: stopwordFiles)
        let components = setup.components
        try Analysis.run(items: setup.items, skipped: setup.skipped, info: setup.info, stopwords: setup.stopwords,
                         output: OutputOptions(folder: out, partial: partial), jobs: 2, progress: nil,
                         makeWorker: { try AnalysisWorker(components: components) })
    }

    static var lowMinimum: ReportOptions {
        var o = ReportOptions()
        o.ngramMinFrequency = 1
        o.collocationMinCount = 1
        return o
    }

    @Test func ngramsStopAtSentenceEndsStopwordsAndPunctuation() throws {
        let dir = temporaryFolder()
        defer { try? FileManager.default.removeItem(at: dir) }
        // 经济 发展 adjacent twice; split by a comma, by 和 (a stopword) and by a sentence end once each.
        let inputs = try corpus(["经济发展。经济，发展。经济和发展。经济。发展。我们的经济发展很快。"], in: dir)
        let out = dir.appendingPathComponent("r")
        try analyze(inputs, to: out, options: Self.lowMinimum)
        let rows = parseCSV(readText(out, "ngrams.csv"))
        #expect(rows[0] == ["n", "ngram", "frequency", "per_10k", "documents"])
        let bigram = rows.first { $0[1] == "经济 发展" }
        #expect(bigram?[0] == "2")
        #expect(bigram?[2] == "2")
        #expect(bigram?[4] == "1")
        #expect(!rows.contains { $0[1].hasPrefix("和 ") || $0[1].hasSuffix(" 和") || $0[1].contains("，") })
        #expect(rows.contains { $0[0] == "3" && $0[1] == "经济 发展 很快" })
    }

    @Test func collocationsCountWindowsInsideSentencesOnly() throws {
        let dir = temporaryFolder()
        defer { try? FileManager.default.removeItem(at: dir) }
        let together = String(repeating: "坚决反对形式主义和官僚主义。", count: 3)
        let apart = String(repeating: "形式主义。官僚主义。", count: 4)
        let inputs = try corpus([together, apart, "今年粮食产量增加，工业生产稳定增长，市场供应充足。"], in: dir)
        let out = dir.appendingPathComponent("r")
        try analyze(inputs, to: out, options: Self.lowMinimum)
        let rows = parseCSV(readText(out, "collocations.csv"))
        #expect(rows[0] == ["node", "collocate", "cooccurrences", "expected", "node_frequency", "collocate_frequency",
                            "window_tokens", "g2", "pmi", "t_score", "dice"])
        let pair = try #require(rows.first { $0[0] == "形式主义" && $0[1] == "官僚主义" })
        #expect(pair[2] == "3")          // only the three sentences where both stand
        #expect(pair[4] == "7")          // node frequency
        #expect(pair[5] == "7")          // collocate frequency
        // Windows: 3 × (坚决 反对 官僚主义) = 9 positions; the lone sentences add none.
        #expect(pair[6] == "9")
        // Dice = 2·3 / (7 + 7).
        #expect(pair[10] == "0.428571")
    }

    /// The target: on the government work reports (when the shared corpus is there), the first
    /// collocate of 形式主义 by G² is 官僚主义.
    @Test func formalismCollocatesWithBureaucratismFirst() throws {
        let reports = packageRoot.deletingLastPathComponent().appendingPathComponent("shared/corpora/gov-work-reports").path
        guard FileManager.default.fileExists(atPath: reports) else { return }
        let setup = try AnalysisSetup.make(inputs: [reports], sequence: SequenceOptions(ngramSizes: [], nodes: ["形式主义"]),
                                           forcedTerms: ["形式主义"])
        let components = setup.components
        let (totals, _) = try QuickLook.run(items: setup.items, jobs: 2, progress: nil,
                                            makeWorker: { try AnalysisWorker(components: components) }, keep: { _ in () })
        let rows = SequenceReport.rows(totals, minCount: 3)
        #expect(rows.first?.key == CollocationKey(node: "形式主义", collocate: "官僚主义"))
    }

    @Test func associationMeasuresFollowTheirFormulas() {
        // O11 = 10, R1 = 100, C1 = 20, N = 1000: E11 = 2; cells O = 10, 90, 10, 890 against E = 2, 98, 18, 882.
        let a = Association(observed: 10, windowTokens: 100, collocateFrequency: 20, nodeFrequency: 15, total: 1000)
        #expect(abs(a.expected - 2) < 1e-12)
        #expect(abs(a.pmi - 2.321928) < 1e-6)
        #expect(abs(a.tScore - 2.529822) < 1e-6)
        #expect(abs(a.g2 - 21.176963) < 1e-5)
        #expect(abs(a.dice - 20.0 / 35.0) < 1e-12)
        #expect(a.isAttracted)
        #expect(!Association(observed: 1, windowTokens: 100, collocateFrequency: 50, nodeFrequency: 5, total: 1000).isAttracted)
    }

    @Test func numeralsDatesAndYearsAreRecognised() {
        for n in ["一九五八年", "1958年", "百分之五", "第三", "10.3%", "三点五", "二〇二〇年代", "５月", "两千多", "百余"] {
            #expect(NumeralTest.isNumeral(n), "\(n)")
        }
        for w in ["十分", "万一", "千万", "一定", "统一", "年", "第", "点", "百姓", "万岁", "一些"] {
            #expect(!NumeralTest.isNumeral(w), "\(w)")
        }
    }

    @Test func tokensFileStopwordListsAndMergeAgree() throws {
        let dir = temporaryFolder()
        defer { try? FileManager.default.removeItem(at: dir) }
        let texts = ["我们要坚决反对形式主义，克服官僚主义。1958年粮食增产百分之五。",
                     "形式主义害人不浅。我们的工作必须改进。",
                     "二〇二〇年经济发展很快，人民生活改善。"]
        let inputs = try corpus(texts, in: dir)
        let extra = dir.appendingPathComponent("mine.txt")
        try "\u{FEFF}工作\r\n人民\n".write(to: extra, atomically: true, encoding: .utf8)
        var options = Self.lowMinimum
        options.tokens = true
        options.dropNumbers = true
        let one = dir.appendingPathComponent("one")
        try analyze(inputs, to: one, options: options, stopwordFiles: [extra.path])
        try analyze([inputs[0]], to: dir.appendingPathComponent("p1"), options: options, partial: true, stopwordFiles: [extra.path])
        try analyze(Array(inputs.dropFirst()), to: dir.appendingPathComponent("p2"), options: options, partial: true,
                    stopwordFiles: [extra.path])
        let setup = try AnalysisSetup.make(inputs: [], stopwordFiles: [extra.path])
        try Analysis.merge(parts: [dir.appendingPathComponent("p2"), dir.appendingPathComponent("p1")], stopwords: setup.stopwords,
                           output: OutputOptions(folder: dir.appendingPathComponent("m")))
        let a = folderContents(one), b = folderContents(dir.appendingPathComponent("m"))
        #expect(a.keys.sorted() == b.keys.sorted())
        for (name, bytes) in a { #expect(bytes == b[name], "\(name) differs after merge") }

        let lines = readText(one, "tokens/tokens.txt").split(separator: "\n", omittingEmptySubsequences: false)
        #expect(lines.count == 4 && lines[3].isEmpty)
        #expect(readText(one, "tokens/documents.txt") == inputs.map { $0 + "\n" }.joined())
        let first = lines[0].split(separator: " ").map(String.init)
        #expect(first.contains("形式主义") && first.contains("官僚主义"))
        for gone in ["，", "。", "我们", "1958年", "百分之五"] { #expect(!first.contains(gone), "\(gone)") }
        #expect(!lines[1].split(separator: " ").contains("工作"))   // the user's stopword
        // summary.json records both lists, and terms.csv flags the user's words and numerals.
        let summary = try JSONSerialization.jsonObject(with: Data(readText(one, "summary.json").utf8)) as! [String: Any]
        let lists = try #require(summary["stopword_lists"] as? [[String: String]])
        #expect(lists.map { $0["name"] } == ["zh-function-words", "mine.txt"])
        #expect(lists[1]["sha256"] == ContentHash.sha256(try Data(contentsOf: extra)))
        let terms = parseCSV(readText(one, "terms.csv"))
        #expect(terms[0].last == "numeral")
        #expect(terms.first { $0[0] == "人民" }?[7] == "1")
        #expect(terms.first { $0[0] == "工作" }?[7] == "1")
        #expect(terms.first { $0[0] == "1958年" }?[9] == "1")
        #expect(!parseCSV(readText(one, "ngrams.csv")).contains { $0[1].contains("1958年") })
    }

    @Test func tokensCanKeepPunctuationAndStopwords() throws {
        let dir = temporaryFolder()
        defer { try? FileManager.default.removeItem(at: dir) }
        let inputs = try corpus(["我们的工作，很好。"], in: dir)
        var options = ReportOptions()
        options.tokens = true
        options.tokensKeep = ["punctuation", "stopwords"]
        let out = dir.appendingPathComponent("r")
        try analyze(inputs, to: out, options: options)
        let tokens = readText(out, "tokens/tokens.txt").split(separator: " ").map { $0.trimmingCharacters(in: .newlines) }
        #expect(tokens.contains("。") && tokens.contains("的"))
    }

    @Test func lexicalMeasuresFollowTheirFormulas() {
        // 600 word tokens cycling through 300 types: TTR = 0.5; every 500-token window holds 300 types.
        var m = LexicalMeasures()
        let sequence = (0..<600).map { Int32($0 % 300) }
        m.countWords(tokenTerm: sequence + [-1], word: Array(repeating: true, count: 300))
        #expect(m.wordTokens == 600 && m.wordTypes == 300)
        #expect(m.mattrMillionths == 600_000)
        // Below the window, MATTR is the plain TTR.
        var short = LexicalMeasures()
        short.countWords(tokenTerm: [0, 1, 1, 2], word: [true, true, false])
        #expect(short.wordTokens == 3 && short.wordTypes == 2 && short.mattrMillionths == 666_667)
    }
}

@Suite struct CommonCharacterTests {
    @Test func shippedListHasTheThreeThousandFiveHundredCharacters() throws {
        let list = try CommonCharacters.load(path: packageRoot.appendingPathComponent("Dictionaries/characters/common.txt").path)
        #expect(list.count == 3500)
        #expect(list.stamp.name == "tongyong-guifan-level1")
        for c in "一乙二十的国人民" { #expect(list.contains(c.unicodeScalars.first!)) }
        for c in "曌囍犇" { #expect(!list.contains(c.unicodeScalars.first!)) }
    }

    @Test func bitTableAnswersAsTheSet() {
        let members: Set<Unicode.Scalar> = ["一", "\u{4E00}", "\u{9FFF}", "\u{20000}", "\u{FFFF}", "\u{3400}"]
        let list = CommonCharacters(stamp: DataStamp(name: "t", version: "1", sha256: ""), characters: members)
        for v in [0, 0x3FF, 0x3400, 0x3401, 0x4DFF, 0x4E00, 0x4E01, 0x9FFF, 0xFFFF, 0x1_0000, 0x2_0000, 0x2_0001] as [UInt32] {
            guard let s = Unicode.Scalar(v) else { continue }
            #expect(list.contains(s) == members.contains(s), "U+\(String(v, radix: 16))")
        }
    }

    @Test func scalarPropertyFastPathsAgreeWithTheProperties() {
        var wrong: [String] = []
        for v in UInt32(0)...UInt32(0x10FFFF) {
            guard let s = Unicode.Scalar(v) else { continue }
            let punctuation: Bool = switch s.properties.generalCategory {
            case .connectorPunctuation, .dashPunctuation, .openPunctuation, .closePunctuation, .initialPunctuation,
                 .finalPunctuation, .otherPunctuation, .mathSymbol, .currencySymbol, .modifierSymbol, .otherSymbol: true
            default: false
            }
            if ScalarProperties.isIdeographic(s) != s.properties.isIdeographic
                || ScalarProperties.isWhitespace(v) != s.properties.isWhitespace
                || ScalarProperties.isPunctuationOrSymbol(s) != punctuation { wrong.append("U+\(String(v, radix: 16))") }
        }
        #expect(wrong.isEmpty, "\(wrong.prefix(20))")
    }

    @Test func badListsNameFileAndLine() throws {
        let dir = temporaryFolder()
        defer { try? FileManager.default.removeItem(at: dir) }
        let path = dir.appendingPathComponent("c.txt").path
        try "# name: x\n# version: 1\n一二\nab一\n".write(toFile: path, atomically: true, encoding: .utf8)
        #expect {
            try CommonCharacters.load(path: path)
        } throws: { error in
            let text = "\(error)"
            return text.contains("c.txt:4") && text.contains("'a' is not a Han character") && text.contains("duplicate character '一'")
        }
    }
}
