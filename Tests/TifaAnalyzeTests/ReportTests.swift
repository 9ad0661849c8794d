import Foundation
import Testing
import TifaCore
@testable import TifaAnalyze

@Suite struct ReportTests {
    let options = ReportOptions(groupBy: ["region", "year"], keynessTop: 20, trendTerms: 10)

    @Test func twoRunsGiveIdenticalBytes() throws {
        let dir = temporaryFolder()
        defer { try? FileManager.default.removeItem(at: dir) }
        try runFake(fakeCorpus(), to: dir.appendingPathComponent("a"), options: options, jobs: 2)
        try runFake(fakeCorpus().reversed(), to: dir.appendingPathComponent("b"), options: options, jobs: 1)
        let a = folderContents(dir.appendingPathComponent("a"))
        let b = folderContents(dir.appendingPathComponent("b"))
        #expect(a.keys.sorted() == b.keys.sorted())
        for (name, bytes) in a { #expect(bytes == b[name], "\(name) differs") }
        for name in ["summary.json", "documents.csv", "terms.csv", "slogans.csv", "criteria.csv", "problems.csv",
                     "extractions.jsonl", "texts.jsonl", "periods.csv", "trends.csv", "dtm/matrix.mtx", "dtm/terms.txt",
                     "dtm/documents.txt", "groups/region/keyness.csv", "groups/year/terms.csv", "groups/year/groups.csv",
                     "groups/region/criteria.csv", "groups/region/problems.csv"] {
            #expect(a[name] != nil, "\(name) missing")
        }
        #expect(FileManager.default.fileExists(atPath: dir.appendingPathComponent("a/timings.json").path))
        #expect(!FileManager.default.fileExists(atPath: dir.appendingPathComponent("a/.work").path))
    }

    @Test func splitAndMergeEqualsOneRun() throws {
        let dir = temporaryFolder()
        defer { try? FileManager.default.removeItem(at: dir) }
        let items = fakeCorpus()
        try runFake(items, to: dir.appendingPathComponent("whole"), options: options)
        // Uneven, interleaved split, the unreadable file in the second part.
        let first = items.enumerated().filter { $0.offset % 3 == 0 }.map(\.element)
        let second = items.enumerated().filter { $0.offset % 3 != 0 }.map(\.element)
        try runFake(second, to: dir.appendingPathComponent("p2"), options: options, partial: true)
        try runFake(first, to: dir.appendingPathComponent("p1"), options: options, partial: true)
        #expect(FileManager.default.fileExists(atPath: dir.appendingPathComponent("p1/partial.json").path))
        try Analysis.merge(parts: [dir.appendingPathComponent("p2"), dir.appendingPathComponent("p1")],
                           stopwords: testStopwords, output: OutputOptions(folder: dir.appendingPathComponent("merged")))
        let whole = folderContents(dir.appendingPathComponent("whole"))
        let merged = folderContents(dir.appendingPathComponent("merged"))
        #expect(whole.keys.sorted() == merged.keys.sorted())
        for (name, bytes) in whole { #expect(bytes == merged[name], "\(name) differs after merge") }
    }

    @Test func mergeRefusesADocumentInTwoParts() throws {
        let dir = temporaryFolder()
        defer { try? FileManager.default.removeItem(at: dir) }
        let items = Array(fakeCorpus().prefix(4))
        try runFake(items, to: dir.appendingPathComponent("p1"), partial: true)
        try runFake(Array(items.suffix(2)), to: dir.appendingPathComponent("p2"), partial: true)
        #expect { try Analysis.merge(parts: [dir.appendingPathComponent("p1"), dir.appendingPathComponent("p2")],
                                     stopwords: testStopwords, output: OutputOptions(folder: dir.appendingPathComponent("m")))
        } throws: { "\($0)".contains("merge.duplicate") }
        #expect(!FileManager.default.fileExists(atPath: dir.appendingPathComponent("m").path))
    }

