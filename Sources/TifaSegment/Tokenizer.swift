import TifaICU
import TifaScript

/// One worker's segmentation state: an ICU break iterator and reusable buffers over a shared `Segmenter`.
/// Not thread-safe: make one per worker with `Segmenter.makeTokenizer()`.
public final class Tokenizer {
    public let segmenter: Segmenter
    /// The segmenter's tries and projection, held here so that a line's segmentation reads them without
    /// retaining them through `segmenter` on every call.
    private let codebook: ScalarTrie, forced: ScalarTrie, general: ScalarTrie
    private let projection: SimplifiedProjection?
    private let breaker: WordBreaker
    private let classes = ScalarClass.table
    /// Word-graph buffers: best log-probability from each position to the run's end, and where its word ends.
    private var score: UnsafeMutablePointer<Double>
    private var next: UnsafeMutablePointer<Int32>
    /// The simplified projection of the text being segmented, when it holds traditional-only characters.
    private var projected: UnsafeMutablePointer<UInt32>
    private var pathCapacity = 1024
    private var utf16: [UInt16] = []
    private var utf16ToScalar: [Int32] = []
    private var scalarBuffer: [UInt32] = []
    /// Stretches ICU failed on since the last `takeFallbacks()`.
    private var fallbacks: [SegmentFallback] = []

    init(segmenter: Segmenter) throws(ICUError) {
        self.segmenter = segmenter
        codebook = segmenter.codebook
        forced = segmenter.forced
        general = segmenter.general
        projection = segmenter.projection
        breaker = try WordBreaker(locale: "zh")
        score = .allocate(capacity: pathCapacity)
        next = .allocate(capacity: pathCapacity)
        projected = .allocate(capacity: pathCapacity)
    }

    deinit {
        score.deallocate()
        next.deallocate()
        projected.deallocate()
    }

    /// The stretches where ICU's word break failed since the last call (they were cut one token per character),
    /// so the caller can report them; the list starts empty again.
    public func takeFallbacks() -> [SegmentFallback] {
        defer { fallbacks.removeAll() }
        return fallbacks
    }

    /// The tokens of text; offsets are Unicode scalar offsets into `text`.
    public func segment(_ text: String) -> [Token] {
        scalarBuffer.removeAll(keepingCapacity: true)
        for s in text.unicodeScalars { scalarBuffer.append(s.value) }
        var tokens: [Token] = []
        scalarBuffer.withUnsafeBufferPointer { segment($0, into: &tokens) }
        return tokens
    }

    /// The tokens of a scalar array; offsets index into `scalars`.
    public func segment(_ scalars: [Unicode.Scalar]) -> [Token] {
        var tokens: [Token] = []
        scalars.withUnsafeBufferPointer { buf in
            buf.withMemoryRebound(to: UInt32.self) { segment($0, into: &tokens) }
        }
        return tokens
    }

    /// Appends the tokens of scalar values to tokens; offsets are relative to the buffer's start.
    /// This is the allocation-free path for bulk work: reuse `tokens` (`removeAll(keepingCapacity: true)`).
    /// Lines holding traditional-only characters are segmented through their simplified projection (same length,
    /// so the tokens' offsets are offsets into `s`).
    public func segment(_ s: UnsafeBufferPointer<UInt32>, into tokens: inout [Token]) {
        let n = s.count
        if pathCapacity < n + 1 {
            score.deallocate()
            next.deallocate()
            projected.deallocate()
            pathCapacity = max(n + 1, pathCapacity * 2)
            score = .allocate(capacity: pathCapacity)
            next = .allocate(capacity: pathCapacity)
            projected = .allocate(capacity: pathCapacity)
        }
        if let projection,
           Self.project(s, with: projection, into: projected) {
            segmentWritten(UnsafeBufferPointer(start: projected, count: n), into: &tokens)
        } else {
            segmentWritten(s, into: &tokens)
        }
    }

