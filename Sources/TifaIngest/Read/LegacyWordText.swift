import Foundation
import TifaCore

/// The text of a legacy Word (.doc) file through `antiword` (UTF-8 output), or `catdoc` when antiword is
/// missing; both are Debian packages (`apt-get install antiword`). The tool runs bounded (`ExternalTool`).
enum LegacyWordText {
    /// The tool to use and its arguments (the file comes on standard input as `/dev/stdin`), if one is installed.
    static func tool() -> (path: String, arguments: [String])? {
        if let antiword = ExternalTool.find("antiword") { return (antiword, ["-m", "UTF-8.txt", "-w", "0", "/dev/stdin"]) }
        if let catdoc = ExternalTool.find("catdoc") { return (catdoc, ["-d", "utf-8", "-w", "/dev/stdin"]) }
        return nil
    }

    /// The text of the open .doc file `fd` (named `path` in errors).
    static func extract(fd: Int32, path: String, limits: ToolLimits) throws(TifaError) -> String {
        guard let (tool, arguments) = tool() else {
            throw TifaError(code: "ingest.doc-tool-missing", file: path,
                            message: "reading legacy Word .doc needs antiword or catdoc, neither is installed (apt-get install antiword)")
        }
        let name = (tool as NSString).lastPathComponent
        let run = try ExternalTool(executable: tool, limits: limits).run(arguments, input: fd, file: path, code: "ingest.doc-tool-failed")
        guard run.status == 0 else {
            throw TifaError(code: "ingest.bad-doc", file: path,
                            message: "\(name) failed (status \(run.status)): \(run.errors.trimmingCharacters(in: .whitespacesAndNewlines))")
        }
        return String(decoding: run.output, as: UTF8.self)
    }
}
