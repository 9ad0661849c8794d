import Foundation
import Testing
@testable import TifaAnalyze
import TifaCore
import TifaExtract
import TifaFormalism
@testable import TifaIngest
import ZIPFoundation

/// Seeded random-mutation fuzzing of every parser that reads user files: the text decoder, HTML, .docx, JSON
/// Lines, the manifest CSV, the codebook YAML loader and the record store's binary records (records.bin,
/// formalism.bin). Each runs 10,000 mutated inputs (bit flips, byte
/// insertions and deletions, spliced copies, markup and escape tokens) and must neither crash nor hang, and
/// must give a result or diagnostics whose codes are registered in `DiagnosticCode`.
@Suite struct ParserFuzzTests {
    static let rounds = 10_000

    /// A deterministic generator (SplitMix64), so a failure repeats with the same seed.
    struct Mutator {
        private var state: UInt64
        init(seed: UInt64) { state = seed }

        mutating func next() -> UInt64 {
            state &+= 0x9E37_79B9_7F4A_7C15
            var z = state
            z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
            z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
            return z ^ (z >> 31)
        }

        mutating func below(_ n: Int) -> Int { n <= 1 ? 0 : Int(next() % UInt64(n)) }

        /// Tokens that stress parsers: markup, quotes, escapes, separators, invalid and multi-byte UTF-8.
        static let tokens: [[UInt8]] = ["<", ">", "</", "<!--", "&#", "&#x1F600;", "&lt;", "\"", "'", ",", "\n", "\r\n", "{", "}",
                                        "[", "]", ":", "- ", "*a", "&a", "!!binary", "\\u", "\\", "<w:p>", "</w:t>", "<script>"]
            .map { Array($0.utf8) } + [[0x00], [0xFF], [0xC0, 0x80], [0xE4, 0xB8], [0xED, 0xA0, 0x80], [0xEF, 0xBB, 0xBF], [0x81, 0x30]]

        /// One to four random edits of `input`.
        mutating func mutate(_ input: [UInt8]) -> [UInt8] {
            var b = input
            for _ in 0...below(4) {
                switch below(6) {
                case 0 where !b.isEmpty:
                    b[below(b.count)] ^= UInt8(1 << below(8))
                case 1:
                    b.insert(UInt8(truncatingIfNeeded: next()), at: below(b.count + 1))
                case 2 where !b.isEmpty:
                    let start = below(b.count)
                    b.removeSubrange(start..<min(b.count, start + 1 + below(8)))
                case 3 where !b.isEmpty:
                    let start = below(b.count), length = min(b.count - start, 1 + below(16))
                    b.insert(contentsOf: Array(b[start..<(start + length)]), at: below(b.count + 1))
                case 4:
                    b.insert(contentsOf: Self.tokens[below(Self.tokens.count)], at: below(b.count + 1))
                default:
                    if !b.isEmpty { b.removeLast(below(min(b.count, 8)) + 1) }
                }
            }
            return b
        }
    }

    /// Runs `body` on `rounds` mutations of the seeds; `body` returns the diagnostics it got (empty: a result).
    func fuzz(seed: UInt64, _ seeds: [[UInt8]], _ body: ([UInt8]) -> [Diagnostic]) {
        var m = Mutator(seed: seed)
        var unnamed: [String] = []
        for k in 0..<Self.rounds {
            let input = m.mutate(seeds[k % seeds.count])
            for d in body(input) where DiagnosticCode(rawValue: d.code) == nil || d.message.isEmpty {
                unnamed.append("round \(k): \(d)")
            }
        }
        #expect(unnamed.isEmpty, "diagnostics without a registered code: \(unnamed.prefix(5))")
    }

    @Test func textDecoder() {
        let text = "各级党组织要深入开展创先争优活动。\n"
        let seeds: [[UInt8]] = [Array(text.utf8), [0xFF, 0xFE] + Array(text.utf16).flatMap { [UInt8($0 & 0xFF), UInt8($0 >> 8)] },
                                Array(text.data(using: String.Encoding(rawValue: 0x8000_0632)) ?? Data()),
                                Array("各級黨組織".data(using: String.Encoding(rawValue: 0x8000_0A03)) ?? Data())]
        fuzz(seed: 1, seeds) { bytes in
            do throws(TifaError) {
                let d = try TextDecoder.decode(bytes, file: "f.txt")
                return d.scalars.count <= bytes.count ? [] : [Diagnostic(code: "fuzz.growth", file: "f.txt", message: "more characters than bytes")]
            } catch { return error.diagnostics }
        }
    }

    @Test func html() {
        let seeds = ["<html><head><meta charset=\"gb2312\"><title>讲话</title><script>var a=\"<p>\";</script></head>"
                     + "<body><nav>首页</nav><p>a &lt; b 和 c > d&nbsp;。</p><!-- x --><br/></body></html>",
                     "<p>整治<b>形式主义</b>&#24418;&#x5F0F;</p><style>p{}</style><div>乙"].map { Array($0.utf8) }
        fuzz(seed: 2, seeds) { bytes in
            _ = HTMLText.usableDeclaredCharset(bytes)
            _ = HTMLText.extract(Array(String(decoding: bytes, as: UTF8.self).unicodeScalars))
            return HTMLText.charsetNote(bytes, file: "p.html").map { [$0] } ?? []
        }
    }

