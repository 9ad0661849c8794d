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
        var failure: Int32 = 0
        var atEnd = false
        while !atEnd && failure == 0 {
            let room = max(size + 1, bytes.count, 1 << 16)
            let before = bytes.count
            let chunk = [UInt8](unsafeUninitializedCapacity: room) { buffer, count in
                var total = 0
                while total < room {
                    let n = read(fd, buffer.baseAddress! + total, room - total)
                    if n < 0 {
                        if errno == EINTR { continue }
                        failure = errno
                        break
                    }
                    if n == 0 { atEnd = true; break }
                    total += n
                }
                count = total
            }
            if before == 0 { bytes = chunk } else { bytes.append(contentsOf: chunk) }
            if bytes.count > maxSize {
                throw TifaError(code: "ingest.too-large", file: path, message: "over the size limit of \(maxSize) bytes")
            }
        }
        if failure != 0 {
            throw TifaError(code: "ingest.unreadable", file: path, message: "cannot read the file: \(String(cString: strerror(failure)))")
        }
        return bytes
    }
}
