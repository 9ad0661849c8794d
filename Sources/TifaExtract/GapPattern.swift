/// The regex form of a `{parts: [A, B], gap: N}` variant: A, then at most N characters that are not
/// punctuation, then B. Patterns of exactly this form are matched natively (fast) instead of by the regex engine.
enum GapPattern {
    /// The characters a gap may not contain.
    static let stopClass = "[^,\u{3001};:\u{3002}!?,;:!?\\n]"

    static func regex(parts: [String], maxGap: Int) -> String {
        parts.map(escape).joined(separator: "\(stopClass){0,\(maxGap)}")
    }

    /// Parts and gap of a pattern written by `regex(parts:maxGap:)`, or nil for any other regex.
    static func parse(_ pattern: String) -> (parts: [String], maxGap: Int)? {
        var pieces: [String] = []
        var gap: Int? = nil
        var rest = Substring(pattern)
        while let r = rest.range(of: stopClass + "{0,") {
            guard let close = rest[r.upperBound...].firstIndex(of: "}"),
                  let n = Int(rest[r.upperBound..<close]), gap == nil || gap == n else { return nil }
            gap = n
            pieces.append(String(rest[..<r.lowerBound]))
            rest = rest[rest.index(after: close)...]
        }
        pieces.append(String(rest))
        guard let gap, pieces.count >= 2, pieces.allSatisfy({ !$0.isEmpty && $0 == escape($0) }) else { return nil }
        return (pieces, gap)
    }

    /// Literal text with regex metacharacters escaped (codebook parts are Chinese text, so this rarely acts).
    static func escape(_ s: String) -> String {
        var out = ""
        for c in s {
            if "\\^$.|?*+()[]{}".contains(c) { out.append("\\") }
            out.append(c)
        }
        return out
    }
}
