import CTifaICU

/// ICU's charset detector: candidate charsets for a byte string, best first.
public enum CharsetDetector {
    /// One candidate charset with ICU's confidence (0–100).
    public struct Match: Sendable, Equatable {
        public let charset: String
        public let confidence: Int
    }

    /// All candidates ICU finds for bytes (at most 16), best first.
    public static func detect(_ bytes: some Collection<UInt8>) throws(ICUError) -> [Match] {
        let data = Array(bytes.prefix(Int(Int32.max)))
        if data.isEmpty { return [] }
        let maxMatches = 16
        var names = [(CChar, CChar, CChar, CChar, CChar, CChar, CChar, CChar,
                      CChar, CChar, CChar, CChar, CChar, CChar, CChar, CChar,
                      CChar, CChar, CChar, CChar, CChar, CChar, CChar, CChar,
                      CChar, CChar, CChar, CChar, CChar, CChar, CChar, CChar)](
            repeating: (0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
                        0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0), count: maxMatches)
        var confidences = [Int32](repeating: 0, count: maxMatches)
        var status: Int32 = 0
        let n = data.withUnsafeBytes { raw in
            names.withUnsafeMutableBufferPointer { nb in
                tifa_csdet_detect(raw.baseAddress!.assumingMemoryBound(to: CChar.self), Int32(raw.count),
                                  nb.baseAddress, &confidences, Int32(maxMatches), &status)
            }
        }
        try ICUError.check(status, "ucsdet_detectAll")
        var result: [Match] = []
        for i in 0..<Int(n) {
            let name = withUnsafeBytes(of: names[i]) { raw in
                String(decoding: raw.prefix { $0 != 0 }, as: UTF8.self)
            }
            result.append(Match(charset: name, confidence: Int(confidences[i])))
        }
        return result
    }
}
