import Foundation

/// The common header of Tifa's tab-separated data files: `# format: NAME`, `# version: N`, then `#` comments,
/// blank lines and data lines.
public struct DataFileHeader: Sendable {
    public let version: String
    /// Data lines with their 1-based line numbers.
    public let dataLines: [(Int, String)]

    public init(text: String, file: String, format: String) throws(TifaError) {
        var version: String?
        var foundFormat: String?
        var lines: [(Int, String)] = []
        for (i, raw) in text.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
            let line = raw.hasSuffix("\r") ? String(raw.dropLast()) : String(raw)
            if line.hasPrefix("#") {
                let body = line.dropFirst().trimmingCharacters(in: .whitespaces)
                if body.hasPrefix("format:") { foundFormat = body.dropFirst(7).trimmingCharacters(in: .whitespaces) }
                if body.hasPrefix("version:") { version = body.dropFirst(8).trimmingCharacters(in: .whitespaces) }
                continue
            }
            if line.trimmingCharacters(in: .whitespaces).isEmpty { continue }
            lines.append((i + 1, line))
        }
        guard foundFormat == format else {
            throw TifaError(code: "dictionary.bad-header", file: file, line: 1,
                            message: "expected a '# format: \(format)' header line, found \(foundFormat ?? "none")")
        }
        guard let version, !version.isEmpty else {
            throw TifaError(code: "dictionary.bad-header", file: file, line: 1, message: "missing '# version:' header line")
        }
        self.version = version
        dataLines = lines
    }

    /// Reads a UTF-8 data file, naming the file in the error.
    public static func read(_ path: String) throws(TifaError) -> String {
        guard let data = FileManager.default.contents(atPath: path) else {
            throw TifaError(code: "dictionary.unreadable", file: path, message: "cannot read the file")
        }
        guard let text = String(data: data, encoding: .utf8) else {
            throw TifaError(code: "dictionary.encoding", file: path, message: "the file is not valid UTF-8")
        }
        return text
    }
}
