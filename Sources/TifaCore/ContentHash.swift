import Crypto
import Foundation

/// SHA-256 content hashes, written as lower-case hex, for recording inputs and dictionaries in outputs.
public enum ContentHash {
    /// The SHA-256 of bytes as 64 hex digits.
    public static func sha256<D: DataProtocol>(_ bytes: D) -> String {
        SHA256.hash(data: bytes).map { String(format: "%02x", $0) }.joined()
    }

    /// The SHA-256 of a string's UTF-8 bytes.
    public static func sha256(_ text: String) -> String { sha256(Data(text.utf8)) }

    /// A SHA-256 computed over bytes given piece by piece (files written or read in blocks).
    public struct Running {
        private var hasher = SHA256()
        public init() {}
        /// Adds bytes.
        public mutating func update<D: DataProtocol>(_ bytes: D) { hasher.update(data: bytes) }
        /// The hash of everything added, as 64 hex digits.
        public func hex() -> String { hasher.finalize().map { String(format: "%02x", $0) }.joined() }
    }
}