    /// The script of scalar values, judged as `SimplifiedProjection.script(of:)` does (`undetermined` without a
    /// projection).
    public func script(of s: UnsafeBufferPointer<UInt32>) -> Script {
        guard let projection = segmenter.projection else { return .undetermined }
        return s.withMemoryRebound(to: Unicode.Scalar.self) { projection.script(of: $0).script }
    }

    /// Writes to `out` the projection of every line of `s` that holds a traditional-only character and a copy of
    /// the others; false (and `out` untouched) when no line needs it. One scan finds the first traditional-only
    /// character; from there each line is read once for its end (and, after the first, for a traditional-only
    /// character) and then projected or copied.
    private static func project(_ s: UnsafeBufferPointer<UInt32>, with projection: SimplifiedProjection,
                                into out: UnsafeMutablePointer<UInt32>) -> Bool {
        s.withMemoryRebound(to: Unicode.Scalar.self) { text in
            let tables = projection.tables
            guard let first = text.firstIndex(where: { tables.isTraditionalOnly($0) }), let base = s.baseAddress else { return false }
            let n = text.count
            var start = first
            while start > 0 && text[start - 1] != "\n" { start -= 1 }
            out.update(from: base, count: start)  // the lines before hold no traditional-only character
            out.withMemoryRebound(to: Unicode.Scalar.self, capacity: n) { target in
                var hasTraditional = true
                var k = first + 1
                while true {
                    while k < n && text[k] != "\n" {
                        if !hasTraditional && tables.isTraditionalOnly(text[k]) { hasTraditional = true }
                        k += 1
                    }
                    if hasTraditional {
                        projection.project(text, start..<k, into: target)
                    } else {
                        (out + start).update(from: base + start, count: k - start)
                    }
                    guard k < n else { break }
                    out[k] = base[k]
                    start = k + 1
                    k = start
                    hasTraditional = false
                }
            }
            return true
        }
    }

    /// Segments scalars as written: codebook terms (longest, leftmost, yielding to a longer overlapping one), then
    /// forced terms in the gaps, then the rest by class.
    private func segmentWritten(_ s: UnsafeBufferPointer<UInt32>, into tokens: inout [Token]) {
        let n = s.count
        guard segmenter.hasCodebook else {
            segmentForced(s, 0, n, &tokens)
            return
        }
        var gapStart = 0
        var i = 0
        while i < n {
            if codebook.child(0, s[i]) != 0, let end = wholeTermEnd(s, at: i, limit: n, in: codebook),
               !longerTermOverlaps(s, i, end, n, in: codebook) {
                segmentForced(s, gapStart, i, &tokens)
                tokens.append(Token(start: i, end: end, kind: .word))
                i = end
                gapStart = end
            } else {
                i += 1
            }
        }
        segmentForced(s, gapStart, n, &tokens)
    }

    /// Segments s[a..<b]: forced terms (longest, leftmost, within the range), the rest by class. A forced term
    /// yields to a longer one that starts inside it and ends after it (不搞形式主义: 搞形式 yields to 形式主义).
    private func segmentForced(_ s: UnsafeBufferPointer<UInt32>, _ a: Int, _ b: Int, _ tokens: inout [Token]) {
        var regionStart = a
        var i = a
        while i < b {
            if forced.child(0, s[i]) != 0, let end = wholeTermEnd(s, at: i, limit: b, in: forced),
               !longerTermOverlaps(s, i, end, b, in: forced) {
                segmentRegion(s, regionStart, i, &tokens)
                tokens.append(Token(start: i, end: end, kind: .word))
                i = end
                regionStart = end
            } else {
                i += 1
            }
        }
        segmentRegion(s, regionStart, b, &tokens)
    }

    // MARK: Whole terms

