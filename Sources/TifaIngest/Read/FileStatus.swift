import Foundation

/// What `lstat`/`stat` say about a path: its kind, size and identity (device, inode), read by raw path bytes.
struct FileStatus: Sendable {
    /// The kinds of file-system entries the reader tells apart.
    enum Kind: Sendable, Equatable {
        case regular, directory, symlink, fifo, characterDevice, blockDevice, socket, other

        /// How a message names it.
        var name: String {
            switch self {
            case .regular: "file"
            case .directory: "folder"
            case .symlink: "symbolic link"
            case .fifo: "named pipe (FIFO)"
            case .characterDevice: "character device"
            case .blockDevice: "block device"
            case .socket: "socket"
            case .other: "special file"
            }
        }
    }

    /// A file's identity: the same (device, inode) pair is the same file, whatever path reached it.
    struct Identity: Hashable, Sendable {
        let device: UInt64
        let inode: UInt64
    }

    /// A failed `stat`: its errno.
    struct Failure: Error {
        let code: Int32
        var message: String { String(cString: strerror(code)) }
    }

    let kind: Kind
    let size: Int
    let identity: Identity

    /// The status of the entry itself (`lstat`, a link is not followed) or of what it points to (`stat`);
    /// on failure, the `errno`.
    static func of(_ path: RawPath, followLinks: Bool) -> Result<FileStatus, Failure> {
        var st = stat()
        let rc = path.withCString { followLinks ? stat($0, &st) : lstat($0, &st) }
        guard rc == 0 else { return .failure(Failure(code: errno)) }
        return .success(FileStatus(st))
    }

    init(_ st: stat) {
        kind = switch UInt32(st.st_mode) & 0o170000 {
        case 0o100000: .regular
        case 0o040000: .directory
        case 0o120000: .symlink
        case 0o010000: .fifo
        case 0o020000: .characterDevice
        case 0o060000: .blockDevice
        case 0o140000: .socket
        default: .other
        }
        size = Int(st.st_size)
        identity = Identity(device: UInt64(st.st_dev), inode: UInt64(st.st_ino))
    }

    /// The longest path the kernel accepts (PATH_MAX, terminating NUL included).
    static let pathMax = Int(PATH_MAX)
}
