import Foundation
import Testing
@testable import TifaDashboard
import TifaCore

/// The hand-made analysis folder whose every field holds markup, comments and script-closing text.
private let hostileFolder = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
    .appendingPathComponent("Fixtures/hostile")

private let hostileStrings = [
    #"<script>document.title="PWNED"</script>"#,
    #""><img src=x onerror="document.title=1">"#,
    "<!-- comment",
    #"</script><script>document.title="X"</script>"#,
]

/// The JSON text between the data element's tags.
private func dataBlock(_ page: String) throws -> String {
    let open = #"<script type="application/json" id="tifa-data">"#
    let start = try #require(page.range(of: open))
    let end = try #require(page.range(of: "</script>", range: start.upperBound..<page.endIndex))
    return String(page[start.upperBound..<end.lowerBound])
}

@Suite struct DashboardTests {
    @Test func hostileTextCannotBecomeMarkup() throws {
        let page = try Dashboard.html(analysisDirectory: hostileFolder)
        // Only the page's own two script elements and no comment: the data can neither close its element nor open one.
        #expect(page.components(separatedBy: "<script").count - 1 == 2)
        #expect(page.components(separatedBy: "</script>").count - 1 == 2)
        #expect(!page.contains("<!--"))
        #expect(!page.contains("<img"))
        let data = try dataBlock(page)
        #expect(!data.contains("<") && !data.contains(">") && !data.contains("&"))
        // The escaped data still means exactly the hostile strings.
        let object = try #require(try JSONSerialization.jsonObject(with: Data(data.utf8)) as? [String: Any])
        let slogans = try #require(object["slogans"] as? [String: Any])
        let rows = try #require(slogans["rows"] as? [[String]])
        #expect(rows.map { $0[0] } == [hostileStrings[0], hostileStrings[1]])
        let texts = try #require((object["texts"] as? [String: Any])?["lines"] as? [[String: Any]])
        #expect((texts[1]["text"] as? String)?.contains(hostileStrings[3]) == true)
        // The formalism panel's pair and texts, from reuse.csv and reuse-texts.jsonl, keep the hostile strings too.
        let reuse = try #require(object["reuse"] as? [String: Any])
        let pair = try #require((reuse["pairs"] as? [[String: Any]])?.first)
        #expect(pair["a"] as? String == "reports/" + hostileStrings[1] + ".txt")
        #expect(pair["earlier"] as? String == "reports/" + hostileStrings[1] + ".txt")
        let pairTexts = try #require((reuse["texts"] as? [String: Any])?["lines"] as? [[String: Any]])
        let first = try #require((pairTexts.first?["segments"] as? [[String: Any]])?.first?["text"] as? String)
        #expect(first.contains(hostileStrings[0]) && first.contains(hostileStrings[2]))
    }

    @Test func scriptRendersWithTextContentOnly() {
        #expect(!DashboardScript.source.contains("innerHTML"))
        #expect(!DashboardScript.source.contains("outerHTML"))
        #expect(!DashboardScript.source.contains("insertAdjacentHTML"))
        #expect(!DashboardScript.source.contains("document.write"))
    }

