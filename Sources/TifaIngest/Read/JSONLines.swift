import Foundation
import TifaCore

/// JSON Lines exports: one JSON object per line with a text field, an id field and metadata fields (other
/// top-level strings, numbers and booleans, and the members of a `metadata` object).
enum JSONLines {
    /// One record: its 1-based line, id, text and metadata; or the reason the line was skipped.
    enum Record {
        case document(line: Int, id: String?, text: String, metadata: [String: String])
        case skipped(Diagnostic)
    }

    /// One non-blank line of the file: its 1-based number and its bytes (a slice sharing the file's buffer).
    struct Line {
        let number: Int
        let bytes: ArraySlice<UInt8>
    }

    /// The non-blank lines of a JSON Lines file, not yet parsed (so a file's records are parsed one at a time).
    static func lines(_ bytes: [UInt8]) -> [Line] {
        var result: [Line] = []
        var number = 0
        var start = 0
        for i in 0...bytes.count where i == bytes.count || bytes[i] == 0x0A {
            number += 1
            defer { start = i + 1 }
            let slice = bytes[start..<i]
            if slice.allSatisfy({ $0 == 0x20 || $0 == 0x09 || $0 == 0x0D }) { continue }
            result.append(Line(number: number, bytes: slice))
        }
        return result
    }

    /// The record of one line; a line over `maxSize` bytes is skipped unparsed (a huge record would take many
    /// times its size in memory while parsed).
    static func record(_ line: Line, file: String, textField: String, idField: String, maxSize: Int) -> Record {
        if line.bytes.count > maxSize {
            return .skipped(Diagnostic(code: "ingest.jsonl-record-too-large", file: file, line: line.number,
                                       message: "a record of \(line.bytes.count) bytes, over the record size limit of \(maxSize) bytes"))
        }
        return record(Data(line.bytes), line: line.number, file: file, textField: textField, idField: idField)
    }

    /// Every record of a JSON Lines file, parsed.
    static func records(_ bytes: [UInt8], file: String, textField: String, idField: String, maxSize: Int = .max) -> [Record] {
        lines(bytes).map { record($0, file: file, textField: textField, idField: idField, maxSize: maxSize) }
    }

    private static func record(_ data: Data, line: Int, file: String, textField: String, idField: String) -> Record {
        func skip(_ code: String, _ message: String) -> Record {
            .skipped(Diagnostic(code: code, file: file, line: line, message: message))
        }
        guard case .object(let object)? = try? JSONDecoder().decode(JSONValue.self, from: data) else {
            return skip("ingest.bad-jsonl", "not a JSON object")
        }
        guard case .string(let text)? = object[textField] else {
            return skip("ingest.bad-jsonl", "no string field '\(textField)'")
        }
        var metadata: [String: String] = [:]
        for (key, value) in object where key != textField && key != idField {
            if case .object(let nested) = value, key == "metadata" {
                for (k, v) in nested { if let s = v.scalarText { metadata[k] = s } }
            } else if let s = value.scalarText {
                metadata[key] = s
            }
        }
        return .document(line: line, id: object[idField]?.scalarText, text: text, metadata: metadata)
    }
}

/// A JSON value, enough to read JSON Lines records.
enum JSONValue: Decodable {
    case string(String), number(Double), bool(Bool), object([String: JSONValue]), array([JSONValue]), null

    init(from decoder: Decoder) throws {
        let c = try decoder.singleValueContainer()
        if c.decodeNil() { self = .null }
        else if let b = try? c.decode(Bool.self) { self = .bool(b) }
        else if let n = try? c.decode(Double.self) { self = .number(n) }
        else if let s = try? c.decode(String.self) { self = .string(s) }
        else if let o = try? c.decode([String: JSONValue].self) { self = .object(o) }
        else { self = .array(try c.decode([JSONValue].self)) }
    }

    /// Strings, numbers (integers without a decimal point) and booleans as text; nil for the rest.
    var scalarText: String? {
        switch self {
        case .string(let s): return s
        case .bool(let b): return b ? "true" : "false"
        case .number(let n): return n.rounded() == n && abs(n) < 1e15 ? String(Int64(n)) : String(n)
        default: return nil
        }
    }
}
