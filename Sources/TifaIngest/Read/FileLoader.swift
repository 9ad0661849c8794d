import Foundation
import TifaCore

/// Reads files for ingest, turning every failure into a diagnostic that names the file and the reason.
enum FileLoader {
    /// Files larger than this are refused (override with `ReaderOptions.maxFileSize`).
    static let defaultMaxFileSize = 256 * 1024 * 1024

    static func readBytes(_ path: String, maxSize: Int = defaultMaxFileSize) throws(TifaError) -> [UInt8] {
        let fm = FileManager.default
        var isDirectory: ObjCBool = false
        guard fm.fileExists(atPath: path, isDirectory: &isDirectory) else {
            throw TifaError(code: "ingest.not-found", file: path, message: "no such file")
        }
        if isDirectory.boolValue { throw TifaError(code: "ingest.is-directory", file: path, message: "a folder, not a file") }
        let size = (try? fm.attributesOfItem(atPath: path))?[.size] as? Int ?? 0
        if size > maxSize {
            throw TifaError(code: "ingest.too-large", file: path,
                            message: "\(size) bytes, over the size limit of \(maxSize) bytes")
        }
        let fd = open(path, O_RDONLY)
        guard fd >= 0 else {
            throw TifaError(code: "ingest.unreadable", file: path, message: "cannot open the file: \(String(cString: strerror(errno)))")
        }
        defer { close(fd) }
        // Read straight into the array (no Data copy): big files stay at one copy in memory.
        var bytes: [UInt8] = []
        bytes.reserveCapacity(size + (1 << 20))
        var chunk = max(1 << 20, size + 1)
        var failure: Int32 = 0
        while failure == 0 {
            let before = bytes.count
            bytes.append(contentsOf: repeatElement(0, count: chunk))
            let n = bytes.withUnsafeMutableBufferPointer { read(fd, $0.baseAddress! + before, chunk) }
            if n < 0 {
                if errno == EINTR { bytes.removeSubrange(before...); continue }
                failure = errno
                bytes.removeSubrange(before...)
                break
            }
            bytes.removeSubrange((before + n)...)
            if n == 0 { break }
            if bytes.count > maxSize {
                throw TifaError(code: "ingest.too-large", file: path, message: "over the size limit of \(maxSize) bytes")
            }
            chunk = min(chunk * 2, 64 << 20)
        }
        if failure != 0 {
            throw TifaError(code: "ingest.unreadable", file: path, message: "cannot read the file: \(String(cString: strerror(failure)))")
        }
        return bytes
    }
}
