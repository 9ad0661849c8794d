import Foundation
import TifaCore

/// A JSON Lines file as the page embeds it, `{"kept": k, "lines": [...], "total": n}`: whole lines kept while their
/// bytes stay within `byteLimit`, the rest only counted, never held. Fed in chunks of any size (a document's
/// lines as the report writer writes them, or blocks of a saved file). Null when it never began.
public final class JSONLinePrefix {
    let byteLimit: Int
    /// Check each kept line is a JSON object (for a file read back, which may have been edited; the writer's own
    /// lines are not parsed again).
    let validate: Bool
    private var source = ""
    private var began = false
    private var kept: [UInt8] = []
    private var keptCount = 0, bytes = 0, total = 0, lineNumber = 0, full = false
    /// The bytes of the line not yet ended (only while not full; once full only its length matters).
    private var partial: [UInt8] = []
    private var partialLength = 0

    init(byteLimit: Int, validate: Bool) {
        self.byteLimit = byteLimit
        self.validate = validate
    }

    /// Starts the file; `source` names it in messages.
    public func begin(source: String) {
        self.source = source
        began = true
        kept = []
        (keptCount, bytes, total, lineNumber, full, partialLength) = (0, 0, 0, 0, false, 0)
        partial = []
    }

    /// Adds the next bytes of the file.
    public func feed(_ chunk: some Collection<UInt8>) throws {
        try chunk.withContiguousStorageIfAvailable { try feed(buffer: $0) } ?? Array(chunk).withUnsafeBufferPointer { try feed(buffer: $0) }
    }

    private func feed(buffer: UnsafeBufferPointer<UInt8>) throws {
        var start = 0
        while start < buffer.count {
            guard let newline = buffer[start...].firstIndex(of: UInt8(ascii: "\n")) else {
                take(buffer[start...])
                return
            }
            take(buffer[start..<newline])
            try endLine()
            start = newline + 1
        }
    }

    private func take(_ piece: Slice<UnsafeBufferPointer<UInt8>>) {
        partialLength += piece.count
        if !full && bytes + partialLength <= byteLimit { partial.append(contentsOf: piece) }
    }

    /// Ends the file: a last line without a line break counts too.
    public func finish() throws {
        if partialLength > 0 { try endLine() }
    }

    private func endLine() throws {
        lineNumber += 1
        defer { partial.removeAll(keepingCapacity: true); partialLength = 0 }
        guard partialLength > 0 else { return }
        total += 1
        full = full || bytes + partialLength > byteLimit
        if full { return }
        if validate, !((try? JSONSerialization.jsonObject(with: Data(partial))) is [String: Any]) {
            throw TifaError(code: "dashboard.json", file: source, line: lineNumber, message: "not a JSON object")
        }
        if keptCount > 0 { kept.append(UInt8(ascii: ",")) }
        kept.append(contentsOf: partial)
        keptCount += 1
        bytes += partialLength
    }

    /// The lines as JSON, or `null` when the file never began.
    func json() -> String {
        guard began else { return "null" }
        return "{\"kept\":\(keptCount),\"lines\":[" + String(decoding: kept, as: UTF8.self) + "],\"total\":\(total)}"
    }
}
