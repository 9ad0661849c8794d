/// A table giving each distinct string (compared by its UTF-8 bytes, like `TermKey`) a dense id, in the order
/// first seen: hash a term once, then key counts by small integers.
public struct InternedStrings: Sendable {
    private var ids: [TermKey: Int32] = [:]
    /// The strings by id.
    public private(set) var strings: [String] = []

    public init() {}

    /// Distinct strings held.
    public var count: Int { strings.count }

    /// The id of `s`, adding it when new.
    public mutating func id(_ s: String) -> Int32 {
        let key = TermKey(s)
        if let id = ids[key] { return id }
        let id = Int32(strings.count)
        ids[key] = id
        strings.append(key.string)
        return id
    }

    /// The string of an id given by this table.
    public subscript(id: Int32) -> String { strings[Int(id)] }
}
