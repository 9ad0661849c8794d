import TifaCore

/// The text the reuse search compares: the letters and digits of a document's normalised text (punctuation and
/// whitespace dropped, ASCII letters lower-cased), each with the original-text range it came from.
public struct ReuseText: Sendable, Equatable {
    /// The document as reported (`a`, `b`): its path as given, like the `document` column of every output.
    public var document: String
    /// The document's sortable date (`YYYY`, `YYYY-MM` or `YYYY-MM-DD`), when it has one.
    public var date: String?
    /// The compared characters.
    public var scalars: [UInt32]
    /// For each compared character, its start offset in the original text.
    public var starts: [Int32]
    /// For each compared character, its end offset in the original text.
    public var ends: [Int32]
    /// Characters of the original text (for shares).
    public var originalCount: Int

    public init(document: String, date: String?, scalars: [UInt32], starts: [Int32], ends: [Int32], originalCount: Int) {
        self.document = document
        self.date = date
        self.scalars = scalars
        self.starts = starts
        self.ends = ends
        self.originalCount = originalCount
    }

    /// The compared text of a document: its normalised text without punctuation and whitespace, with offsets
    /// mapped back through the document's offset map.
    public init(_ doc: TextDocument) {
        document = doc.path
        date = Self.date(of: doc.metadata)
        originalCount = doc.original.count
        scalars = []
        starts = []
        ends = []
        scalars.reserveCapacity(doc.text.count)
        starts.reserveCapacity(doc.text.count)
        ends.reserveCapacity(doc.text.count)
        for (i, s) in doc.text.enumerated() {
            guard let folded = Self.compared(s) else { continue }
            let range = doc.offsets.original(i..<(i + 1))
            scalars.append(folded)
            starts.append(Int32(range.lowerBound))
            ends.append(Int32(max(range.upperBound, range.lowerBound + 1)))
        }
    }

    /// The value a scalar is compared as, or nil when it is punctuation, whitespace or a symbol.
    @inlinable static func compared(_ s: Unicode.Scalar) -> UInt32? {
        let v = s.value
        if v >= 0x4E00 && v <= 0x9FFF { return v }
        if v < 0x80 {
            if v >= 0x30 && v <= 0x39 { return v }
            if v >= 0x61 && v <= 0x7A { return v }
            if v >= 0x41 && v <= 0x5A { return v + 0x20 }
            return nil
        }
        switch s.properties.generalCategory {
        case .uppercaseLetter, .lowercaseLetter, .titlecaseLetter, .otherLetter, .modifierLetter,
             .decimalNumber, .letterNumber, .otherNumber:
            return v
        default:
            return nil
        }
    }

    /// The sortable date of a document from its metadata (`date`, else `year`).
    static func date(of metadata: [String: String]) -> String? {
        if let d = metadata["date"], !d.isEmpty { return d }
        if let y = metadata["year"], !y.isEmpty { return y }
        return nil
    }

    /// The number of compared characters.
    public var count: Int { scalars.count }
}
