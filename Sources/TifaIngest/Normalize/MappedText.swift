import TifaCore

/// Text part-way through normalisation: its scalars and, for each, the original position it came from.
/// Each cleaning pass reads one `MappedText` and writes a new one, so origins compose for free.
struct MappedText {
    var scalars: [Unicode.Scalar] = []
    /// For each scalar, its Unicode scalar offset in the original text.
    var origins: [Int32] = []
    /// The original text's length (the origin of the end position).
    var end: Int32

    init(end: Int32, capacity: Int = 0) {
        self.end = end
        scalars.reserveCapacity(capacity)
        origins.reserveCapacity(capacity)
    }

    var count: Int { scalars.count }

    @inline(__always) mutating func append(_ s: Unicode.Scalar, origin: Int32) {
        scalars.append(s)
        origins.append(origin)
    }

    /// Copies input[range] unchanged, origins included.
    @inline(__always) mutating func append(contentsOf input: MappedText, _ range: Range<Int>) {
        scalars.append(contentsOf: input.scalars[range])
        origins.append(contentsOf: input.origins[range])
    }

    /// The origin of position i (the end's origin when i == count).
    @inline(__always) func origin(_ i: Int) -> Int32 { i < origins.count ? origins[i] : end }

    /// Hands over the scalars and the map from positions in this text back to the original, leaving this empty.
    mutating func take() -> (scalars: [Unicode.Scalar], offsets: OffsetMap) {
        var table = origins
        origins = []
        table.append(end)
        let text = scalars
        scalars = []
        return (text, OffsetMap(table: table))
    }

    /// Ranges of the lines (without their "\n"), in order, covering the whole text.
    func lineRanges() -> [Range<Int>] {
        var result: [Range<Int>] = []
        var start = 0
        for i in scalars.indices where scalars[i] == "\n" {
            result.append(start..<i)
            start = i + 1
        }
        result.append(start..<scalars.count)
        return result
    }
}

extension Unicode.Scalar {
    /// Appends the scalar's UTF-16 code units.
    @inline(__always) func appendUTF16(to buffer: inout [UInt16]) {
        if value < 0x10000 {
            buffer.append(UInt16(value))
        } else {
            let v = value - 0x10000
            buffer.append(UInt16(0xD800 + (v >> 10)))
            buffer.append(UInt16(0xDC00 + (v & 0x3FF)))
        }
    }

    /// Space, tab or another horizontal blank (not a line break).
    @inline(__always) var isBlank: Bool {
        let v = value
        return v == 0x20 || v == 0x09 || v == 0x3000 || v == 0xA0 || (0x2000...0x200B).contains(v)
    }
}
