import Foundation

/// A file-system path as the bytes the kernel sees, with a printable form: bytes that are not UTF-8 are shown
/// as `\xHH`, so a file whose name is not UTF-8 can still be opened (by its bytes) and named (escaped).
public struct RawPath: Sendable, Hashable {
    /// The path bytes, without a terminating NUL.
    public let bytes: [UInt8]

    public init(bytes: [UInt8]) { self.bytes = bytes }
    public init(_ path: String) { bytes = Array(path.utf8) }

    /// The path for messages and outputs: itself when it is UTF-8, else with its bad bytes escaped as `\xHH`.
    public var display: String { Self.escaped(bytes) }

    /// Whether the path is valid UTF-8 (else its display form is escaped).
    public var isUTF8: Bool { String(validating: bytes, as: UTF8.self) != nil }

    /// This path with `name` appended after a `/`.
    public func appending(_ name: [UInt8]) -> RawPath {
        RawPath(bytes: bytes.last == 0x2F ? bytes + name : bytes + [0x2F] + name)
    }

    /// Calls `body` with the path as a NUL-terminated C string.
    public func withCString<T>(_ body: (UnsafePointer<CChar>) throws -> T) rethrows -> T {
        try (bytes + [0]).withUnsafeBufferPointer { buffer in
            try buffer.withMemoryRebound(to: CChar.self) { try body($0.baseAddress!) }
        }
    }

    /// The bytes as text, each byte that is not part of a valid UTF-8 sequence written as `\xHH`.
    public static func escaped(_ bytes: [UInt8]) -> String {
        if let s = String(validating: bytes, as: UTF8.self) { return s }
        var out = ""
        var i = 0
        while i < bytes.count {
            let lead = bytes[i]
            let width = lead < 0x80 ? 1 : lead >= 0xC2 && lead <= 0xDF ? 2 : lead >= 0xE0 && lead <= 0xEF ? 3
                : lead >= 0xF0 && lead <= 0xF4 ? 4 : 0
            if width > 0, i + width <= bytes.count,
               let s = String(validating: bytes[i..<(i + width)], as: UTF8.self) {
                out += s
                i += width
            } else {
                out += String(format: "\\x%02X", lead)
                i += 1
            }
        }
        return out
    }
}
