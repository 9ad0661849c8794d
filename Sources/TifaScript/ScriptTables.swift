import TifaICU

/// Per-character facts built once from ICU: which characters ICU's Traditional-Simplified transform changes,
/// which belong to GB2312 (the simplified standard set) and which to Big5 (the traditional one).
/// A character is traditional-only when the transform changes it and GB2312 does not hold it (so 乾, 著, 於,
/// which simplified text uses too, do not count); simplified-only when GB2312 holds it and Big5 does not.
public final class ScriptTables: Sendable {
    public struct Flags: OptionSet, Sendable {
        public let rawValue: UInt8
        public init(rawValue: UInt8) { self.rawValue = rawValue }
        public static let changedByTransform = Flags(rawValue: 1)
        public static let inGB2312 = Flags(rawValue: 2)
        public static let inBig5 = Flags(rawValue: 4)
        public static let traditionalOnly = Flags(rawValue: 8)
        public static let simplifiedOnly = Flags(rawValue: 16)
        /// In GB2312 level 1 (the 3,755 most used simplified characters) or Big5 level 1 (5,401 traditional).
        public static let common = Flags(rawValue: 32)
    }

    /// Flags for every BMP code point.
    @usableFromInline let flags: [UInt8]
    /// The transform's rules, run in Swift: ICU's own rules when they are plain enough, else what ICU does to
    /// each character on its own.
    public let transformRules: TransformRules

    /// The tables, built on first use (about 50 ms); shared by all workers.
    public static let shared: Result<ScriptTables, ICUError> = Result(catching: { () throws(ICUError) -> ScriptTables in try ScriptTables() })

    private init() throws(ICUError) {
        var flags = [UInt8](repeating: 0, count: 0x10000)
        for c in try Self.decodeAll(charset: "GB2312", leads: 0xA1...0xF7, trails: [Array(0xA1...0xFE)]) {
            flags[Int(c)] |= Flags.inGB2312.rawValue
        }
        for c in try Self.decodeAll(charset: "Big5", leads: 0xA1...0xF9, trails: [Array(0x40...0x7E), Array(0xA1...0xFE)]) {
            flags[Int(c)] |= Flags.inBig5.rawValue
        }
        for c in try Self.decodeAll(charset: "GB2312", leads: 0xB0...0xD7, trails: [Array(0xA1...0xFE)]) {
            flags[Int(c)] |= Flags.common.rawValue
        }
        for c in try Self.decodeAll(charset: "Big5", leads: 0xA4...0xC6, trails: [Array(0x40...0x7E), Array(0xA1...0xFE)]) {
            flags[Int(c)] |= Flags.common.rawValue
        }
        let transform = try Transliterator(id: "Traditional-Simplified")
        let rules: TransformRules
        if let read = (try? transform.rules()).flatMap(TransformRules.init(rules:)) {
            rules = read
        } else {
            // The rules cannot be read or run in Swift: ask ICU what each character becomes on its own.
            let pairs = try Self.singleCharacterTargets(transform)
            guard let built = TransformRules(pairs: pairs) else { throw ICUError(code: 3, call: "utrans_transUChars", detail: "Traditional-Simplified maps no character") }
            rules = built
        }
        for c in rules.changedCharacters {
            flags[Int(c)] |= Flags.changedByTransform.rawValue
        }
        for c in 0..<flags.count {
            let f = Flags(rawValue: flags[c])
            guard let scalar = Unicode.Scalar(UInt32(c)), scalar.isHan else { continue }
            if f.contains(.changedByTransform) && !f.contains(.inGB2312) {
                flags[c] |= Flags.traditionalOnly.rawValue
            } else if f.contains(.inGB2312) && !f.contains(.inBig5) {
                flags[c] |= Flags.simplifiedOnly.rawValue
            }
        }
        self.flags = flags
        transformRules = rules
    }

    /// The BMP characters the transform changes on their own, asking ICU.
    public static func changedCharacters(_ transform: Transliterator) throws(ICUError) -> [UInt32] {
        try singleCharacterTargets(transform).map(\.source)
    }

    /// What ICU's transform turns each BMP character into, for characters it changes into exactly one other.
    static func singleCharacterTargets(_ transform: Transliterator) throws(ICUError) -> [(source: UInt32, target: UInt32)] {
        var candidates: [UInt32] = []
        for range in [0x3000...0x303F, 0x3400...0x4DBF, 0x4E00...0x9FFF, 0xF900...0xFAFF] as [ClosedRange<UInt32>] {
            candidates.append(contentsOf: range)
        }
        var input: [UInt16] = []
        input.reserveCapacity(candidates.count * 2)
        for c in candidates {
            input.append(UInt16(c))
            input.append(0x0A)
        }
        let output = try transform.transliterate(input)
        let lines = String(decoding: output, as: UTF16.self).unicodeScalars.split(separator: "\n", omittingEmptySubsequences: false)
        guard lines.count >= candidates.count else { return [] }
        return zip(candidates, lines).compactMap { c, line in
            guard line.count == 1, let t = line.first?.value, t != c else { return nil }
            return (c, t)
        }
    }

    @inlinable public func flags(_ s: Unicode.Scalar) -> Flags {
        s.value < 0x10000 ? Flags(rawValue: flags[Int(s.value)]) : []
    }

    @inlinable public func isTraditionalOnly(_ s: Unicode.Scalar) -> Bool {
        s.value < 0x10000 && flags[Int(s.value)] & Flags.traditionalOnly.rawValue != 0
    }

    /// A Han character outside GB2312 level 1 and Big5 level 1: scarce in real reports, the bulk of mojibake.
    @inline(__always) public func isUncommonHan(_ s: Unicode.Scalar) -> Bool {
        guard s.isHan else { return false }
        if s.value >= 0x10000 { return true }
        return flags[Int(s.value)] & Flags.common.rawValue == 0
    }

    /// Every character of a double-byte charset, decoded pair by pair (pairs separated by newlines so an
    /// unassigned pair cannot shift the rest).
    private static func decodeAll(charset: String, leads: ClosedRange<UInt8>, trails: [[UInt8]]) throws(ICUError) -> [UInt32] {
        var bytes: [UInt8] = []
        for lead in leads {
            for group in trails {
                for trail in group { bytes += [lead, trail, 0x0A] }
            }
        }
        let decoded = try Converter.decode(bytes, charset: charset)
        return String(decoding: decoded.utf16, as: UTF16.self).unicodeScalars.compactMap { s in
            s.value < 0x10000 && s != "\n" && s.value != 0xFFFD && s.value > 0x7F ? s.value : nil
        }
    }
}
