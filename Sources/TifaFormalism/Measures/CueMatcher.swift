import TifaICU

/// The cue classes compiled for one thread (ICU regular expressions are not thread-safe): tests a piece of
/// text for a class and returns what matched.
final class CueMatcher {
    private var compiled: [FormalismRules.CueClass: ICURegex] = [:]

    init(_ rules: FormalismRules) throws(ICUError) {
        for (cls, pattern) in rules.patterns { compiled[cls] = try ICURegex(pattern) }
    }

    /// The matched strings of a class in `text` (UTF-16), in order.
    func matches(_ cls: FormalismRules.CueClass, in text: [UInt16]) -> [String] {
        guard let regex = compiled[cls], let found = try? regex.matches(in: text) else { return [] }
        return found.map { String(decoding: text[$0.range], as: UTF16.self) }
    }

    /// The first matched string of a class, or nil.
    func first(_ cls: FormalismRules.CueClass, in text: [UInt16]) -> String? { matches(cls, in: text).first }

    /// The text with every match of a class blanked (□), lengths kept.
    func masked(_ cls: FormalismRules.CueClass, in text: [UInt16]) -> [UInt16] {
        guard let regex = compiled[cls], let found = try? regex.matches(in: text) else { return text }
        var out = text
        for m in found { for i in m.range { out[i] = 0x25A1 } }
        return out
    }
}
