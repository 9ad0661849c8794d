import TifaICU

/// The cue classes compiled for one thread (ICU regular expressions are not thread-safe): tests a piece of
/// text for a class and returns what matched. A class's regex runs only when the text holds the literals its
/// pattern requires (`CuePrefilter`).
final class CueMatcher {
    private var compiled: [ICURegex?]
    private let prefilter: CuePrefilter
    /// Per class: where its matches can start, when the pattern says.
    private var windows: [CueWindow?]
    private var scratch: [Bool] = []

    init(_ rules: FormalismRules) throws(ICUError) {
        compiled = Array(repeating: nil, count: FormalismRules.CueClass.allCases.count)
        windows = Array(repeating: nil, count: compiled.count)
        var requirements: [FormalismRules.CueClass: CueRequirement] = [:]
        for (cls, pattern) in rules.patterns {
            compiled[cls.index] = try ICURegex(pattern)
            let requirement = CueRequirement(pattern: pattern)
            requirements[cls] = requirement
            windows[cls.index] = requirement.window.map(CueWindow.init)
        }
        prefilter = CuePrefilter(requirements)
    }

    /// The text `scalars` ready for the cue tests.
    func text(_ scalars: ArraySlice<Unicode.Scalar>) -> CueText {
        CueText(scalars: scalars, possible: prefilter.possible(in: scalars, scratch: &scratch))
    }

    /// The matched strings of a class in `text`, in order.
    func matches(_ cls: FormalismRules.CueClass, in text: inout CueText) -> [String] {
        guard text.mayMatch(cls) else { return [] }
        let utf16 = text.utf16()
        return ranges(cls, in: utf16).map { String(decoding: utf16[$0], as: UTF16.self) }
    }

    /// The first matched string of a class, or nil.
    func first(_ cls: FormalismRules.CueClass, in text: inout CueText) -> String? {
        guard text.mayMatch(cls) else { return nil }
        let utf16 = text.utf16()
        return ranges(cls, in: utf16, limit: 1).first.map { String(decoding: utf16[$0], as: UTF16.self) }
    }

    /// The text with every match of a class blanked (□), lengths kept; it may match the classes the text may.
    func masked(_ cls: FormalismRules.CueClass, in text: inout CueText) -> CueText {
        guard text.mayMatch(cls) else { return text }
        let utf16 = text.utf16()
        let found = ranges(cls, in: utf16)
        if found.isEmpty { return text }
        var out = utf16
        for m in found { for i in m { out[i] = 0x25A1 } }
        return CueText(utf16: out, possible: text.possible)
    }

    /// The match ranges of a class (at most `limit`), tried only at the starts its window allows when it has one.
    private func ranges(_ cls: FormalismRules.CueClass, in utf16: [UInt16], limit: Int = .max) -> [Range<Int>] {
        guard let regex = compiled[cls.index] else { return [] }
        if let window = windows[cls.index] {
            var starts = window.starts(in: utf16)
            if let found = try? regex.matches(in: utf16, limit: limit, startingAt: { starts.next($0) }) { return found }
        }
        if limit == 1 {
            guard let first = try? regex.firstMatch(in: utf16) else { return [] }
            return [first.range]
        }
        return ((try? regex.matches(in: utf16)) ?? []).prefix(limit).map(\.range)
    }
}

/// A piece of text under the cue tests: the classes that may match in it and, once a regex needs it, its UTF-16.
struct CueText {
    private var scalars: ArraySlice<Unicode.Scalar>
    private var cached: [UInt16]?
    /// Bit `CueClass.index` set when the class may match.
    let possible: UInt32

    init(scalars: ArraySlice<Unicode.Scalar>, possible: UInt32) {
        self.scalars = scalars
        self.possible = possible
    }

    init(utf16: [UInt16], possible: UInt32) {
        scalars = []
        cached = utf16
        self.possible = possible
    }

    func mayMatch(_ cls: FormalismRules.CueClass) -> Bool { possible & (1 << cls.index) != 0 }

    /// The text in UTF-16 (made once).
    mutating func utf16() -> [UInt16] {
        if let cached { return cached }
        var out: [UInt16] = []
        out.reserveCapacity(scalars.count + 4)
        for s in scalars {
            if s.value < 0x10000 {
                out.append(UInt16(s.value))
            } else {
                out.append(UTF16.leadSurrogate(s))
                out.append(UTF16.trailSurrogate(s))
            }
        }
        cached = out
        return out
    }
}

extension FormalismRules.CueClass {
    /// The class's position in `allCases`.
    var index: Int { Self.order.firstIndex(of: self) ?? 0 }
    private static let order = allCases
}
