import CTifaICU

/// ICU's word break iterator over UTF-16 text. Not thread-safe: one per worker.
public final class WordBreaker {
    /// The kind of word ICU's rule status gives a segment.
    public enum RuleKind: Sendable, Equatable {
        case none, number, letter, kana, ideographic
        init(status: Int32) {
            switch status {
            case 100..<200: self = .number
            case 200..<300: self = .letter
            case 300..<400: self = .kana
            case 400..<500: self = .ideographic
            default: self = .none
            }
        }
    }

    /// One segment between two boundaries: UTF-16 offsets and the rule kind.
    public struct Segment: Sendable, Equatable {
        public let start: Int
        public let end: Int
        public let kind: RuleKind
    }

    private let handle: OpaquePointer
    private var boundaries = [Int32](repeating: 0, count: 512)
    private var statuses = [Int32](repeating: 0, count: 512)

    /// Opens a word break iterator for locale (default "zh").
    public init(locale: String = "zh") throws(ICUError) {
        var status: Int32 = 0
        guard let h = tifa_wb_open(locale, &status), status <= 0 else {
            throw ICUError(code: status == 0 ? 1 : status, call: "ubrk_open", detail: locale)
        }
        handle = h
    }

    deinit { tifa_wb_close(handle) }

    /// Calls body with each segment of text (UTF-16), in order; boundaries come from ICU in batches.
    public func segments(of text: [UInt16], _ body: (Segment) -> Void) throws(ICUError) {
        try text.withUnsafeBufferPointer { (buf) throws(ICUError) in try segments(of: buf, body) }
    }

    /// Calls body with each segment of the UTF-16 text, which must stay valid for the call only.
    public func segments(of text: UnsafeBufferPointer<UInt16>, _ body: (Segment) -> Void) throws(ICUError) {
        guard let base = text.baseAddress, !text.isEmpty else { return }
        guard text.count < Int(Int32.max) else {
            throw ICUError(code: 1, call: "ubrk_setText", detail: "text longer than 2^31 UTF-16 units")
        }
        var status: Int32 = 0
        tifa_wb_set_text(handle, base, Int32(text.count), &status)
        try ICUError.check(status, "ubrk_setText")
        var previous = 0
        while true {
            let n = Int(tifa_wb_next_batch(handle, &boundaries, &statuses, Int32(boundaries.count)))
            if n == 0 { break }
            for i in 0..<n {
                let end = Int(boundaries[i])
                body(Segment(start: previous, end: end, kind: RuleKind(status: statuses[i])))
                previous = end
            }
        }
        // Detach ICU from the caller's buffer before it goes away.
        tifa_wb_set_text(handle, nil, 0, &status)
    }
}