    /// The page script is a resource file; node parses it (a syntax error would leave every panel empty).
    @Test func scriptParses() throws {
        let file = FileManager.default.temporaryDirectory.appendingPathComponent("tifa-dashboard-\(UUID().uuidString).js")
        try Data(DashboardScript.source.utf8).write(to: file)
        defer { try? FileManager.default.removeItem(at: file) }
        let node = Process()
        node.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        node.arguments = ["node", "--check", file.path]
        let errors = Pipe()
        node.standardError = errors
        try node.run()
        node.waitUntilExit()
        let message = String(decoding: errors.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        #expect(node.terminationStatus == 0, "node --check: \(message)")
        #expect(DashboardScript.source.count > 10_000)
    }

    @Test func pageIsSelfContained() throws {
        let page = try Dashboard.html(analysisDirectory: hostileFolder)
        for remote in ["https://", "src=\"", "<link", "@import"] {
            #expect(!page.contains(remote), "page refers to \(remote)")
        }
        // The only http:// is the SVG namespace name, which loads nothing.
        #expect(page.components(separatedBy: "http://").count - 1 == 1)
        #expect(page.contains("http://www.w3.org/2000/svg"))
    }

    @Test func sameAnalysisGivesSameBytes() throws {
        #expect(try Dashboard.html(analysisDirectory: hostileFolder) == Dashboard.html(analysisDirectory: hostileFolder))
    }

    @Test func criteriaFoldIntoOneRowPerDocument() throws {
        let matrix = CriteriaMatrix()
        try DashboardFolder.feed(csv: hostileFolder.appendingPathComponent("criteria.csv"), into: matrix)
        let json = try matrix.json()
        let object = try #require(try JSONSerialization.jsonObject(with: Data(json.utf8)) as? [String: Any])
        let sets = try #require(object["sets"] as? [[String: Any]])
        #expect(sets.count == 1 && (sets[0]["items"] as? [String])?.count == 5)
        let rows = try #require(object["rows"] as? [[Any]])
        #expect(rows.count == 2)
        #expect((rows[0][1] as? [String: String])?["五个好"] == "1:10000")
        #expect((rows[1][1] as? [String: String])?["五个好"] == "0:00000")
    }

    @Test func problemsSumByCategoryAndStance() throws {
        let totals = ProblemTotals()
        try DashboardFolder.feed(csv: hostileFolder.appendingPathComponent("problems.csv"), into: totals)
        let json = try totals.json()
        #expect(json.contains(#"["形式主义","admitted","1","1"]"#))
    }

    @Test func trendsKeepEveryCodebookTermWhateverTheLimit() throws {
        var limits = Dashboard.Limits()
        limits.trendTerms = 0
        let page = try Dashboard.html(analysisDirectory: hostileFolder, limits: limits)
        let object = try #require(try JSONSerialization.jsonObject(with: Data(try dataBlock(page).utf8)) as? [String: Any])
        let trends = try #require(object["trends"] as? [String: Any])
        #expect(trends["periods"] as? [String] == ["2010", "2011"])
        #expect(trends["characters"] as? [Int] == [30, 30])
        let series = try #require(trends["series"] as? [[String: Any]])
        #expect(series.map { $0["term"] as? String } == ["形式主义"])
        #expect(series.first?["frequency"] as? [Int] == [1, 2])
        #expect(series.first?["codebook"] as? Bool == true)
        limits.trendTerms = 1
        let wider = try JSONSerialization.jsonObject(with: Data(try dataBlock(Dashboard.html(analysisDirectory: hostileFolder, limits: limits)).utf8)) as? [String: Any]
        #expect(((wider?["trends"] as? [String: Any])?["series"] as? [Any])?.count == 2)
    }

    @Test func codebookCategoriesTravelWithTheirWordings() throws {
        let codebook = DashboardCodebook(categories: [.init(name: "重承诺轻践诺", wordings: ["重承诺轻践诺", "重承诺,轻践诺"]),
                                                      .init(name: "empty", wordings: [])])
        let page = try Dashboard.html(analysisDirectory: hostileFolder, codebook: codebook)
        let object = try #require(try JSONSerialization.jsonObject(with: Data(try dataBlock(page).utf8)) as? [String: Any])
        let categories = try #require((object["codebook"] as? [String: Any])?["categories"] as? [[String: Any]])
        #expect(categories.count == 1)
        #expect(categories.first?["wordings"] as? [String] == ["重承诺轻践诺", "重承诺,轻践诺"])
        let without = try JSONSerialization.jsonObject(with: Data(try dataBlock(Dashboard.html(analysisDirectory: hostileFolder)).utf8)) as? [String: Any]
        #expect(without?["codebook"] is NSNull)
    }

    @Test func embeddedTextStopsAtItsLimitAndSaysSo() throws {
        var limits = Dashboard.Limits()
        limits.textBytes = 80
        let page = try Dashboard.html(analysisDirectory: hostileFolder, limits: limits)
        let object = try #require(try JSONSerialization.jsonObject(with: Data(try dataBlock(page).utf8)) as? [String: Any])
        let texts = try #require(object["texts"] as? [String: Any])
        #expect(texts["kept"] as? Int == 0 || texts["kept"] as? Int == 1)
        #expect(texts["total"] as? Int == 2)
    }

    @Test func missingAnalysisNamesTheFolder() throws {
        let empty = FileManager.default.temporaryDirectory.appendingPathComponent("tifa-dash-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: empty, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: empty) }
        #expect {
            try Dashboard.write(analysisDirectory: empty)
        } throws: { error in
            let d = (error as? TifaError)?.diagnostics.first
            return d?.code == "dashboard.not-found" && d?.file == empty.path
        }
        #expect(!FileManager.default.fileExists(atPath: empty.appendingPathComponent(Dashboard.fileName).path))
    }

    @Test func brokenJSONLinesNamesFileAndLine() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("tifa-dash-\(UUID().uuidString)")
        try FileManager.default.copyItem(at: hostileFolder, to: folder)
        defer { try? FileManager.default.removeItem(at: folder) }
        try Data("{\"document\":\"a\"}\nnot json\n".utf8).write(to: folder.appendingPathComponent("extractions.jsonl"))
        #expect {
            _ = try Dashboard.html(analysisDirectory: folder)
        } throws: { error in
            let d = (error as? TifaError)?.diagnostics.first
            return d?.code == "dashboard.json" && d?.line == 2 && d?.file.hasSuffix("extractions.jsonl") == true
        }
    }

    @Test func writesThePageIntoTheFolder() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("tifa-dash-\(UUID().uuidString)")
        try FileManager.default.copyItem(at: hostileFolder, to: folder)
        defer { try? FileManager.default.removeItem(at: folder) }
        try Dashboard.write(analysisDirectory: folder)
        try Dashboard.write(analysisDirectory: folder)  // replaces the page
        let written = try String(contentsOf: folder.appendingPathComponent(Dashboard.fileName), encoding: .utf8)
        #expect(written == (try Dashboard.html(analysisDirectory: folder)))
        let leftovers = try FileManager.default.contentsOfDirectory(atPath: folder.path).filter { $0.contains(".tmp-") }
        #expect(leftovers.isEmpty)
    }
}
