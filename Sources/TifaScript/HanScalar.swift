extension Unicode.Scalar {
    /// Whether the scalar is a CJK unified or compatibility ideograph (any plane).
    @inline(__always) public var isHan: Bool {
        let v = value
        return (0x4E00...0x9FFF).contains(v) || (0x3400...0x4DBF).contains(v) || (0x20000...0x3134F).contains(v)
            || (0xF900...0xFAFF).contains(v) || v == 0x3007
    }

    /// Whether the scalar is in a Private Use Area (U+E000–U+F8FF, planes 15 and 16): no standard meaning, so a
    /// decoded document holding one lost a character (a vendor or Big5 user-defined code).
    @inline(__always) public var isPrivateUse: Bool {
        let v = value
        return (0xE000...0xF8FF).contains(v) || v >= 0xF0000
    }
}
