import Foundation
import TifaCore

/// Runs an external tool (pdftotext, antiword, catdoc; duckdb for Parquet) with bounds: an open file is given on
/// standard input, the tool runs in its own process group, its output is capped and its run time limited; past
/// either bound, or when Tifa exits, the whole group is killed.
package struct ExternalTool {
    /// The executable's path.
    package let executable: String
    /// How much output and time a tool gets.
    package let limits: ToolLimits

    private static let spawnLock = NSLock()

    package init(executable: String, limits: ToolLimits) {
        self.executable = executable
        self.limits = limits
    }

    /// What a run gave.
    package struct Run {
        package let status: Int32
        package let output: [UInt8]
        package let errors: String
    }

    /// The executable `name` on PATH, if any.
    package static func find(_ name: String) -> String? {
        let path = ProcessInfo.processInfo.environment["PATH"] ?? "/usr/local/bin:/usr/bin:/bin"
        for dir in path.split(separator: ":") {
            let candidate = "\(dir)/\(name)"
            if FileManager.default.isExecutableFile(atPath: candidate) { return candidate }
        }
        return nil
    }

    /// Runs the tool with `arguments`, the open file `input` as its standard input. Errors name `file`.
    package func run(_ arguments: [String], input: Int32, file: String, code: String) throws(TifaError) -> Run {
        let tool = (executable as NSString).lastPathComponent
        var outPipe: [Int32] = [-1, -1], errPipe: [Int32] = [-1, -1]
        // Pipes are made close-on-exec and the tool started under one lock, so a tool started by another worker
        // thread never inherits (and holds open) this tool's pipes.
        Self.spawnLock.lock()
        guard pipe(&outPipe) == 0 else {
            Self.spawnLock.unlock()
            throw TifaError(code: code, file: file, message: "cannot run \(tool): no pipe")
        }
        guard pipe(&errPipe) == 0 else {
            Self.spawnLock.unlock()
            close(outPipe[0]); close(outPipe[1])
            throw TifaError(code: code, file: file, message: "cannot run \(tool): no pipe")
        }
        for fd in outPipe + errPipe { _ = fcntl(fd, F_SETFD, FD_CLOEXEC) }
        var actions = posix_spawn_file_actions_t()
        posix_spawn_file_actions_init(&actions)
        defer { posix_spawn_file_actions_destroy(&actions) }
        posix_spawn_file_actions_adddup2(&actions, input, 0)
        posix_spawn_file_actions_adddup2(&actions, outPipe[1], 1)
        posix_spawn_file_actions_adddup2(&actions, errPipe[1], 2)
        var attributes = posix_spawnattr_t()
        posix_spawnattr_init(&attributes)
        defer { posix_spawnattr_destroy(&attributes) }
        posix_spawnattr_setflags(&attributes, Int16(POSIX_SPAWN_SETPGROUP))
        posix_spawnattr_setpgroup(&attributes, 0)
        let argv = ([executable] + arguments).map { strdup($0) } + [nil]
        defer { for p in argv { free(p) } }
        var pid: pid_t = 0
        let rc = posix_spawn(&pid, executable, &actions, &attributes, argv, environ)
        Self.spawnLock.unlock()
        close(outPipe[1]); close(errPipe[1])
        defer { close(outPipe[0]); close(errPipe[0]) }
        guard rc == 0 else {
            throw TifaError(code: code, file: file, message: "cannot run \(executable): \(String(cString: strerror(rc)))")
        }
        ChildGroups.shared.add(pid)
        defer { ChildGroups.shared.remove(pid) }
        var output: [UInt8] = [], errors: [UInt8] = []
        var failure: String?
        let deadline = DispatchTime.now().uptimeNanoseconds + UInt64(max(0, limits.timeout) * 1e9)
        var open = [outPipe[0], errPipe[0]]
        var chunk = [UInt8](repeating: 0, count: 1 << 16)
        while !open.isEmpty && failure == nil {
            let now = DispatchTime.now().uptimeNanoseconds
            if now >= deadline { failure = "\(tool) did not finish within \(limits.timeout) s; stopped"; break }
            var fds = open.map { pollfd(fd: $0, events: Int16(POLLIN), revents: 0) }
            let ready = poll(&fds, nfds_t(fds.count), Int32(min(1000, (deadline - now) / 1_000_000 + 1)))
            if ready < 0 && errno != EINTR { failure = "cannot read \(tool)'s output"; break }
            for f in fds where f.revents != 0 {
                let n = chunk.withUnsafeMutableBytes { read(f.fd, $0.baseAddress, $0.count) }
                if n <= 0 {
                    if n < 0 && errno == EINTR { continue }
                    open.removeAll { $0 == f.fd }
                } else if f.fd == outPipe[0] {
                    output += chunk[0..<n]
                    if output.count > limits.outputCap { failure = "\(tool) wrote more than the cap of \(limits.outputCap) bytes; stopped" }
                } else if errors.count < 65536 {
                    errors += chunk[0..<n]
                }
            }
        }
        if failure != nil { kill(-pid, SIGKILL) }
        var status: Int32 = 0
        while waitpid(pid, &status, 0) < 0 && errno == EINTR {}
        kill(-pid, SIGKILL)  // anything the tool left running in its group
        if let failure { throw TifaError(code: code, file: file, message: failure) }
        let exit = status & 0x7F == 0 ? (status >> 8) & 0xFF : 128 + (status & 0x7F)
        return Run(status: exit, output: output, errors: String(decoding: errors, as: UTF8.self))
    }
}

/// Bounds of one external tool run (`ReaderOptions.toolLimits`).
public struct ToolLimits: Sendable {
    /// Output bytes kept at most (past this the tool is killed and the file skipped).
    public var outputCap = 64 * 1024 * 1024
    /// Seconds the tool may run.
    public var timeout: Double = 120

    public init() {}
}

/// Process groups of running tools, killed when the process exits (normally or through the CLI's signal
/// handlers, which call `exit`).
final class ChildGroups: @unchecked Sendable {
    static let shared: ChildGroups = {
        let groups = ChildGroups()
        atexit { ChildGroups.shared.killAll() }
        return groups
    }()

    private let lock = NSLock()
    private var groups: Set<pid_t> = []

    func add(_ pid: pid_t) { lock.withLock { _ = groups.insert(pid) } }
    func remove(_ pid: pid_t) { lock.withLock { _ = groups.remove(pid) } }
    func killAll() { lock.withLock { for g in groups { kill(-g, SIGKILL) } } }
}
