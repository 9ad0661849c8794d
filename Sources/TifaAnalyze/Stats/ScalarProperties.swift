/// The Unicode properties the per-document loops ask of every token and character, answered without the standard
/// library's property lookup for ASCII and the CJK Unified Ideographs block (a test compares each with the
/// property over every scalar).
enum ScalarProperties {
    /// `isWhitespace`: nothing after U+3000 (the ideographic space) is whitespace.
    @inline(__always) static func isWhitespace(_ v: UInt32) -> Bool {
        if v > 0x3000 { return false }
        if v < 0x80 { return v == 0x20 || (0x09...0x0D).contains(v) }
        return Unicode.Scalar(v)?.properties.isWhitespace ?? false
    }

    /// `isIdeographic`: nothing before U+3006 is ideographic, all of U+4E00…U+9FFF is.
    @inline(__always) static func isIdeographic(_ s: Unicode.Scalar) -> Bool {
        if s.value < 0x3006 { return false }
        return (0x4E00...0x9FFF).contains(s.value) || s.properties.isIdeographic
    }

    /// Whether the general category is punctuation (P*) or a symbol (S*).
    @inline(__always) static func isPunctuationOrSymbol(_ s: Unicode.Scalar) -> Bool {
        let v = s.value
        if (0x4E00...0x9FFF).contains(v) { return false }
        if v < 0x80 {
            // Printable ASCII other than the space, letters and digits.
            return v > 0x20 && v < 0x7F && !(0x30...0x39).contains(v) && !(0x41...0x5A).contains(v) && !(0x61...0x7A).contains(v)
        }
        switch s.properties.generalCategory {
        case .connectorPunctuation, .dashPunctuation, .openPunctuation, .closePunctuation, .initialPunctuation,
             .finalPunctuation, .otherPunctuation, .mathSymbol, .currencySymbol, .modifierSymbol, .otherSymbol:
            return true
        default:
            return false
        }
    }
}