    /// Whether a longer term of `trie` starts inside s[i..<end] and ends after `end` (within `limit`).
    private func longerTermOverlaps(_ s: UnsafeBufferPointer<UInt32>, _ i: Int, _ end: Int, _ limit: Int,
                                    in trie: ScalarTrie) -> Bool {
        var k = i + 1
        while k < end {
            if trie.child(0, s[k]) != 0, let e = wholeTermEnd(s, at: k, limit: limit, in: trie), e > end, e - k > end - i {
                return true
            }
            k += 1
        }
        return false
    }

    /// The end (at most `limit`) of the longest term of `trie` starting at i, if any. A term does not start or
    /// end inside a run of Latin letters and digits.
    @inline(__always)
    private func wholeTermEnd(_ s: UnsafeBufferPointer<UInt32>, at i: Int, limit: Int, in trie: ScalarTrie) -> Int? {
        let n = s.count
        if i > 0 && isAlnum(s[i]) && isAlnum(s[i - 1]) { return nil }
        var node: UInt32 = 0
        var best: Int?
        var j = i
        while j < limit {
            node = trie.child(node, s[j])
            if node == 0 { break }
            j += 1
            if !trie.value(node).isNaN && !(j < n && isAlnum(s[j - 1]) && isAlnum(s[j])) { best = j }
        }
        return best
    }

    @inline(__always) private func isAlnum(_ v: UInt32) -> Bool {
        let c = classes.of(v)
        return c == .latin || c == .digit || c == .letter
    }

    // MARK: Regions between forced terms

    private func segmentRegion(_ s: UnsafeBufferPointer<UInt32>, _ a: Int, _ b: Int, _ tokens: inout [Token]) {
        var i = a
        while i < b {
            let v = s[i]
            if Self.isSign(v) && i + 1 < b && classes.of(s[i + 1]) == .digit && (i == 0 || !isAlnum(s[i - 1])) {
                i = scanNumber(s, i, b, &tokens, digitsFrom: i + 1)  // －9℃, +3.5%
                continue
            }
            switch classes.of(v) {
            case .skip:
                i += 1
            case .han:
                let j = hanRunEnd(s, i, b)
                segmentHan(s, i, j, &tokens)
                i = j
            case .digit:
                i = scanNumber(s, i, b, &tokens)
            case .latin, .letter:
                let j = letterRunEnd(s, i, b)
                breakWithICU(s, i, j, &tokens)
                i = j
            case .punctuation:
                var j = i + 1
                if Self.isRepeatable(v) { while j < b && s[j] == v { j += 1 } }
                tokens.append(Token(start: i, end: j, kind: .punctuation))
                i = j
            case .symbol:
                if v == 0x25CB && i + 1 < b && ScalarClass.isChineseNumeral(s[i + 1]) {  // ○ in 二○○一年
                    let j = hanRunEnd(s, i, b)
                    segmentHan(s, i, j, &tokens)
                    i = j
                } else {
                    tokens.append(Token(start: i, end: i + 1, kind: .symbol))
                    i += 1
                }
            }
        }
    }

    /// Plus and minus signs that belong to a number right after them (ASCII, full-width, U+2212).
    private static func isSign(_ v: UInt32) -> Bool { v == 0x2D || v == 0x2B || v == 0xFF0D || v == 0xFF0B || v == 0x2212 }

    /// The Chinese dash and ellipsis, which are written doubled (`——`, `……`): a run of one of them is one token.
    /// ASCII runs (`---`, `...`) stay one token per character.
    private static func isRepeatable(_ v: UInt32) -> Bool {
        switch v {
        case 0x2014, 0x2015, 0x2026, 0x2025, 0x2500: true
        default: false
        }
    }

    /// End of the Han run starting at i (○ counts as Han after a Chinese numeral).
    private func hanRunEnd(_ s: UnsafeBufferPointer<UInt32>, _ i: Int, _ b: Int) -> Int {
        var j = i + 1
        while j < b {
            let v = s[j]
            if classes.of(v) == .han || (v == 0x25CB && ScalarClass.isChineseNumeral(s[j - 1])) { j += 1 } else { break }
        }
        return j
    }

