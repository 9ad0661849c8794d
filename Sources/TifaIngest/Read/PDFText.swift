import Foundation
import TifaCore

/// The text of a PDF through poppler's `pdftotext` (UTF-8, reading order), when it is installed; the tool runs
/// bounded (`ExternalTool`).
enum PDFText {
    /// The `pdftotext` executable on PATH, if any.
    static func tool() -> String? { ExternalTool.find("pdftotext") }

    /// The text of the open PDF file `fd` (named `path` in errors).
    static func extract(fd: Int32, path: String, limits: ToolLimits) throws(TifaError) -> String {
        guard let tool = tool() else {
            throw TifaError(code: "ingest.pdftotext-missing", file: path,
                            message: "reading PDF needs poppler's pdftotext, which is not installed (apt-get install poppler-utils)")
        }
        let run = try ExternalTool(executable: tool, limits: limits).run(["-enc", "UTF-8", "-q", "/dev/stdin", "-"], input: fd, file: path, code: "ingest.pdftotext-failed")
        guard run.status == 0 else {
            throw TifaError(code: "ingest.bad-pdf", file: path,
                            message: "pdftotext failed (status \(run.status)): \(run.errors.trimmingCharacters(in: .whitespacesAndNewlines))")
        }
        // pdftotext separates pages with form feeds.
        return String(decoding: run.output, as: UTF8.self).replacingOccurrences(of: "\u{0C}", with: "\n")
    }
}
