import Foundation

/// Runs the built `tifa` binary for the end-to-end tests: arguments, standard input, working folder, and where
/// standard output goes (a file by default, so large outputs cannot block; or a given path such as /dev/full).
enum CLIRunner {
    static let root: URL = {
        var dir = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
        while !FileManager.default.fileExists(atPath: dir.appendingPathComponent("Package.swift").path) {
            dir = dir.deletingLastPathComponent()
        }
        return dir
    }()

    /// The `tifa` binary next to the test bundle (the build `swift test` made), else in .build/debug.
    static let binary: URL = {
        let candidates = [
            URL(fileURLWithPath: CommandLine.arguments[0]).deletingLastPathComponent(),
            Bundle.main.bundleURL, Bundle.main.bundleURL.deletingLastPathComponent(),
            root.appendingPathComponent(".build/debug"),
        ].map { $0.appendingPathComponent("tifa") }
        return candidates.first { FileManager.default.isExecutableFile(atPath: $0.path) } ?? candidates.last!
    }()

    /// What a run of the binary gave.
    struct Result {
        let status: Int32
        let stdout: [UInt8]
        let stderr: String
        var text: String { String(decoding: stdout, as: UTF8.self) }
    }

    /// Runs `tifa args` in `directory` (default: the package root), feeding stdin; standard output goes to
    /// `stdoutPath` when given (its content is then not returned), else to a scratch file that is returned.
    static func run(_ args: [String], stdin: [UInt8] = [], directory: URL? = nil, stdoutPath: String? = nil,
                    environment: [String: String]? = nil) throws -> Result {
        let dir = try scratch()
        defer { try? FileManager.default.removeItem(at: dir) }
        let input = dir.appendingPathComponent("stdin"), output = dir.appendingPathComponent("stdout"),
            errors = dir.appendingPathComponent("stderr")
        try Data(stdin).write(to: input)
        _ = FileManager.default.createFile(atPath: output.path, contents: nil)
        _ = FileManager.default.createFile(atPath: errors.path, contents: nil)
        let process = Process()
        process.executableURL = binary
        process.arguments = args
        process.currentDirectoryURL = directory ?? root
        if let environment { process.environment = environment }
        process.standardInput = try FileHandle(forReadingFrom: input)
        process.standardOutput = try FileHandle(forWritingTo: URL(fileURLWithPath: stdoutPath ?? output.path))
        process.standardError = try FileHandle(forWritingTo: errors)
        try process.run()
        process.waitUntilExit()
        return Result(status: process.terminationStatus, stdout: [UInt8](try Data(contentsOf: output)),
                      stderr: String(decoding: try Data(contentsOf: errors), as: UTF8.self))
    }

    /// A new empty scratch folder.
    static func scratch() throws -> URL {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("tifa-cli-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        return dir
    }

    /// A scratch corpus folder with two small UTF-8 reports.
    static func corpus() throws -> URL {
        let dir = try scratch().appendingPathComponent("corpus")
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        try "我们坚持实事求是，反对形式主义，做到五个好。".write(to: dir.appendingPathComponent("a.txt"), atomically: true, encoding: .utf8)
        try "存在官僚主义问题，要防止松劲懈怠。".write(to: dir.appendingPathComponent("b.txt"), atomically: true, encoding: .utf8)
        return dir
    }
}
