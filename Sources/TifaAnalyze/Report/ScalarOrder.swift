/// Orders strings by Unicode scalar values (the same as UTF-8 byte order and Python's `sorted`), independent of
/// locale and normalisation.
enum ScalarOrder {
    static func less(_ a: String, _ b: String) -> Bool { a.utf8.lexicographicallyPrecedes(b.utf8) }
}
