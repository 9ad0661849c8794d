import Testing
@testable import TifaFormalism

/// The bucketed lookup of found passages answers as a search of every passage would.
struct PassageCoverTests {
    @Test func coversExactlyThePositionsOfItsPassages() {
        var rng = SystemRandomNumberGenerator()
        for _ in 0..<200 {
            let length = Int.random(in: 1...3000, using: &rng)
            var cover = PassageCover(length: length)
            var found: [PassageAligner.Alignment] = []
            for _ in 0..<Int.random(in: 0...12, using: &rng) {
                let a0 = Int.random(in: 0..<length, using: &rng), a1 = Int.random(in: a0...min(length, a0 + 900), using: &rng)
                let b0 = Int.random(in: 0...5000, using: &rng), b1 = b0 + Int.random(in: 0...900, using: &rng)
                let p = PassageAligner.Alignment(a: a0..<a1, b: b0..<b1, matched: 0, edits: 0)
                cover.insert(p)
                found.append(p)
            }
            for _ in 0..<300 {
                let pa = Int.random(in: 0..<length, using: &rng), pb = Int.random(in: 0...6000, using: &rng)
                #expect(cover.covers(pa, pb) == found.contains { $0.a.contains(pa) && $0.b.contains(pb) })
            }
            for p in found where !p.a.isEmpty && !p.b.isEmpty {
                #expect(cover.covers(p.a.lowerBound, p.b.lowerBound) && cover.covers(p.a.upperBound - 1, p.b.upperBound - 1))
            }
        }
    }
}
