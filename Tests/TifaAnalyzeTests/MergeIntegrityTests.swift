import Foundation
import Testing
import TifaCore
@testable import TifaAnalyze

/// `tifa merge` refuses damaged parts and parts made with different data files, naming the file.
@Suite struct MergeIntegrityTests {
    @Test func aDamagedRecordFileIsRefusedWithFileAndReason() throws {
        let dir = temporaryFolder()
        defer { try? FileManager.default.removeItem(at: dir) }
        let items = fakeCorpus()
        let p1 = dir.appendingPathComponent("p1"), p2 = dir.appendingPathComponent("p2")
        try runFake(Array(items.prefix(6)), to: p1, partial: true)
        try runFake(Array(items.suffix(6)), to: p2, partial: true)
        // Flip one byte in the middle of the second part's records.bin (lengths stay intact).
        let records = p2.appendingPathComponent("records.bin")
        var bytes = try Data(contentsOf: records)
        bytes[bytes.count / 2] ^= 0x5A
        try bytes.write(to: records)
        #expect {
            try Analysis.merge(parts: [p1, p2], stopwords: testStopwords, output: OutputOptions(folder: dir.appendingPathComponent("m")))
        } throws: { error in
            let d = (error as? TifaError)?.diagnostics.first
            return d?.code == "merge.damaged" && d?.file == records.path && d?.message.contains("SHA-256") == true
        }
        #expect(!FileManager.default.fileExists(atPath: dir.appendingPathComponent("m").path))
    }

    /// A part written in the old format (no checksums) is refused with the format, not a decoding error.
    @Test func anOldFormatPartIsRefusedByItsFormat() throws {
        let dir = temporaryFolder()
        defer { try? FileManager.default.removeItem(at: dir) }
        let part = dir.appendingPathComponent("p")
        try runFake(fakeCorpus(), to: part, partial: true)
        let header = part.appendingPathComponent("partial.json")
        let current = "\"format\":\(PartialState.currentFormat)"
        let original = try String(contentsOf: header, encoding: .utf8)
        try #require(original.contains(current))
        let text = original.replacingOccurrences(of: current, with: "\"format\":1")
        try text.write(to: header, atomically: true, encoding: .utf8)
        #expect {
            try Analysis.merge(parts: [part], stopwords: testStopwords, output: OutputOptions(folder: dir.appendingPathComponent("m")))
        } throws: { error in
            let d = (error as? TifaError)?.diagnostics.first
            return d?.code == "merge.format" && d?.message.contains("format 1") == true
        }
    }

    @Test func partsCleanedWithDifferentRulesAreRefusedNamingTheFile() throws {
        let dir = temporaryFolder()
        defer { try? FileManager.default.removeItem(at: dir) }
        let items = fakeCorpus()
        func info(_ version: String) -> RunInfo {
            var i = testInfo()
            i.cleaningRules = [DataStamp(name: "boilerplate", version: version, sha256: String(repeating: version, count: 64)),
                               DataStamp(name: "t2s-overrides", version: "1", sha256: String(repeating: "1", count: 64))]
            return i
        }
        for (name, version, part) in [("p1", "1", items.prefix(6)), ("p2", "2", items.suffix(6))] {
            try Analysis.run(items: Array(part), info: info(version), stopwords: testStopwords,
                             output: OutputOptions(folder: dir.appendingPathComponent(name), partial: true), jobs: 1,
                             progress: nil, makeWorker: { FakeWorker() })
        }
        #expect {
            try Analysis.merge(parts: [dir.appendingPathComponent("p1"), dir.appendingPathComponent("p2")],
                               stopwords: testStopwords, output: OutputOptions(folder: dir.appendingPathComponent("m")))
        } throws: { error in
            let d = (error as? TifaError)?.diagnostics.first
            return d?.code == "merge.mismatch" && d?.message.contains("cleaning rules boilerplate") == true
        }
    }

    /// A real setup stamps the cleaning rules it loaded into the run's description (and so into summary.json).
    @Test func theCleaningRulesAreStamped() throws {
        let setup = try AnalysisSetup.make(inputs: [], dictionaries: packageRoot.appendingPathComponent("Dictionaries"))
        #expect(setup.info.cleaningRules.map(\.name) == ["boilerplate", "t2s-overrides"])
        let text = try Data(contentsOf: packageRoot.appendingPathComponent("Dictionaries/normalize/boilerplate.tsv"))
        #expect(setup.info.cleaningRules.first?.sha256 == ContentHash.sha256(text))
    }

    @Test func aGroupColumnNoDocumentHasIsAnError() throws {
        let dir = temporaryFolder()
        defer { try? FileManager.default.removeItem(at: dir) }
        #expect {
            try runFake(fakeCorpus(), to: dir.appendingPathComponent("r"), options: ReportOptions(groupBy: ["regoin"]))
        } throws: { error in
            let d = (error as? TifaError)?.diagnostics.first
            return d?.code == "analyze.unknown-group" && d?.message.contains("region") == true
        }
    }
}