    /// End of a run of letters and digits (with `.`, `-`, `_`, `'`, `&`, `@` between them).
    private func letterRunEnd(_ s: UnsafeBufferPointer<UInt32>, _ i: Int, _ b: Int) -> Int {
        var j = i + 1
        while j < b {
            if isAlnum(s[j]) {
                j += 1
            } else if Self.isJoiner(s[j]) && j + 1 < b && isAlnum(s[j + 1]) {
                j += 2
            } else {
                break
            }
        }
        return j
    }

    private static func isJoiner(_ v: UInt32) -> Bool {
        switch v {
        case 0x2E, 0x2D, 0x5F, 0x27, 0x26, 0x40, 0xFF0E, 0xFF3F, 0xFF06, 0xFF20: true
        default: false
        }
    }

    // MARK: Numbers

    /// Scans a number starting at a digit, or at a sign when `digitsFrom` says where its digits start (see
    /// docs/SEGMENTATION.md for the convention), and returns its end.
    private func scanNumber(_ s: UnsafeBufferPointer<UInt32>, _ i: Int, _ b: Int, _ tokens: inout [Token],
                            digitsFrom: Int? = nil) -> Int {
        var j = digitsFrom ?? i
        func digits() { while j < b && classes.of(s[j]) == .digit { j += 1 } }
        digits()
        // Decimal points and thousands separators between digits.
        while j + 1 < b, s[j] == 0x2E || s[j] == 0xFF0E || s[j] == 0x2C || s[j] == 0xB7,
              classes.of(s[j + 1]) == .digit {
            j += 1
            digits()
        }
        if j < b {
            let c = classes.of(s[j])
            if c == .latin || c == .letter {  // 1600F, ３００ｍｗ: an alphanumeric word
                let end = letterRunEnd(s, i, b)
                breakWithICU(s, i, end, &tokens)
                return end
            }
        }
        while j < b && (s[j] == 0x4E07 || s[j] == 0x4EBF) { j += 1 }  // 万 亿
        if j < b {
            let v = s[j]
            if v == 0x25 || v == 0xFF05 || v == 0x2030 || ScalarClass.isDateUnit(v) || v == 0x53F7 { j += 1 }  // % ％ ‰ 年月日 号
        }
        tokens.append(Token(start: i, end: j, kind: .number))
        return j
    }

    // MARK: Han text

    /// Segments a Han run by the most probable path through the word graph of the general vocabulary; runs of
    /// characters the vocabulary does not know go to ICU.
    private func segmentHan(_ s: UnsafeBufferPointer<UInt32>, _ a: Int, _ b: Int, _ tokens: inout [Token]) {
        let trie = general
        let unknown = Double(segmenter.unknownLogProb)
        let dateLogProb = Double(segmenter.numeralDateLogProb)
        let score = self.score, next = self.next
        score[b] = 0
        var i = b - 1
        while i >= a {
            var best = unknown + score[i + 1]
            var bestEnd = i + 1
            var node = trie.child(0, s[i])
            if node != 0 {
                var j = i + 1
                while true {
                    let lp = trie.value(node)
                    if !lp.isNaN {
                        let candidate = Double(lp) + score[j]
                        if candidate >= best || j == i + 1 { best = candidate; bestEnd = j }
                    }
                    if j >= b { break }
                    node = trie.child(node, s[j])
                    if node == 0 { break }
                    j += 1
                }
            }
            if ScalarClass.isChineseNumeral(s[i]) {
                var k = i
                while k < b && ScalarClass.isChineseNumeral(s[k]) { k += 1 }
                if k - i >= 2 && k < b && ScalarClass.isDateUnit(s[k]) {
                    let candidate = dateLogProb + score[k + 1]
                    if candidate >= best { best = candidate; bestEnd = k + 1 }
                }
            }
            score[i] = best
            next[i] = Int32(bestEnd)
            i -= 1
        }
        // Emit the path; gather runs of unknown single characters for ICU.
        i = a
        var unknownStart = -1
        while i < b {
            let end = Int(next[i])
            if end == i + 1 && trie.value(trie.child(0, s[i])).isNaN {
                if unknownStart < 0 { unknownStart = i }
            } else {
                if unknownStart >= 0 { flushUnknown(s, unknownStart, i, &tokens); unknownStart = -1 }
                tokens.append(Token(start: i, end: end, kind: isNumeralDate(s, i, end) ? .number : .word))
            }
            i = end
        }
        if unknownStart >= 0 { flushUnknown(s, unknownStart, b, &tokens) }
    }