    @Test func mergeRefusesPartsMadeWithOtherOptions() throws {
        let dir = temporaryFolder()
        defer { try? FileManager.default.removeItem(at: dir) }
        let items = fakeCorpus()
        try runFake(Array(items.prefix(3)), to: dir.appendingPathComponent("p1"), partial: true)
        try runFake(Array(items.suffix(3)), to: dir.appendingPathComponent("p2"), options: options, partial: true)
        #expect { try Analysis.merge(parts: [dir.appendingPathComponent("p1"), dir.appendingPathComponent("p2")],
                                     stopwords: testStopwords, output: OutputOptions(folder: dir.appendingPathComponent("m")))
        } throws: { "\($0)".contains("merge.mismatch") }
    }

    @Test func existingOutputIsRefusedUnlessForced() throws {
        let dir = temporaryFolder()
        defer { try? FileManager.default.removeItem(at: dir) }
        let out = dir.appendingPathComponent("report")
        try runFake(fakeCorpus(), to: out)
        try "keep".write(to: out.appendingPathComponent("mine.txt"), atomically: true, encoding: .utf8)
        #expect { try runFake(fakeCorpus(), to: out) } throws: { "\($0)".contains("output.exists") }
        #expect(FileManager.default.fileExists(atPath: out.appendingPathComponent("mine.txt").path))
        try runFake(fakeCorpus(), to: out, force: true)
        #expect(!FileManager.default.fileExists(atPath: out.appendingPathComponent("mine.txt").path))
        #expect(FileManager.default.fileExists(atPath: out.appendingPathComponent("summary.json").path))
        let leftovers = try FileManager.default.contentsOfDirectory(atPath: dir.path).filter { $0.hasPrefix(".") }
        #expect(leftovers.isEmpty)
    }

    @Test func failedRunsLeaveNoOutput() throws {
        let dir = temporaryFolder()
        defer { try? FileManager.default.removeItem(at: dir) }
        let out = dir.appendingPathComponent("report")
        #expect(throws: TifaError.self) {
            try runFake([FakeItem(path: "x.bin", text: nil)], to: out)
        }
        #expect(try FileManager.default.contentsOfDirectory(atPath: dir.path).isEmpty)
    }

    @Test func skippedFilesAreListedAndGoodOnesKept() throws {
        let dir = temporaryFolder()
        defer { try? FileManager.default.removeItem(at: dir) }
        let result = try runFake(fakeCorpus(), to: dir.appendingPathComponent("r"))
        #expect(result.documents == 12)
        #expect(result.skipped.map(\.file) == ["corpus/broken.bin"])
        let summary = try JSONSerialization.jsonObject(with: Data(readText(dir.appendingPathComponent("r"), "summary.json").utf8)) as! [String: Any]
        let skipped = summary["skipped"] as! [[String: Any]]
        #expect(skipped.count == 1)
        #expect(skipped[0]["file"] as? String == "corpus/broken.bin")
        #expect((summary["corpus"] as! [String: Any])["documents"] as? Int == 12)
        #expect((summary["inputs"] as! [Any]).count == 12)
    }

    @Test func tablesHoldTheCounts() throws {
        let dir = temporaryFolder()
        defer { try? FileManager.default.removeItem(at: dir) }
        let out = dir.appendingPathComponent("r")
        let items = fakeCorpus()
        try runFake(items, to: out, options: options)
        let docs = readText(out, "documents.csv").split(separator: "\n").map(String.init)
        #expect(docs[0] == "document,id,region,year,encoding,characters,tokens,sentences,slogans,slogans_per_10k,"
                + "coverage_五个好,named_五个好,problems_admitted,problems_warned,problems_mentioned,problems_unknown,"
                + "problems_形式主义_admitted,problems_松劲懈怠_warned,quality_flags,"
                + "word_tokens,word_types,ttr,mattr,mean_sentence_length,han_characters,common_character_share,reuse_share,reuse_partners,"
                + "commitments,commitments_concrete,commitments_deadline,commitments_concrete_rate,commitments_deadline_rate,"
                + "numbers_per_1k,dates_per_1k,places_per_1k,stock_phrases_per_1k,slogans_per_1k,"
                + "problems_admitted_specific,problems_admitted_remedied")
        #expect(docs.count == 13)
        #expect(docs[1].hasPrefix("corpus/doc00.txt,corpus/doc00.txt,东部,2010,UTF-8,"))
        #expect(docs[3].contains(",2/5,1,"))   // doc02 states two of five items and names the set
        #expect(docs[2].contains(",0/5,0,1,1,0,0,1,1,"))
        // criteria.csv: 12 documents × 5 items, zeros included.
        let criteria = readText(out, "criteria.csv").split(separator: "\n")
        #expect(criteria.count == 1 + 12 * 5)
        #expect(criteria.contains("corpus/doc02.txt,五个好,党员队伍好,1,1,1"))
        #expect(criteria.contains("corpus/doc02.txt,五个好,领导班子好,1,0,0"))
        // terms.csv: frequencies add up to the tokens; punctuation and stopwords flagged.
        let terms = parseCSV(readText(out, "terms.csv")).dropFirst()
        #expect(terms.allSatisfy { $0.count == 10 })
        let total = terms.reduce(0) { $0 + Int($1[2])! }
        let summary = readText(out, "summary.json")
        #expect(summary.contains("\"tokens\" : \(total)"))
        #expect(terms.first { $0[0] == "的" }?[7] == "1")
        #expect(terms.first { $0[0] == "。" }?[8] == "1")
        #expect(terms.first { $0[0] == "形" }?[8] == "0")
        // slogans.csv and problems.csv
        #expect(readText(out, "slogans.csv") == "text,kind,frequency,documents,first_date,last_date\n五个好,quoted,2,2,2011,2012\n")
        #expect(readText(out, "problems.csv").contains("corpus/doc01.txt,形式主义,,admitted,存在,一、问题,\"存在形式主义问题,\",2,6\n"))
        // groups: keyness rows carry raw counts that add up to the corpus frequency.
        let keyness = parseCSV(readText(out, "groups/year/keyness.csv")).dropFirst()
        #expect(!keyness.isEmpty)
        for f in keyness {
            let term = terms.first { $0[0] == f[1] }!
            #expect(Int(f[3])! + Int(f[4])! == Int(term[2])!)
            #expect(Double(f[7])! >= 3.84)
        }
        #expect(readText(out, "periods.csv").split(separator: "\n").count == 4)
    }

    @Test func monthlyTrendsUseFullDatesOnly() throws {
        let dir = temporaryFolder()
        defer { try? FileManager.default.removeItem(at: dir) }
        let items = [
            FakeItem(path: "a.txt", text: "形式主义形式主义。", metadata: ["date": "2011-05-03"]),
            FakeItem(path: "b.txt", text: "形式主义。", metadata: ["date": "2011-05-20"]),
            FakeItem(path: "c.txt", text: "发展。", metadata: ["date": "2011-07-01"]),
            FakeItem(path: "d.txt", text: "发展。", metadata: ["year": "2012"]),
        ]
        let out = dir.appendingPathComponent("r")
        try runFake(items, to: out, options: ReportOptions(period: "month", trendTerms: 10))
        let periods = parseCSV(readText(out, "periods.csv"))
        #expect(periods.dropFirst().map { $0[0] } == ["2011-05", "2011-07"])
        #expect(periods[1][1] == "2")
        let trends = parseCSV(readText(out, "trends.csv"))
        #expect(trends.contains(["2011-05", "形", "3", NumberText.per10k(3, 14), "2"]))
        #expect(trends.contains(["2011-07", "形", "0", "0.0000", "0"]))
        let summary = readText(out, "summary.json")
        #expect(summary.contains("\"first\" : \"2011-05-03\""))
        #expect(summary.contains("\"last\" : \"2012\""))
    }

    @Test func documentTermMatrixLoadsInScipy() throws {
        let dir = temporaryFolder()
        defer { try? FileManager.default.removeItem(at: dir) }
        let out = dir.appendingPathComponent("r")
        try runFake(fakeCorpus(), to: out)
        let terms = readText(out, "dtm/terms.txt").split(separator: "\n").map(String.init)
        let documents = readText(out, "dtm/documents.txt").split(separator: "\n")
        #expect(documents.count == 12)
        let script = """
        import scipy.io,sys
        m = scipy.io.mmread(sys.argv[1]).tocsr()
        terms = open(sys.argv[2], encoding='utf-8').read().splitlines()
        print(m.shape[0], m.shape[1], int(m.sum()), int(m[0, terms.index('的')]))
        """
        guard pythonHas("scipy") else { return }
        do {
            let printed = python(["-c", script, out.appendingPathComponent("dtm/matrix.mtx").path,
                                  out.appendingPathComponent("dtm/terms.txt").path])
            let tokens = fakeCorpus()[0].text!.unicodeScalars.filter { !$0.properties.isWhitespace }.count
            let de = fakeCorpus()[0].text!.unicodeScalars.filter { $0 == "的" }.count
            let summary = readText(out, "summary.json")
            let total = summary.split(separator: "\n").first { $0.contains("\"tokens\"") }!.filter(\.isNumber)
            #expect(printed == "12 \(terms.count) \(total) \(de)\n")
            #expect(tokens > 0)
        }
    }
}

@Suite struct SchemaTests {
    @Test func summaryMatchesItsSchema() throws {
        let dir = temporaryFolder()
        defer { try? FileManager.default.removeItem(at: dir) }
        let out = dir.appendingPathComponent("r")
        try runFake(fakeCorpus(), to: out, options: ReportOptions(groupBy: ["year"]))
        let script = """
        import json, sys, jsonschema
        schema = json.load(open(sys.argv[1], encoding='utf-8'))
        jsonschema.validate(json.load(open(sys.argv[2], encoding='utf-8')), schema)
        print('ok')
        """
        let schema = packageRoot.appendingPathComponent("schemas/summary.schema.json").path
        guard pythonHas("jsonschema") else { return }
        #expect(python(["-c", script, schema, out.appendingPathComponent("summary.json").path]) == "ok\n")
    }
}
