import Foundation
import Testing
import TifaCore
import TifaDashboard
@testable import TifaAnalyze

/// The page `tifa analyze` builds from the run's own tables equals the page `tifa dashboard` rebuilds from the saved
/// folder, byte for byte, limits and truncation included.
@Suite struct DashboardInputTests {
    /// Limits small enough that every cut (rows, bytes, trend terms) happens on the fake corpus.
    static var smallLimits: Dashboard.Limits {
        var limits = Dashboard.Limits()
        limits.terms = 7
        limits.slogans = 1
        limits.extractionBytes = 200
        limits.textBytes = 300
        limits.trendTerms = 3
        return limits
    }

    /// The fake corpus with dates, so periods and trends are filled.
    static func datedCorpus() -> [FakeItem] {
        fakeCorpus().map { item in
            var item = item
            if let year = item.metadata["year"] { item.metadata["date"] = "\(year)-0\(1 + item.path.count % 9)-15" }
            return item
        }
    }

    static func run(_ items: [FakeItem], to folder: URL, options: ReportOptions, limits: Dashboard.Limits) throws -> DashboardInput {
        let input = DashboardInput(limits: limits)
        try Analysis.run(items: items, info: testInfo(options), stopwords: testStopwords,
                         output: OutputOptions(folder: folder), jobs: 2, progress: nil,
                         makeWorker: { FakeWorker() }, dashboard: input)
        return input
    }

    @Test(arguments: [false, true])
    func runPageEqualsPageRebuiltFromTheFolder(small: Bool) throws {
        let dir = temporaryFolder("dashboard-input-\(small)"), out = dir.appendingPathComponent("out")
        defer { try? FileManager.default.removeItem(at: dir) }
        let limits = small ? Self.smallLimits : Dashboard.Limits()
        let input = try Self.run(Self.datedCorpus(), to: out, options: ReportOptions(groupBy: ["year", "region"]), limits: limits)
        let codebook = DashboardCodebook(categories: [.init(name: "形式主义", wordings: ["形式主义"])])

        let fromRun = try Dashboard.html(input, codebook: codebook)
        let fromFolder = try Dashboard.html(analysisDirectory: out, codebook: codebook, limits: limits)
        #expect(fromRun == fromFolder)

        // The comparison covers filled panels, not nulls.
        let data = try FormalismPanelTests.payload(fromRun)
        for key in ["summary", "documents", "terms", "slogans", "periods", "criteria", "problems", "trends", "extractions",
                    "texts", "reuse"] {
            #expect(!(data[key] is NSNull), "\(key) is null")
        }
        let groups = try #require(data["groups"] as? [[String: Any]])
        #expect(groups.map { $0["column"] as? String } == ["region", "year"])
        #expect(groups.allSatisfy { $0["keyness"] != nil && $0["criteria"] != nil })
        let texts = try #require(data["texts"] as? [String: Any])
        #expect(texts["total"] as? Int == 12)
        #expect((texts["kept"] as? Int).map { small ? $0 < 12 : $0 == 12 } == true)
        let terms = try #require(data["terms"] as? [String: Any])
        #expect((terms["rows"] as? [Any])?.count == (small ? 7 : terms["total"] as? Int))
    }

    @Test func withoutTextsBothPagesHaveNoTexts() throws {
        let dir = temporaryFolder(), out = dir.appendingPathComponent("out")
        defer { try? FileManager.default.removeItem(at: dir) }
        var options = ReportOptions()
        options.texts = false
        let input = try Self.run(Self.datedCorpus(), to: out, options: options, limits: Dashboard.Limits())
        let fromRun = try Dashboard.html(input)
        #expect(fromRun == (try Dashboard.html(analysisDirectory: out)))
        let data = try FormalismPanelTests.payload(fromRun)
        #expect(data["texts"] is NSNull)
        #expect((data["reuse"] as? [String: Any])?["texts"] is NSNull)
    }
}
