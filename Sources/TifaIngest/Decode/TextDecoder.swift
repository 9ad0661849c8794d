import TifaScript
import TifaCore
import TifaICU

/// Decodes the bytes of a text file: byte-order mark first, then UTF-8 validity, then a Chinese-aware choice
/// between GB18030, Big5 and EUC-TW (by decode validity and how common the decoded characters are; Big5 text that
/// needs Hong Kong characters becomes Big5-HKSCS), with ICU's detector for anything else. GB2312 and GBK are
/// decoded as GB18030, their superset.
public enum TextDecoder {
    /// Over this share of invalid sequences (per decoded character) a file is undecodable.
    public static let maxInvalidShare = 0.02
    /// How many bytes the statistics and the detector look at.
    static let sampleSize = 256 * 1024

    /// Decodes bytes; `encoding` forces a charset. Throws a diagnostic naming `file` for binary or undecodable input.
    public static func decode(_ bytes: [UInt8], encoding forced: String? = nil, file: String) throws(TifaError) -> DecodedText {
        if let forced { return try decode(bytes, charset: canonical(forced), method: "override", confidence: 100, file: file) }
        if let (charset, skip) = byteOrderMark(bytes) {
            var d = try decode(Array(bytes[skip...]), charset: charset, method: "bom", confidence: 100, file: file)
            if let first = d.firstInvalidByte { d.firstInvalidByte = first + skip }
            return d
        }
        let sample = Array(bytes.prefix(sampleSize))
        if looksBinary(sample) {
            throw TifaError(code: "ingest.binary", file: file, message: "binary data, not text (NUL or control bytes)")
        }
        if let scalars = ScalarText.scalars(validatingUTF8: bytes) {
            return DecodedText(scalars: scalars, encoding: "UTF-8", confidence: 100, method: "utf8-valid",
                               invalidSequences: 0, firstInvalidByte: nil)
        }
        if mostlyUTF8(sample), sample.count == bytes.count || mostlyUTF8(bytes) {
            return try decode(bytes, charset: "UTF-8", method: "utf8-mostly-valid", confidence: 90, file: file)
        }
        let choice = try choose(sample, file: file)
        let decoded = try decode(bytes, charset: choice.charset, method: "detected", confidence: choice.confidence, file: file)
        return choice.charset == "Big5" ? try hongKongVariant(of: decoded, bytes: bytes, file: file) : decoded
    }

    /// Big5 text whose decoding holds Private Use Area characters (Big5's user-defined areas, where Big5-HKSCS puts
    /// its Hong Kong characters: 埗, 邨, 堃) is decoded again as Big5-HKSCS, kept when that leaves fewer
    /// private-use characters and no more invalid sequences.
    static func hongKongVariant(of big5: DecodedText, bytes: [UInt8], file: String) throws(TifaError) -> DecodedText {
        let privateUse = big5.scalars.count(where: \.isPrivateUse)
        guard privateUse > 0,
              let hkscs = try? decode(bytes, charset: "Big5-HKSCS", method: "detected", confidence: big5.confidence, file: file),
              hkscs.scalars.count(where: \.isPrivateUse) < privateUse, hkscs.invalidSequences <= big5.invalidSequences
        else { return big5 }
        return hkscs
    }

    /// The charset ICU should use for a user's name of it.
    public static func canonical(_ name: String) -> String {
        switch name.lowercased().replacingOccurrences(of: "_", with: "-") {
        case "gb2312", "gbk", "cp936", "windows-936", "gb-2312", "euc-cn", "gb18030": return "GB18030"
        case "big5", "big-5", "cp950", "windows-950": return "Big5"
        case "big5-hkscs", "big5hkscs", "hkscs", "big5hk", "hkscs-big5": return "Big5-HKSCS"
        case "euc-tw", "euctw", "cns11643", "cns-11643": return "EUC-TW"
        case "utf8", "utf-8": return "UTF-8"
        default: return name
        }
    }

