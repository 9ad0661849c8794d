import Foundation
import Testing
import TifaCore
import TifaExtract

/// An extraction keeps normalised offsets and sentence indices until the one conversion at serialisation.
struct OffsetConversionTests {
    /// CRLF and a control character before the mentions shorten the normalised text; ℃ → °C lengthens it.
    static let text = "一、工作情况\r\n\u{07}气温２０℃。各级党组织要做到“五个好”。\r\n二、存在问题\r\n有些单位存在形式主义问题。\r\n"

    func offset(of needle: String, in text: String) throws -> Int {
        let r = try #require(text.range(of: needle))
        return text.unicodeScalars.distance(from: text.unicodeScalars.startIndex, to: r.lowerBound)
    }

    @Test func offsetsAreNormalisedUntilConvertedOnce() throws {
        let doc = try Fixture.document(Self.text)
        let normalised = doc.string(0..<doc.text.count)
        let extraction = Fixture.extractor.extract(doc)
        #expect(extraction.offsetsInto == .normalised)
        #expect(throws: EncodingError.self) { try extraction.jsonLine() }

        let slogan = try #require(extraction.slogans.first { $0.text == "五个好" })
        #expect(slogan.start == (try offset(of: "五个好", in: normalised)))
        let problem = try #require(extraction.problems.first { $0.category == "形式主义" })
        #expect(problem.start == (try offset(of: "形式主义", in: normalised)))
        // The sentence index names the TextDocument sentence holding the mention, and through it the section.
        let i = try #require(problem.sentenceIndex)
        #expect(doc.string(doc.sentences[i].range) == "有些单位存在形式主义问题。")
        #expect(doc.sectionTitles(ofSentence: i) == ["存在问题"])
        let s = try #require(slogan.sentenceIndex)
        #expect(doc.string(doc.sentences[s].range) == "各级党组织要做到“五个好”。")

        let serialised = extraction.inOriginalOffsets(doc.offsets)
        #expect(serialised.offsetsInto == .original)
        let written = try #require(serialised.slogans.first { $0.text == "五个好" })
        #expect(written.start == (try offset(of: "五个好", in: Self.text)) && written.start != slogan.start)
        #expect(written.sentenceIndex == slogan.sentenceIndex)
        let p = try #require(serialised.problems.first { $0.category == "形式主义" })
        #expect(p.start == (try offset(of: "形式主义", in: Self.text)))
        #expect(p.sentenceStart == (try offset(of: "有些单位", in: Self.text)))
        #expect(serialised.terms.allSatisfy { t in
            let slice = String(String.UnicodeScalarView(doc.original[t.start..<t.end]))
            return slice.precomposedStringWithCompatibilityMapping == t.text
        })
        // Converting again changes nothing: offsets are converted once.
        #expect(serialised.inOriginalOffsets(doc.offsets) == serialised)
        #expect(try serialised.jsonLine().contains("\"start\":\(written.start)"))
    }
}