    @Test func docx() throws {
        let xml = Data(("<?xml version=\"1.0\" encoding=\"UTF-8\"?><w:document xmlns:w=\"http://schemas.openxmlformats.org/"
            + "wordprocessingml/2006/main\"><w:body><w:p><w:r><w:t>党员要做到五带头。</w:t><w:tab/></w:r></w:p></w:body></w:document>").utf8)
        var seeds: [[UInt8]] = []
        for method in [CompressionMethod.deflate, .none] {
            let archive = try Archive(data: Data(), accessMode: .create)
            try archive.addEntry(with: "word/document.xml", type: .file, uncompressedSize: Int64(xml.count), compressionMethod: method) {
                xml.subdata(in: Int($0)..<(Int($0) + $1))
            }
            seeds.append([UInt8](archive.data ?? Data()))
        }
        fuzz(seed: 3, seeds) { bytes in
            do throws(TifaError) {
                _ = try DocxText.extract(bytes, file: "d.docx", maxUncompressed: 1 << 20)
                return []
            } catch { return error.diagnostics }
        }
    }

    @Test func jsonLines() {
        let seeds = ["{\"id\":\"a\",\"text\":\"第一条。\",\"year\":2001,\"metadata\":{\"region\":\"甲\"}}\n{\"text\":\"第二条\\u0041\"}\n",
                     "{\"text\":[1,2],\"id\":null}\n\n{\"text\":\"三\",\"x\":true}"].map { Array($0.utf8) }
        fuzz(seed: 4, seeds) { bytes in
            JSONLines.records(bytes, file: "r.jsonl", textField: "text", idField: "id", maxSize: 256).compactMap {
                if case .skipped(let d) = $0 { return d } else { return nil }
            }
        }
    }

    @Test func manifestCSV() {
        let seeds = ["path,id,region,date\na.txt,x1,甲,2010年5月20日\n\"b,c.txt\",x2,\"乙\"\"丙\",2011\n",
                     "id,unit\nr1,县委\nr2,\"多行\n单位\"\n"].map { Array($0.utf8) }
        fuzz(seed: 5, seeds) { bytes in
            do throws(TifaError) {
                return try Manifest(text: String(decoding: bytes, as: UTF8.self), path: "/nonexistent/meta.csv").problems
            } catch { return error.diagnostics }
        }
    }

    @Test func codebookYAML() {
        let seeds = ["""
            codebook: fuzz
            version: 1.0.0
            entries:
              - term: 形式主义
                category: problem
                variants: [搞形式]
            criteria:
              - name: 五个好
                items:
                  - name: 领导班子好
                    cues: [班子]
            """, "codebook: x\nversion: '2'\nentries: &a\n  - term: 甲\n    category: slogan\nstance: {warned: [严禁]}\n"]
            .map { Array($0.utf8) }
        fuzz(seed: 6, seeds) { bytes in
            CodebookLoader.parse(yaml: String(decoding: bytes, as: UTF8.self), file: "c.yaml", sha256: "").1
        }
    }

    @Test func recordsBin() throws {
        var record = DocumentRecord(document: "甲/报告.txt", id: "r1", metadata: ["year": "2019", "单位": "县委"], encoding: "GB18030",
                                    sha256: String(repeating: "a", count: 64), bytes: 120, characters: 40, originalCharacters: 41,
                                    tokens: 25, sentences: 3, qualityFlags: ["private-use"],
                                    warnings: [Diagnostic(code: "ingest.private-use", severity: .warning, file: "甲/报告.txt", offset: 7, message: "PUA")],
                                    terms: ["形式主义", "五个好"], counts: [2, 1], kinds: [1, 2],
                                    slogans: [SloganMention(text: "五个好", kind: .numbered, start: 3, end: 6)],
                                    criteria: [CriteriaCoverage(set: "五个好", named: true, items: ["领导班子好"], total: 5, source: "codebook",
                                                                mentions: [CriteriaMention(kind: "item", item: "领导班子好", text: "班子好", start: 9, end: 12)])],
                                    problems: [ProblemRow(category: "形式主义", stance: "admitted", cue: "存在", section: "问题", sentence: "存在形式主义。",
                                                          start: 20, end: 24)],
                                    lexical: LexicalMeasures())
        record.problems[0].subtype = "四风"
        fuzz(seed: 7, [RecordCoder.encode(record)]) { bytes in
            guard let decoded = try? RecordCoder.decode(bytes) else { return [] }
            // Whatever decodes (damaged strings become U+FFFD) encodes again without trapping, and that is stable.
            let again = RecordCoder.encode(decoded)
            return (try? RecordCoder.decode(again)).map(RecordCoder.encode) == again ? []
                : [Diagnostic(code: "fuzz.unstable", file: "records.bin", message: "decoded record encodes differently")]
        }
    }

    @Test func formalismBin() throws {
        let document = try DocumentBuilder().document(text: "各单位要认真落实。我们将在年底前完成𠮷祥工程。", path: "f.txt")
        let entry = FormalismEntry(reuse: ReuseText(document), measures: [("commitments", "1"), ("stock_phrases_per_1000", "12.5")])
        fuzz(seed: 8, [entry.encoded()]) { bytes in
            do throws(TifaError) {
                _ = try FormalismEntry.decode(bytes[...], file: "formalism.bin")
                return []
            } catch { return error.diagnostics }
        }
    }
}
