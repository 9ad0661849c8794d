import Foundation
import TifaCore
#if canImport(Glibc)
import Glibc
#endif

/// A buffered output file that reports write errors (disk full, permission) with the path and the system's reason.
public final class OutputFile {
    /// Where the file is being written.
    public let path: String
    private var fd: Int32
    private var buffer: [UInt8] = []
    private let capacity = 1 << 20

    /// Creates (or truncates) the file at `path`.
    public init(path: String) throws {
        self.path = path
        fd = open(path, O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0o644)
        if fd < 0 { throw OutputFile.error(path, "cannot create", errno) }
        buffer.reserveCapacity(capacity)
    }

    deinit { if fd >= 0 { Glibc.close(fd) } }

    /// Appends text (UTF-8).
    public func write(_ text: String) throws {
        var text = text
        text.withUTF8 { buffer.append(contentsOf: $0) }
        if buffer.count >= capacity { try flush() }
    }

    /// Appends raw bytes.
    public func write(bytes: some Collection<UInt8>) throws {
        buffer.append(contentsOf: bytes)
        if buffer.count >= capacity { try flush() }
    }

    /// Writes out everything buffered.
    public func flush() throws {
        var done = 0
        while done < buffer.count {
            let n = buffer.withUnsafeBytes { raw in
                Glibc.write(fd, raw.baseAddress! + done, raw.count - done)
            }
            if n < 0 {
                if errno == EINTR { continue }
                throw OutputFile.error(path, "cannot write", errno)
            }
            done += n
        }
        buffer.removeAll(keepingCapacity: true)
    }

    /// Flushes and closes the file; errors on close (e.g. a full disk on NFS) are reported too.
    public func close() throws {
        try flush()
        let result = Glibc.close(fd)
        fd = -1
        if result != 0 { throw OutputFile.error(path, "cannot close", errno) }
    }

    /// Writes a whole file at once.
    public static func write(_ text: String, to path: String) throws {
        let file = try OutputFile(path: path)
        try file.write(text)
        try file.close()
    }

    static func error(_ path: String, _ what: String, _ code: Int32) -> TifaError {
        TifaError(code: "io.write", file: path, message: "\(what) \(path): \(String(cString: strerror(code)))")
    }
}
