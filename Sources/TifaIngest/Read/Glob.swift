/// Shell-style file globs for include/exclude: `*` (any text but `/`), `**` (any folders), `?`, `[abc]`,
/// `{a,b}`. A pattern without `/` is matched against the file name alone, otherwise against the path relative
/// to the folder being read.
struct Glob: Sendable {
    let pattern: String
    private let alternatives: [[Character]]

    init(_ pattern: String) {
        self.pattern = pattern
        alternatives = Self.expandBraces(pattern).map(Array.init)
    }

    func matches(relativePath: String) -> Bool {
        let subject = pattern.contains("/") ? relativePath : String(relativePath.split(separator: "/").last ?? "")
        let s = Array(subject)
        return alternatives.contains { Self.match($0, 0, s, 0) }
    }

    private static func expandBraces(_ p: String) -> [String] {
        guard let open = p.firstIndex(of: "{"), let close = p[open...].firstIndex(of: "}") else { return [p] }
        let head = p[..<open], tail = String(p[p.index(after: close)...])
        return p[p.index(after: open)..<close].split(separator: ",", omittingEmptySubsequences: false)
            .flatMap { expandBraces(head + $0 + tail) }
    }

    private static func match(_ p: [Character], _ pi: Int, _ s: [Character], _ si: Int) -> Bool {
        if pi == p.count { return si == s.count }
        let c = p[pi]
        if c == "*" {
            if pi + 1 < p.count, p[pi + 1] == "*" {
                // "**/" matches zero or more folders; "**" alone anything.
                var next = pi + 2
                if next < p.count, p[next] == "/" { next += 1 }
                for k in si...s.count where k == si || s[k - 1] == "/" || next == p.count {
                    if match(p, next, s, k) { return true }
                }
                return false
            }
            var k = si
            while true {
                if match(p, pi + 1, s, k) { return true }
                if k == s.count || s[k] == "/" { return false }
                k += 1
            }
        }
        guard si < s.count else { return false }
        if c == "?" { return s[si] != "/" && match(p, pi + 1, s, si + 1) }
        if c == "[", let close = p[(pi + 1)...].firstIndex(of: "]") {
            var set = Array(p[(pi + 1)..<close])
            let negate = set.first == "!" || set.first == "^"
            if negate { set.removeFirst() }
            var found = false
            var k = 0
            while k < set.count {
                if k + 2 < set.count, set[k + 1] == "-" {
                    if set[k] <= s[si] && s[si] <= set[k + 2] { found = true }
                    k += 3
                } else {
                    if set[k] == s[si] { found = true }
                    k += 1
                }
            }
            return found != negate && match(p, close + 1, s, si + 1)
        }
        return c == s[si] && match(p, pi + 1, s, si + 1)
    }
}