    static func byteOrderMark(_ b: [UInt8]) -> (String, Int)? {
        if b.starts(with: [0xEF, 0xBB, 0xBF]) { return ("UTF-8", 3) }
        if b.starts(with: [0xFF, 0xFE, 0x00, 0x00]) { return ("UTF-32LE", 4) }
        if b.starts(with: [0x00, 0x00, 0xFE, 0xFF]) { return ("UTF-32BE", 4) }
        if b.starts(with: [0xFF, 0xFE]) { return ("UTF-16LE", 2) }
        if b.starts(with: [0xFE, 0xFF]) { return ("UTF-16BE", 2) }
        if b.starts(with: [0x84, 0x31, 0x95, 0x33]) { return ("GB18030", 4) }
        return nil
    }

    /// NUL bytes, or more than 5% control bytes other than tab, newline, carriage return, form feed and escape.
    static func looksBinary(_ sample: [UInt8]) -> Bool {
        var controls = 0
        for b in sample {
            if b == 0 { return true }
            if b < 0x20 && b != 0x09 && b != 0x0A && b != 0x0D && b != 0x0C && b != 0x1B { controls += 1 }
        }
        return controls * 20 > sample.count
    }

    /// The charset for non-UTF-8 bytes and a confidence.
    static func choose(_ sample: [UInt8], file: String) throws(TifaError) -> (charset: String, confidence: Int) {
        var best: (charset: String, score: Double) = ("GB18030", -1)
        // EUC-TW (CNS 11643) shares GB18030's byte ranges: judged too, or its text reads as GB gibberish. Ties go
        // to the earlier charset.
        for charset in ["GB18030", "Big5", "EUC-TW"] {
            let score = try chineseScore(sample, charset: charset, file: file)
            if score > best.score { best = (charset, score) }
        }
        if best.score >= 0.6 { return (best.charset, Int((best.score * 100).rounded())) }
        // Not Chinese: ask ICU's detector, but never take a charset ICU cannot decode or a weak guess.
        let matches = (try? CharsetDetector.detect(sample.prefix(64 * 1024))) ?? []
        // Chinese charsets were judged above, by statistics better than the detector's.
        if let top = matches.first(where: { Converter.knows($0.charset) && !$0.charset.hasPrefix("UTF-") }),
           top.confidence >= minDetectorConfidence, !["GB18030", "Big5", "EUC-TW"].contains(canonical(top.charset)) {
            return (canonical(top.charset), top.confidence)
        }
        if best.score >= 0.5 { return (best.charset, Int((best.score * 100).rounded())) }
        throw TifaError(code: "ingest.undecodable", file: file,
                        message: "no encoding fits: not UTF-8, the bytes read poorly as GB18030, Big5 or EUC-TW, and ICU's detector "
                            + "is unsure (best guess \(matches.first.map { "\($0.charset), confidence \($0.confidence)" } ?? "none")); "
                            + "use --encoding to force one")
    }

    /// The least confidence (0–100) at which ICU's detector is believed for a non-Chinese charset.
    static let minDetectorConfidence = 30

    /// How Chinese the sample reads in a charset: the share of non-ASCII characters that are common Han
    /// characters or CJK punctuation, less a penalty for invalid sequences.
    static func chineseScore(_ sample: [UInt8], charset: String, file: String) throws(TifaError) -> Double {
        let decoded: Converter.Decoded
        do {
            decoded = try Converter.decode(sample, charset: charset)
        } catch {
            throw TifaError(code: "ingest.decode", file: file, message: "\(charset) decoding failed: \(error)", cause: error)
        }
        guard let tables = try? ScriptTables.shared.get() else { return 0 }
        var nonASCII = 0, good = 0
        for s in ScalarText.scalars(utf16: decoded.utf16) where s.value >= 0x80 {
            nonASCII += 1
            if s.isHan ? !tables.isUncommonHan(s) : (0x3000...0x303F).contains(s.value) || (0xFF00...0xFFEF).contains(s.value)
                || (0x2010...0x2027).contains(s.value) {
                good += 1
            }
        }
        guard nonASCII > 0 else { return 0 }
        // The last sequence may be cut by the sample's end: do not count it.
        let invalid = max(0, decoded.invalidCount - 1)
        return (Double(good) - 5 * Double(invalid)) / Double(nonASCII)
    }

