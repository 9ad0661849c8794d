import CTifaICU

/// An ICU regular expression over UTF-16 text. Not thread-safe: one per worker.
public final class ICURegex {
    /// Options that map to ICU's URegexpFlag bits.
    public struct Options: OptionSet, Sendable {
        public let rawValue: UInt32
        public init(rawValue: UInt32) { self.rawValue = rawValue }
        public static let caseInsensitive = Options(rawValue: 2)
        public static let multiline = Options(rawValue: 8)
        public static let dotAll = Options(rawValue: 32)
    }

    /// One match: UTF-16 ranges of the whole match (index 0) and each group (nil if it did not take part).
    public struct Match: Sendable, Equatable {
        public let groups: [Range<Int>?]
        public var range: Range<Int> { groups[0]! }
    }

    /// The pattern as given.
    public let pattern: String
    private let handle: OpaquePointer

    /// ICU's status for a match stopped by the time limit (`U_REGEX_TIME_OUT`).
    public static let timeOutStatus = tifa_regex_time_out_status()

    /// Compiles pattern; a syntax error throws with the UTF-16 offset of the fault in `detail`. With a
    /// `timeLimit` (steps of ICU's match engine, roughly milliseconds), a match that runs longer throws an
    /// `ICUError` whose code is `timeOutStatus` instead of running on (user patterns such as `(党+)+建`).
    public init(_ pattern: String, options: Options = [], timeLimit: Int32? = nil) throws(ICUError) {
        let utf16 = Array(pattern.utf16)
        var status: Int32 = 0, errorOffset: Int32 = 0
        let h = tifa_regex_open(utf16, Int32(utf16.count), options.rawValue, &errorOffset, &status)
        guard let h, status <= 0 else {
            throw ICUError(code: status == 0 ? 1 : status, call: "uregex_open",
                           detail: "pattern \(pattern) at offset \(errorOffset)")
        }
        self.pattern = pattern
        handle = h
        if let timeLimit {
            tifa_regex_set_time_limit(h, timeLimit, &status)
            try ICUError.check(status, "uregex_setTimeLimit")
        }
    }

    deinit { tifa_regex_close(handle) }

    /// All non-overlapping matches in text, in order.
    public func matches(in text: [UInt16]) throws(ICUError) -> [Match] {
        try withText(text) { (_, status) throws(ICUError) -> [Match] in
            var result: [Match] = []
            let groupCount = Int(tifa_regex_group_count(handle, &status))
            while tifa_regex_find_next(handle, &status) == 1 { result.append(currentMatch(groupCount, &status)) }
            try ICUError.check(status, "uregex_findNext")
            return result
        }
    }

    /// The first match in text, or nil; stops searching there.
    public func firstMatch(in text: [UInt16]) throws(ICUError) -> Match? {
        try withText(text) { (_, status) throws(ICUError) -> Match? in
            let groupCount = Int(tifa_regex_group_count(handle, &status))
            guard tifa_regex_find_next(handle, &status) == 1 else {
                try ICUError.check(status, "uregex_findNext")
                return nil
            }
            let match = currentMatch(groupCount, &status)
            try ICUError.check(status, "uregex_findNext")
            return match
        }
    }

    /// The matches of `matches(in:)` (whole-match ranges, at most `limit`), found by trying a match only at the
    /// starts `next(q)` proposes: the first UTF-16 offset at or after q (a code point boundary) where a match may
    /// start, nil when none is left. Every match start must be proposed. Nil when a match is empty (where
    /// `findNext` has its own rule for going on): search with `matches(in:)` then.
    public func matches(in text: [UInt16], limit: Int = .max, startingAt next: (Int) -> Int?) throws(ICUError) -> [Range<Int>]? {
        try withText(text) { (count, status) throws(ICUError) -> [Range<Int>]? in
            var found: [Range<Int>] = []
            var q = 0
            while found.count < limit, let p = next(q), p <= count {
                let hit = tifa_regex_looking_at(handle, Int32(p), &status)
                try ICUError.check(status, "uregex_lookingAt")
                guard hit == 1 else { q = p + 1; continue }
                var s: Int32 = 0, e: Int32 = 0
                tifa_regex_group_range(handle, 0, &s, &e, &status)
                try ICUError.check(status, "uregex_start")
                if e <= s { return nil }
                found.append(Int(s)..<Int(e))
                q = Int(e)
            }
            return found
        }
    }

    /// Runs body(text count, status) with text as the regex's input, and detaches the text afterwards (ICU keeps
    /// a pointer to it, valid only inside this call).
    private func withText<R>(_ text: [UInt16], _ body: (Int, inout Int32) throws(ICUError) -> R) throws(ICUError) -> R {
        try text.withUnsafeBufferPointer { (buf) throws(ICUError) -> R in
            var status: Int32 = 0
            tifa_regex_set_text(handle, buf.baseAddress ?? UnsafePointer(bitPattern: 1), Int32(buf.count), &status)
            try ICUError.check(status, "uregex_setText")
            defer {
                var empty: [UInt16] = [0], reset: Int32 = 0
                tifa_regex_set_text(handle, &empty, 0, &reset)
            }
            return try body(buf.count, &status)
        }
    }

    /// The groups of the match just found (group 0 is the whole match; nil for a group that took no part).
    private func currentMatch(_ groupCount: Int, _ status: inout Int32) -> Match {
        var groups: [Range<Int>?] = []
        for g in 0...groupCount {
            var s: Int32 = 0, e: Int32 = 0
            tifa_regex_group_range(handle, Int32(g), &s, &e, &status)
            groups.append(s < 0 ? nil : Int(s)..<Int(e))
        }
        return Match(groups: groups)
    }

    /// All matches in a String, as UTF-16 ranges.
    public func matches(in text: String) throws(ICUError) -> [Match] { try matches(in: Array(text.utf16)) }
}
