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
}
