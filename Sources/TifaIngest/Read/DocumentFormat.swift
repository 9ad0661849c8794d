/// The input formats the reader knows, by file extension.
public enum DocumentFormat: String, Sendable, Codable, CaseIterable {
    case text, markdown, html, docx, jsonLines = "jsonl", pdf, legacyWord = "doc"

    /// The format of a path by its extension; unknown extensions are read as text.
    public init(path: String) {
        switch Self.fileExtension(path) {
        case "md", "markdown": self = .markdown
        case "html", "htm", "xhtml": self = .html
        case "docx": self = .docx
        case "doc": self = .legacyWord
        case "jsonl", "ndjson": self = .jsonLines
        case "pdf": self = .pdf
        default: self = .text
        }
    }

    /// The lower-cased extension of the last path component ("" when it has none).
    public static func fileExtension(_ path: String) -> String {
        guard let name = path.split(separator: "/").last, let dot = name.lastIndex(of: "."), dot != name.startIndex else {
            return ""
        }
        return name[name.index(after: dot)...].lowercased()
    }

    /// Extensions a folder walk picks up when no --include is given.
    public static let folderExtensions: Set<String> = ["txt", "text", "md", "markdown", "html", "htm", "xhtml", "docx", "doc",
                                                       "jsonl", "ndjson", "pdf"]

    /// Extensions of formats Tifa cannot read (office files other than Word, images, archives, media): skipped
    /// with a reason even when named on the command line, where other unknown extensions are read as text.
    public static let unsupportedExtensions: Set<String> = [
        "xls", "xlsx", "xlsm", "ppt", "pptx", "wps", "et", "dps", "odt", "ods", "odp", "rtf", "epub",
        "png", "jpg", "jpeg", "gif", "bmp", "tif", "tiff", "webp", "svg", "ico",
        "zip", "rar", "7z", "gz", "bz2", "xz", "tar", "tgz", "exe", "dll", "so", "bin",
        "mp3", "mp4", "wav", "avi", "mov", "mkv", "flv",
    ]
}
