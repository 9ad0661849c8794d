import CTifaICU

/// A failed ICU call: the ICU status code, its name and the call that returned it.
public struct ICUError: Error, Equatable, Sendable, CustomStringConvertible {
    /// ICU's `UErrorCode` value (always > 0 for a failure).
    public let code: Int32
    /// The wrapper call that failed, such as `ubrk_open`.
    public let call: String
    /// Extra context: a transliterator id, a charset name, a pattern offset.
    public let detail: String

    public init(code: Int32, call: String, detail: String = "") {
        self.code = code
        self.call = call
        self.detail = detail
    }

    /// ICU's own name for the code, such as `U_BUFFER_OVERFLOW_ERROR`.
    public var name: String { String(cString: tifa_icu_error_name(code)) }

    public var description: String {
        detail.isEmpty ? "ICU \(call) failed: \(name) (\(code))" : "ICU \(call) failed: \(name) (\(code)): \(detail)"
    }

    /// Throws when status is an ICU failure (> 0); warnings (< 0) pass.
    @inline(__always)
    static func check(_ status: Int32, _ call: String, _ detail: @autoclosure () -> String = "") throws(ICUError) {
        if status > 0 { throw ICUError(code: status, call: call, detail: detail()) }
    }

    static let bufferOverflow: Int32 = 15
}

/// Facts about the ICU library Tifa runs on.
public enum ICU {
    /// The system ICU's version, such as "72.1"; recorded in every output.
    public static let version: String = {
        var buf = [CChar](repeating: 0, count: 32)
        let n = tifa_icu_version(&buf, 32)
        return String(decoding: buf[0..<Int(n)].map { UInt8(bitPattern: $0) }, as: UTF8.self)
    }()
}
