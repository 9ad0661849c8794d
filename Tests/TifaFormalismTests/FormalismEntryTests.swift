import Testing
import TifaCore
@testable import TifaFormalism

/// The binary form of a formalism entry: what is written is read back, and characters are 4 bytes little-endian.
@Suite struct FormalismEntryTests {
    @Test func entryRoundTripsWithLittleEndianCharacters() throws {
        // A BMP character, a supplementary one (U+20BB7) and ASCII, with offsets that are not consecutive.
        let text = ReuseText(document: "报告/2020.txt", date: "2020-03", scalars: [0x5DE5, 0x20BB7, 0x61],
                             starts: [0, 3, 9], ends: [1, 5, 10], originalCount: 12)
        let entry = FormalismEntry(reuse: text, measures: [("commitments", "2"), ("empty", "")])
        let bytes = entry.encoded()
        let back = try FormalismEntry.decode(bytes[...], file: "formalism.bin")
        #expect(back == entry)
        let supplementary: [UInt8] = [0xB7, 0x0B, 0x02, 0x00]
        let at = (0...(bytes.count - 12)).first { Array(bytes[$0..<($0 + 4)]) == [0xE5, 0x5D, 0x00, 0x00] }
        let start = try #require(at)
        #expect(Array(bytes[(start + 4)..<(start + 8)]) == supplementary)
        #expect(Array(bytes[(start + 8)..<(start + 12)]) == [0x61, 0, 0, 0])
    }
}
