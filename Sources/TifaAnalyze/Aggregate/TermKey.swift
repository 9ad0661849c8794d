import Foundation

/// A term as a dictionary key that hashes and compares its UTF-8 bytes: much faster than `String`'s
/// Unicode-canonical hashing for CJK text, and exact (terms are already normalised).
public struct TermKey: Hashable, Sendable {
    public let string: String

    public init(_ string: String) {
        var s = string
        s.makeContiguousUTF8()
        self.string = s
    }

    /// The bytes are read in place (the string is contiguous UTF-8 from `init`), without copying the string.
    public func hash(into hasher: inout Hasher) {
        let done: Void? = string.utf8.withContiguousStorageIfAvailable { hasher.combine(bytes: UnsafeRawBufferPointer($0)) }
        if done == nil {
            var s = string
            s.withUTF8 { hasher.combine(bytes: UnsafeRawBufferPointer($0)) }
        }
    }

    public static func == (a: TermKey, b: TermKey) -> Bool {
        let x = a.string.utf8, y = b.string.utf8
        let count = x.count
        guard count == y.count else { return false }
        let same: Bool?? = x.withContiguousStorageIfAvailable { p in
            y.withContiguousStorageIfAvailable { q in
                guard let p = p.baseAddress, let q = q.baseAddress else { return true }
                return memcmp(p, q, count) == 0
            }
        }
        return (same ?? nil) ?? x.elementsEqual(y)
    }
}
