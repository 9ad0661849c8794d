import Testing
import TifaCore
import TifaIngest
@testable import TifaFormalism

/// Reuse search on small texts of our own: verbatim and edited copies, references, templates, offsets.
@Suite struct ReuseFinderTests {
    static let shared = "乡镇卫生院今年新建标准化村卫生室十二所,为偏远山区群众配备流动医疗车三辆,培训乡村医生一百二十人次,基层首诊率明显提高。"
    static let fillers = [
        "春耕时节,合作社组织农机手检修拖拉机,备足化肥种子,保证不误农时。",
        "县图书馆延长开放时间,周末增设少儿阅读专场,借阅人次比去年增加三成。",
        "河道管理站清理垃圾淤泥,沿岸栽植柳树,设置警示标牌和救生设施。",
        "街道社区开展邻里节活动,评选文明家庭,调解矛盾纠纷若干起。",
        "工业园区引进新材料企业两家,新建厂房面积约八万平方米,带动就业。",
    ]

    func doc(_ text: String, id: String, year: String? = nil) throws -> ReuseText {
        let builder = try DocumentBuilder()
        let d = try builder.document(text: text, path: id, id: id, metadata: year.map { ["year": $0] } ?? [:])
        return ReuseText(d)
    }

    func scalarOffset(_ needle: String, in text: String) -> Int? {
        guard let r = text.range(of: needle) else { return nil }
        return text.unicodeScalars.distance(from: text.unicodeScalars.startIndex, to: r.lowerBound)
    }

    @Test func verbatimCopyIsFoundWithOriginalOffsets() throws {
        let a = "一、基本情况\n" + Self.fillers[0] + Self.shared + Self.fillers[1]
        let b = Self.fillers[2] + "\r\n" + Self.shared + Self.fillers[3]
        let result = ReuseFinder().find(corpus: [try doc(a, id: "a", year: "2019"), try doc(b, id: "b", year: "2021")])
        #expect(result.passages.count == 1)
        let p = try #require(result.passages.first)
        #expect(p.kind == .copy)
        #expect(p.earlier == "a")
        let aStart = try #require(scalarOffset(Self.shared, in: a)), bStart = try #require(scalarOffset(Self.shared, in: b))
        // The passage starts at the shared text and ends at its last character (the final 。 is not compared).
        #expect(p.a_start == aStart && p.b_start == bStart)
        #expect(p.a_end == aStart + Self.shared.unicodeScalars.count - 1)
        #expect(p.b_end == bStart + Self.shared.unicodeScalars.count - 1)
        #expect(p.similarity == 1)
        #expect(result.shares[0].partners == 1 && result.shares[0].share > 0.4)
    }

    @Test func editedCopyCrossesChangedCharactersAndPunctuation() throws {
        var edited = Self.shared.replacingOccurrences(of: "十二所", with: "十五所")
        edited = edited.replacingOccurrences(of: "三辆", with: "两辆").replacingOccurrences(of: ",", with: ";")
        let a = Self.fillers[0] + Self.shared + Self.fillers[1]
        let b = Self.fillers[2] + edited + Self.fillers[3]
        let result = ReuseFinder().find(corpus: [try doc(a, id: "a"), try doc(b, id: "b")])
        let p = try #require(result.passages.first)
        #expect(result.passages.count == 1)
        #expect(p.chars >= Self.shared.count - 2)
        #expect(p.similarity > 0.9 && p.similarity < 1)
        #expect(p.earlier == "")
    }

    @Test func traditionalCopyMatchesSimplified() throws {
        let traditional = "鄉鎮衛生院今年新建標準化村衛生室十二所,為偏遠山區群眾配備流動醫療車三輛,培訓鄉村醫生一百二十人次。"
        let a = Self.fillers[0] + Self.shared + Self.fillers[1]
        let b = Self.fillers[2] + traditional + Self.fillers[3]
        let result = ReuseFinder().find(corpus: [try doc(a, id: "a"), try doc(b, id: "b")])
        #expect(result.passages.count == 1)
        #expect((result.passages.first?.chars ?? 0) >= 45)
    }

    @Test func shortAndUnrelatedTextsGiveNothing() throws {
        let docs = try Self.fillers.enumerated().map { try doc($0.element, id: "d\($0.offset)") }
        #expect(ReuseFinder().find(corpus: docs).passages.isEmpty)
        // A 20-character shared phrase is below the default 30.
        let phrase = "坚持以人民为中心的发展思想不断增强群众获得感"
        let pair = [try doc(Self.fillers[0] + phrase + Self.fillers[1], id: "x"), try doc(Self.fillers[2] + phrase + Self.fillers[3], id: "y")]
        #expect(ReuseFinder().find(corpus: pair).passages.isEmpty)
        var options = ReuseOptions()
        options.minChars = 15
        #expect(ReuseFinder(options: options).find(corpus: pair).passages.count == 1)
    }

