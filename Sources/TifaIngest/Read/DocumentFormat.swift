/// The input formats the reader knows, by file extension.
public enum DocumentFormat: String, Sendable, Codable, CaseIterable {
    case text, markdown, html, docx, jsonLines = "jsonl", pdf

    /// The format of a path by its extension; unknown extensions are read as text.
    public init(path: String) {
        let ext = path.split(separator: "/").last.flatMap { name in name.contains(".") ? name.split(separator: ".").last : nil }
        switch ext?.lowercased() {
        case "md", "markdown": self = .markdown
        case "html", "htm", "xhtml": self = .html
        case "docx": self = .docx
        case "jsonl", "ndjson": self = .jsonLines
        case "pdf": self = .pdf
        default: self = .text
        }
    }

    /// Extensions a folder walk picks up when no --include is given.
    public static let folderExtensions: Set<String> = ["txt", "text", "md", "markdown", "html", "htm", "xhtml", "docx", "jsonl", "ndjson", "pdf"]
}
