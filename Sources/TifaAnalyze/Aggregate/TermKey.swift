/// A term as a dictionary key that hashes and compares its UTF-8 bytes: much faster than `String`'s
/// Unicode-canonical hashing for CJK text, and exact (terms are already normalised).
public struct TermKey: Hashable, Sendable {
    public let string: String

    public init(_ string: String) {
        var s = string
        s.makeContiguousUTF8()
        self.string = s
    }

    public func hash(into hasher: inout Hasher) {
        var s = string
        s.withUTF8 { hasher.combine(bytes: UnsafeRawBufferPointer($0)) }
    }

    public static func == (a: TermKey, b: TermKey) -> Bool {
        var x = a.string, y = b.string
        return x.withUTF8 { p in y.withUTF8 { q in p.count == q.count && p.elementsEqual(q) } }
    }
}
