import Foundation
import TifaCore

/// The text of a PDF through poppler's `pdftotext` (UTF-8, reading order), when it is installed.
enum PDFText {
    /// The `pdftotext` executable on PATH, if any.
    static func tool() -> String? {
        let path = ProcessInfo.processInfo.environment["PATH"] ?? "/usr/local/bin:/usr/bin:/bin"
        for dir in path.split(separator: ":") {
            let candidate = "\(dir)/pdftotext"
            if FileManager.default.isExecutableFile(atPath: candidate) { return candidate }
        }
        return nil
    }

    static func extract(path: String) throws(TifaError) -> String {
        guard let tool = tool() else {
            throw TifaError(code: "ingest.pdftotext-missing", file: path,
                            message: "reading PDF needs poppler's pdftotext, which is not installed (apt-get install poppler-utils)")
        }
        let process = Process()
        process.executableURL = URL(fileURLWithPath: tool)
        process.arguments = ["-enc", "UTF-8", "-q", path, "-"]
        let out = Pipe(), err = Pipe()
        process.standardOutput = out
        process.standardError = err
        do {
            try process.run()
        } catch {
            throw TifaError(code: "ingest.pdftotext-failed", file: path, message: "cannot run pdftotext: \(error)")
        }
        let data = out.fileHandleForReading.readDataToEndOfFile()
        let message = String(decoding: err.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        process.waitUntilExit()
        guard process.terminationStatus == 0 else {
            throw TifaError(code: "ingest.bad-pdf", file: path,
                            message: "pdftotext failed (status \(process.terminationStatus)): \(message.trimmingCharacters(in: .whitespacesAndNewlines))")
        }
        // pdftotext separates pages with form feeds.
        return String(decoding: data, as: UTF8.self).replacingOccurrences(of: "\u{0C}", with: "\n")
    }
}
