import Foundation
import TifaCore

/// JSON with sorted keys and unescaped slashes, so the same value always gives the same bytes.
public enum CanonicalJSON {
    /// One-line JSON for a value (JSON Lines).
    public static func line<T: Encodable>(_ value: T) throws -> String {
        try string(value, pretty: false)
    }

    /// Indented JSON for a value, ending with a newline.
    public static func pretty<T: Encodable>(_ value: T) throws -> String {
        try string(value, pretty: true) + "\n"
    }

    private static func string<T: Encodable>(_ value: T, pretty: Bool) throws -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = pretty ? [.sortedKeys, .prettyPrinted, .withoutEscapingSlashes]
            : [.sortedKeys, .withoutEscapingSlashes]
        let data = try encoder.encode(value)
        return String(decoding: data, as: UTF8.self)
    }
}
