/// Where a cue regex can start a match in a text, from its pattern's window (`CueRequirement.Window`): at most
/// `offset` scalars before a scalar that can begin one of the window's atoms. Trying a match only there finds the
/// same matches as a search from every position.
struct CueWindow {
    private let offset: Int
    private let digits: Bool
    /// First scalars of the literal atoms: bits for the BMP, a set above it.
    private let firstInBMP: [UInt64]
    private let firstAbove: Set<UInt32>

    init(_ window: CueRequirement.Window) {
        offset = window.offset
        var digits = false
        var bits = [UInt64](repeating: 0, count: 0x10000 / 64)
        var above: Set<UInt32> = []
        for atom in window.atoms {
            switch atom {
            case .digit: digits = true
            case .literal(let s):
                guard let v = s.first?.value else { continue }
                if v < 0x10000 { bits[Int(v >> 6)] |= 1 << UInt64(v & 63) } else { above.insert(v) }
            }
        }
        self.digits = digits
        firstInBMP = bits
        firstAbove = above
    }

    /// Whether an atom may begin with this scalar.
    private func begins(_ s: Unicode.Scalar) -> Bool {
        let v = s.value
        if digits && CueRequirement.mayBeDigit(s) { return true }
        return v < 0x10000 ? firstInBMP[Int(v >> 6)] & (1 << UInt64(v & 63)) != 0 : firstAbove.contains(v)
    }

    /// The starts to try in a UTF-16 text.
    func starts(in utf16: [UInt16]) -> Starts {
        var offsets: [Int] = [], marks: [Bool] = []
        offsets.reserveCapacity(utf16.count)
        marks.reserveCapacity(utf16.count)
        for (i, s) in Starts.scalars(utf16) {
            offsets.append(i)
            marks.append(begins(s))
        }
        return Starts(offsets: offsets, marks: marks, offset: offset)
    }

    /// The candidate starts of one text, proposed in increasing order.
    struct Starts {
        /// UTF-16 offset of each scalar.
        let offsets: [Int]
        /// Whether an atom may begin at each scalar.
        let marks: [Bool]
        let offset: Int
        private var k = 0, j = 0

        init(offsets: [Int], marks: [Bool], offset: Int) {
            self.offsets = offsets
            self.marks = marks
            self.offset = offset
        }

        /// The first start at or after UTF-16 offset q (q never decreasing between calls), nil when none is left.
        mutating func next(_ q: Int) -> Int? {
            while k < offsets.count && offsets[k] < q { k += 1 }
            j = max(j, k)
            while j < marks.count && !marks[j] { j += 1 }
            guard j < marks.count else { return nil }
            return offsets[max(k, j - offset)]
        }

        /// The scalars of UTF-16 text with their offsets (a lone surrogate counts as one scalar, U+FFFD).
        static func scalars(_ utf16: [UInt16]) -> [(Int, Unicode.Scalar)] {
            var out: [(Int, Unicode.Scalar)] = []
            out.reserveCapacity(utf16.count)
            var i = 0
            while i < utf16.count {
                let u = utf16[i]
                if UTF16.isLeadSurrogate(u), i + 1 < utf16.count, UTF16.isTrailSurrogate(utf16[i + 1]) {
                    let v = 0x10000 + ((UInt32(u) - 0xD800) << 10) + (UInt32(utf16[i + 1]) - 0xDC00)
                    out.append((i, Unicode.Scalar(v) ?? "\u{FFFD}"))
                    i += 2
                } else {
                    out.append((i, Unicode.Scalar(UInt32(u)) ?? "\u{FFFD}"))
                    i += 1
                }
            }
            return out
        }
    }
}
