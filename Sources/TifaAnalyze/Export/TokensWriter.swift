import Foundation

/// Writes `tokens/tokens.txt` (one document per line, space-separated tokens) and `tokens/documents.txt`
/// (the matching document paths), in document order.
struct TokensWriter {
    private let tokens: OutputFile
    private let documents: OutputFile

    init(out: AtomicOutputDirectory) throws {
        try out.makeFolder("tokens")
        tokens = try OutputFile(path: out.path("tokens/tokens.txt"))
        documents = try OutputFile(path: out.path("tokens/documents.txt"))
    }

    /// Adds one document's line (with its `\n`).
    func add(document: String, line: [UInt8]) throws {
        try tokens.write(bytes: line)
        try documents.write(document.replacingOccurrences(of: "\n", with: " ") + "\n")
    }

    func close() throws {
        try tokens.close()
        try documents.close()
    }
}
