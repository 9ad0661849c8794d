extension Unicode.Scalar {
    /// Whether the scalar is a CJK unified or compatibility ideograph (any plane).
    @inline(__always) public var isHan: Bool {
        let v = value
        return (0x4E00...0x9FFF).contains(v) || (0x3400...0x4DBF).contains(v) || (0x20000...0x3134F).contains(v)
            || (0xF900...0xFAFF).contains(v) || v == 0x3007
    }
}