    static func decode(_ bytes: [UInt8], charset: String, method: String, confidence: Int, file: String) throws(TifaError) -> DecodedText {
        if charset == "UTF-8" {
            if let scalars = ScalarText.scalars(validatingUTF8: bytes) {
                return DecodedText(scalars: scalars, encoding: charset, confidence: confidence, method: method,
                                   invalidSequences: 0, firstInvalidByte: nil)
            }
            let first = firstInvalidUTF8(bytes)
            let text = String(decoding: bytes, as: UTF8.self)
            var d = DecodedText(scalars: Array(text.unicodeScalars), encoding: charset, confidence: confidence, method: method,
                                invalidSequences: 0, firstInvalidByte: first)
            d.invalidSequences = d.scalars.count { $0.value == 0xFFFD } - countUTF8ReplacementCharacters(bytes)
            return try checked(d, file: file)
        }
        guard Converter.knows(charset) else {
            throw TifaError(code: "ingest.unknown-encoding", file: file, message: "unknown encoding '\(charset)'")
        }
        do {
            let decoded = try Converter.decode(bytes, charset: charset)
            return try checked(DecodedText(scalars: ScalarText.scalars(utf16: decoded.utf16), encoding: charset, confidence: confidence,
                                           method: method, invalidSequences: decoded.invalidCount,
                                           firstInvalidByte: decoded.firstInvalidOffset), file: file)
        } catch {
            throw TifaError(code: "ingest.decode", file: file, message: "\(charset) decoding failed: \(error)", cause: error)
        }
    }

    private static func checked(_ d: DecodedText, file: String) throws(TifaError) -> DecodedText {
        if d.invalidSequences > 0, Double(d.invalidSequences) > maxInvalidShare * Double(max(d.scalars.count, 1)) {
            throw TifaError(code: "ingest.undecodable", file: file, offset: d.firstInvalidByte,
                            message: "undecodable as \(d.encoding): \(d.invalidSequences) invalid byte sequences"
                                + (d.firstInvalidByte.map { ", the first at byte \($0)" } ?? ""))
        }
        return d
    }

    /// UTF-8 with a few broken sequences (a cut file, a stray byte): under 1% of the non-ASCII characters.
    static func mostlyUTF8(_ bytes: [UInt8]) -> Bool {
        var nonASCII = 0, replacements = 0
        for s in String(decoding: bytes, as: UTF8.self).unicodeScalars where s.value >= 0x80 {
            nonASCII += 1
            if s.value == 0xFFFD { replacements += 1 }
        }
        let invalid = replacements - countUTF8ReplacementCharacters(bytes)
        return nonASCII - invalid > 0 && invalid * 100 < nonASCII
    }

    /// U+FFFD written in the file itself (EF BF BD), which are not decoding errors.
    private static func countUTF8ReplacementCharacters(_ b: [UInt8]) -> Int {
        var n = 0, i = 0
        while i + 2 < b.count {
            if b[i] == 0xEF && b[i + 1] == 0xBF && b[i + 2] == 0xBD { n += 1; i += 3 } else { i += 1 }
        }
        return n
    }

    /// The byte offset of the first invalid UTF-8 sequence (overlong forms, surrogates and cut sequences included).
    static func firstInvalidUTF8(_ b: [UInt8]) -> Int? {
        var i = 0
        let n = b.count
        while i < n {
            let c = b[i]
            if c < 0x80 { i += 1; continue }
            let length: Int
            var lo: UInt8 = 0x80, hi: UInt8 = 0xBF
            switch c {
            case 0xC2...0xDF: length = 2
            case 0xE0: length = 3; lo = 0xA0
            case 0xE1...0xEC, 0xEE, 0xEF: length = 3
            case 0xED: length = 3; hi = 0x9F
            case 0xF0: length = 4; lo = 0x90
            case 0xF1...0xF3: length = 4
            case 0xF4: length = 4; hi = 0x8F
            default: return i
            }
            guard i + length <= n, (lo...hi).contains(b[i + 1]) else { return i }
            for k in 2..<length where b[i + k] & 0xC0 != 0x80 { return i }
            i += length
        }
        return nil
    }
}