    private func isNumeralDate(_ s: UnsafeBufferPointer<UInt32>, _ i: Int, _ end: Int) -> Bool {
        guard end - i >= 3, ScalarClass.isDateUnit(s[end - 1]) else { return false }
        for k in i..<(end - 1) where !ScalarClass.isChineseNumeral(s[k]) { return false }
        return true
    }

    private func flushUnknown(_ s: UnsafeBufferPointer<UInt32>, _ a: Int, _ b: Int, _ tokens: inout [Token]) {
        if b - a == 1 {
            tokens.append(Token(start: a, end: b, kind: .word))
        } else {
            breakWithICU(s, a, b, &tokens)
        }
    }

    // MARK: ICU

    /// Appends ICU's word break tokens for s[a..<b]; kinds come from ICU's rule status.
    private func breakWithICU(_ s: UnsafeBufferPointer<UInt32>, _ a: Int, _ b: Int, _ tokens: inout [Token]) {
        utf16.removeAll(keepingCapacity: true)
        utf16ToScalar.removeAll(keepingCapacity: true)
        for k in a..<b {
            let v = s[k]
            if v < 0x10000 {
                utf16.append(UInt16(v))
                utf16ToScalar.append(Int32(k))
            } else {
                utf16.append(UInt16(0xD800 + ((v - 0x10000) >> 10)))
                utf16.append(UInt16(0xDC00 + ((v - 0x10000) & 0x3FF)))
                utf16ToScalar.append(Int32(k))
                utf16ToScalar.append(Int32(k))
            }
        }
        utf16ToScalar.append(Int32(b))
        let map = utf16ToScalar
        let before = tokens.count
        do {
            try breaker.segments(of: utf16) { segment in
                let start = Int(map[segment.start])
                let end = Int(map[segment.end])
                guard end > start else { return }
                let kind: Token.Kind
                switch segment.kind {
                case .number: kind = .number
                case .letter:
                    let first = classes.of(s[start])
                    kind = first == .latin || first == .digit ? .latin : .word
                case .kana, .ideographic: kind = .word
                case .none:
                    switch classes.of(s[start]) {
                    case .skip: return
                    case .punctuation: kind = .punctuation
                    case .symbol: kind = .symbol
                    case .digit: kind = .number
                    case .latin: kind = .latin
                    case .han, .letter: kind = .word
                    }
                }
                tokens.append(Token(start: start, end: end, kind: kind))
            }
        } catch {
            // ICU failed on this stretch: fall back to one token per character, and say so (`takeFallbacks`).
            fallbacks.append(SegmentFallback(range: a..<b, error: error))
            tokens.removeSubrange(before...)
            for k in a..<b where classes.of(s[k]) != .skip { tokens.append(Token(start: k, end: k + 1, kind: .word)) }
        }
    }
}

/// A stretch of text ICU's word break failed on; the tokenizer cut it one token per character instead.
public struct SegmentFallback: Sendable, Equatable {
    /// Scalar offsets of the stretch in the segmented text.
    public let range: Range<Int>
    /// ICU's error, with its status code and the call that failed.
    public let error: ICUError
}