    @Test func referenceQuotationIsNotCopying() throws {
        let quote = "各级机关要把为基层减负摆在突出位置,坚决压减各类会议文件和督查考核事项,让基层干部腾出精力抓落实。"
        let corpus = try (0..<5).map { i in try doc(Self.fillers[i] + quote + "第\(i)号。", id: "r\(i)") }
        let reference = try doc("通知全文。" + quote + "特此通知。", id: "central")
        // Five of five documents hold it: a template without a reference.
        let plain = ReuseFinder().find(corpus: corpus)
        #expect(plain.passages.count == 10 && plain.passages.allSatisfy { $0.kind == .template })
        // With the reference it is hidden, or listed as reference on request.
        let hidden = ReuseFinder().find(corpus: corpus, references: [reference])
        #expect(hidden.passages.isEmpty)
        #expect(hidden.shares.allSatisfy { $0.partners == 0 })
        var options = ReuseOptions()
        options.showReference = true
        let shown = ReuseFinder(options: options).find(corpus: corpus, references: [reference])
        #expect(shown.passages.count == 10 && shown.passages.allSatisfy { $0.kind == .reference })
    }

    @Test func winnowingGuaranteesSharedRuns() {
        let w = Winnowing(k: 6, w: 3)
        let text: [UInt32] = (0..<200).map { UInt32(0x4E00 + ($0 * 7919) % 3000) }
        let prints = w.fingerprints(text)
        // Every window of w shingles holds a chosen position.
        let chosen = Set(prints.map { Int($0.position) })
        for start in 0...(text.count - w.k - w.w + 1) {
            #expect((start..<(start + w.w)).contains { chosen.contains($0) })
        }
    }
}

/// The fingerprint index: postings sorted by (hash, document, position), and the fingerprints of each document
/// chosen by how many documents hold their hash.
@Suite struct FingerprintIndexTests {
    /// Random fingerprints over few hashes (so that hashes repeat within and across documents).
    func randomPrints(documents: Int, seed: UInt64) -> [[(hash: UInt32, position: Int32)]] {
        var state = seed
        func next() -> UInt32 {
            state = state &* 6364136223846793005 &+ 1442695040888963407
            return UInt32(truncatingIfNeeded: state >> 33)
        }
        return (0..<documents).map { _ in
            var position: Int32 = 0
            return (0..<Int(next() % 40)).map { _ in
                position += Int32(1 + next() % 4)
                // High bits vary too, so both counting passes of the sort matter.
                return (hash: (next() % 12) &* 0x0101_0101 &+ (next() % 2) << 20, position: position)
            }
        }
    }

    @Test func sortByHashKeepsTheOrderOfEqualHashes() {
        let prints = randomPrints(documents: 30, seed: 7)
        var postings: [FingerprintIndex.Posting] = []
        for (d, list) in prints.enumerated() {
            for f in list { postings.append(.init(hash: f.hash, document: UInt32(d), position: UInt32(f.position))) }
        }
        var sorted = postings
        FingerprintIndex.sortByHash(&sorted)
        let expected = postings.sorted { ($0.hash, $0.document, $0.position) < ($1.hash, $1.document, $1.position) }
        #expect(sorted == expected)
    }

    @Test func occurrencesAreTheFingerprintsWhoseHashHasTheChosenHolders() {
        for seed: UInt64 in [1, 2, 3] {
            let prints = randomPrints(documents: 25, seed: seed)
            let index = FingerprintIndex(fingerprints: prints)
            let holders = { (h: UInt32) in Set(prints.indices.filter { d in prints[d].contains { $0.hash == h } }).count }
            let chosen = index.occurrences(count: prints.count) { $0 >= 2 && $0 <= 6 }
            for d in prints.indices {
                let expected = prints[d].filter { (2...6).contains(holders($0.hash)) }
                let got = chosen.of(d).sorted { $0.position < $1.position }
                #expect(got.map(\.position) == expected.map(\.position))
                for (g, f) in zip(got, expected) {
                    let all = prints.indices.flatMap { b in
                        prints[b].filter { $0.hash == f.hash }.map {
                            FingerprintIndex.Posting(hash: f.hash, document: UInt32(b), position: UInt32($0.position))
                        }
                    }
                    #expect(Array(g.postings) == all)
                }
            }
        }
    }
}
