import Foundation
import TifaCore
import TifaExtract
@testable import TifaAnalyze

/// The package root (the folder holding Package.swift), found from this file.
let packageRoot: URL = {
    var url = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
    while !FileManager.default.fileExists(atPath: url.appendingPathComponent("Package.swift").path) {
        url.deleteLastPathComponent()
    }
    return url
}()

/// A fresh empty temporary folder.
func temporaryFolder(_ name: String = #function) -> URL {
    let url = FileManager.default.temporaryDirectory
        .appendingPathComponent("tifa-analyze-tests-\(getpid())-\(UUID().uuidString.prefix(8))")
    try? FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
    return url
}

/// Every file under a folder (relative path → bytes), without `timings.json`.
func folderContents(_ url: URL) -> [String: Data] {
    var out: [String: Data] = [:]
    let base = url.standardizedFileURL.path
    guard let e = FileManager.default.enumerator(atPath: base) else { return out }
    while let rel = e.nextObject() as? String {
        var isDir: ObjCBool = false
        FileManager.default.fileExists(atPath: base + "/" + rel, isDirectory: &isDir)
        if !isDir.boolValue && rel != "timings.json" { out[rel] = FileManager.default.contents(atPath: base + "/" + rel) }
    }
    return out
}

func readText(_ url: URL, _ rel: String) -> String {
    String(decoding: FileManager.default.contents(atPath: url.appendingPathComponent(rel).path) ?? Data(), as: UTF8.self)
}

/// A synthetic input: a document text with metadata, tokenised one character per token (no segmenter needed),
/// with the slogans, criteria and problems given. `nil` text means "unreadable" (skipped).
struct FakeItem: WorkItem {
    var path: String
    var text: String?
    var metadata: [String: String] = [:]
    var slogans: [SloganMention] = []
    var criteria: [CriteriaCoverage] = []
    var problems: [ProblemRow] = []
    var byteCount: Int { text?.utf8.count ?? 0 }
}

struct FakeWorker: DocumentWorker {
    func process(_ item: FakeItem) throws -> DocumentOutcome {
        guard let text = item.text else {
            return .skipped([Diagnostic(code: "ingest.unreadable", file: item.path, message: "cannot read \(item.path)")])
        }
        var counts: [String: Int] = [:]
        var kinds: [String: UInt8] = [:]
        for s in text.unicodeScalars where !s.properties.isWhitespace {
            let t = String(s)
            counts[t, default: 0] += 1
            kinds[t] = PunctuationTest.isPunctuation(t) ? TermKind.punctuation.bit : TermKind.word.bit
        }
        let terms = counts.keys.sorted { $0.utf8.lexicographicallyPrecedes($1.utf8) }
        let record = DocumentRecord(
            document: item.path, id: item.path, metadata: item.metadata, encoding: "UTF-8",
            sha256: ContentHash.sha256(text), bytes: text.utf8.count, characters: text.unicodeScalars.count,
            originalCharacters: text.unicodeScalars.count, tokens: counts.values.reduce(0, +), sentences: 1,
            qualityFlags: [], warnings: [], terms: terms, counts: terms.map { counts[$0]! },
            kinds: terms.map { kinds[$0]! }, slogans: item.slogans, criteria: item.criteria, problems: item.problems)
        struct Line: Encodable { var document: String; var text: String }
        return .analyzed(try AnalyzedDocument(record: record, extractionLine: try CanonicalJSON.line(Line(document: item.path, text: "")),
                                              textLine: try CanonicalJSON.line(Line(document: item.path, text: text))))
    }
}

let testStopwords = StopwordList(stamp: DataStamp(name: "test", version: "1", sha256: String(repeating: "0", count: 64)), words: ["的", "了"])

func testInfo(_ options: ReportOptions = ReportOptions()) -> RunInfo {
    RunInfo(icuVersion: "72.1", codebooks: [DataStamp(name: "cb", version: "1", sha256: String(repeating: "a", count: 64))], lexicons: [],
            stopwords: testStopwords.stamp,
            criteriaSets: [CodebookCriteriaSet(name: "五个好", items: ["领导班子好", "党员队伍好", "工作机制好", "工作业绩好", "群众反映好"])],
            options: options)
}

/// A small corpus of fake documents over three years and two regions, with one unreadable file.
func fakeCorpus() -> [FakeItem] {
    let base = ["我们的工作取得了很大成绩，领导班子好。", "存在形式主义问题，要防止松劲懈怠。", "“五个好”是基本要求，党员队伍好，群众反映好。",
                "经济发展,社会进步;人民生活改善!", "提高效率，\"加强\"管理，反对形式主义。"]
    var items: [FakeItem] = []
    for i in 0..<12 {
        let text = String(repeating: base[i % base.count], count: 1 + i % 3)
        var item = FakeItem(path: "corpus/doc\(String(format: "%02d", i)).txt", text: text,
                            metadata: ["year": String(2010 + i % 3), "region": i % 2 == 0 ? "东部" : "西部"])
        if i % 5 == 2 {
            item.criteria = [CriteriaCoverage(set: "五个好", named: true, items: ["党员队伍好", "群众反映好"], total: 5,
                                              source: "codebook", mentions: [
                                                  CriteriaMention(kind: "name", item: "五个好", text: "五个好", start: 1, end: 4),
                                                  CriteriaMention(kind: "item", item: "党员队伍好", text: "党员队伍好", start: 12, end: 17),
                                                  CriteriaMention(kind: "item", item: "群众反映好", text: "群众反映好", start: 18, end: 23)])]
            item.slogans = [SloganMention(text: "五个好", kind: .quoted, start: 1, end: 4)]
        }
        if i % 5 == 1 {
            item.problems = [ProblemRow(category: "形式主义", stance: "admitted", cue: "存在", section: "一、问题", sentence: "存在形式主义问题,", start: 2, end: 6),
                             ProblemRow(category: "松劲懈怠", stance: "warned", cue: "防止", section: "", sentence: "要防止松劲懈怠。", start: 11, end: 15)]
        }
        items.append(item)
    }
    items.append(FakeItem(path: "corpus/broken.bin", text: nil))
    return items
}

/// Runs the fake corpus into `folder`.
@discardableResult
func runFake(_ items: [FakeItem], to folder: URL, options: ReportOptions = ReportOptions(), partial: Bool = false,
             force: Bool = false, jobs: Int = 2) throws -> AnalysisResult {
    try Analysis.run(items: items, info: testInfo(options), stopwords: testStopwords,
                     output: OutputOptions(folder: folder, force: force, partial: partial), jobs: jobs, progress: nil,
                     makeWorker: { FakeWorker() })
}

/// Parses RFC 4180 CSV text into rows of fields (the reading side of `CSVWriter`).
func parseCSV(_ text: String) -> [[String]] {
    var rows: [[String]] = []
    var row: [String] = []
    var field = ""
    var quoted = false
    var chars = Array(text.unicodeScalars)[...]
    while let c = chars.popFirst() {
        if quoted {
            if c == "\"" {
                if chars.first == "\"" { field.unicodeScalars.append("\""); chars.removeFirst() } else { quoted = false }
            } else { field.unicodeScalars.append(c) }
        } else if c == "\"" { quoted = true
        } else if c == "," { row.append(field); field = ""
        } else if c == "\n" { row.append(field); rows.append(row); row = []; field = ""
        } else { field.unicodeScalars.append(c) }
    }
    if !field.isEmpty || !row.isEmpty { row.append(field); rows.append(row) }
    return rows
}
