import Foundation
import TifaCore

/// Reads files for ingest, turning every failure into a diagnostic that names the file and the reason. Only
/// regular files are read: the file is opened without blocking and checked with `fstat` before any read, so a
/// FIFO or device put in its place is refused, never waited on.
enum FileLoader {
    /// Files larger than this are refused (override with `ReaderOptions.maxFileSize`).
    static let defaultMaxFileSize = 256 * 1024 * 1024

    static func readBytes(_ path: String, maxSize: Int = defaultMaxFileSize) throws(TifaError) -> [UInt8] {
        try readBytes(RawArguments.location(of: path), maxSize: maxSize)
    }

    /// Opens a regular file for reading (the caller closes the descriptor), with its size.
    static func open(_ location: RawPath, maxSize: Int = defaultMaxFileSize) throws(TifaError) -> (fd: Int32, size: Int) {
        let name = location.display
        if location.bytes.count >= FileStatus.pathMax {
            throw TifaError(code: SkipReason.pathTooLong.code, file: name,
                            message: "the path is \(location.bytes.count) bytes long, over the system limit (PATH_MAX)")
        }
        let fd = location.withCString { Glibc.open($0, O_RDONLY | O_NONBLOCK | O_CLOEXEC) }
        guard fd >= 0 else {
            let code = errno
            switch code {
            case ENOENT: throw TifaError(code: SkipReason.notFound.code, file: name, message: "no such file")
            case ENAMETOOLONG: throw TifaError(code: SkipReason.pathTooLong.code, file: name, message: "the path is too long for the system")
            default: throw TifaError(code: SkipReason.unreadable.code, file: name, message: "cannot open the file: \(String(cString: strerror(code)))")
            }
        }
        var st = stat()
        guard fstat(fd, &st) == 0 else {
            close(fd)
            throw TifaError(code: SkipReason.unreadable.code, file: name, message: "cannot examine the file: \(String(cString: strerror(errno)))")
        }
        let status = FileStatus(st)
        guard status.kind == .regular else {
            close(fd)
            if status.kind == .directory { throw TifaError(code: "ingest.is-directory", file: name, message: "a folder, not a file") }
            throw TifaError(code: SkipReason.specialFile.code, file: name, message: "a \(status.kind.name), not a regular file; not read")
        }
        if status.size > maxSize {
            close(fd)
            throw TifaError(code: "ingest.too-large", file: name, message: "\(status.size) bytes, over the size limit of \(maxSize) bytes")
        }
        return (fd, status.size)
    }

    static func readBytes(_ location: RawPath, maxSize: Int = defaultMaxFileSize) throws(TifaError) -> [UInt8] {
        let (fd, size) = try open(location, maxSize: maxSize)
        defer { close(fd) }
        return try read(fd, size: size, path: location.display, maxSize: maxSize)
    }

    /// Reads an open file to its end (`size`: its size when opened, a hint); `path` names it in errors.
    static func read(_ fd: Int32, size: Int, path: String, maxSize: Int) throws(TifaError) -> [UInt8] {
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
                    let n = Glibc.read(fd, buffer.baseAddress! + total, room - total)
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
            throw TifaError(code: SkipReason.unreadable.code, file: path, message: "cannot read the file: \(String(cString: strerror(failure)))")
        }
        return bytes
    }
}
