import Foundation
import Testing

/// External tools seen from the command line: a missing tool is a listed skip with the install hint, a tool
/// still running when tifa is interrupted dies with it, and a file name given as non-UTF-8 bytes is read.
@Suite struct ExternalToolTests {
    /// A folder with one text report, one PDF and one legacy Word file.
    func mixedCorpus() throws -> URL {
        let dir = try CLIRunner.scratch().appendingPathComponent("corpus")
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        try "我们坚持实事求是，反对形式主义。".write(to: dir.appendingPathComponent("a.txt"), atomically: true, encoding: .utf8)
        try Data("%PDF-1.4\n%%EOF\n".utf8).write(to: dir.appendingPathComponent("b.pdf"))
        try Data([0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1] + [UInt8](repeating: 0, count: 504))
            .write(to: dir.appendingPathComponent("c.doc"))
        return dir
    }

    @Test func missingToolsAreListedSkipsWithTheirInstallHint() throws {
        let corpus = try mixedCorpus()
        let empty = try CLIRunner.scratch()
        let out = try CLIRunner.scratch().appendingPathComponent("out")
        let r = try CLIRunner.run(["analyze", corpus.path, "--out", out.path, "--quiet"], environment: ["PATH": empty.path])
        #expect(r.status == 0, "a corpus run lists its skips and goes on")
        #expect(r.stderr.contains("b.pdf") && r.stderr.contains("poppler-utils"), "\(r.stderr)")
        #expect(r.stderr.contains("c.doc") && r.stderr.contains("antiword"), "\(r.stderr)")
        let summary = try String(contentsOf: out.appendingPathComponent("summary.json"), encoding: .utf8)
        #expect(summary.contains("ingest.pdftotext-missing") && summary.contains("ingest.doc-tool-missing"))
        let documents = try String(contentsOf: out.appendingPathComponent("documents.csv"), encoding: .utf8)
        #expect(documents.contains("a.txt"))
        // Given on its own, a file whose tool is missing ends the command with EX_UNAVAILABLE.
        let alone = try CLIRunner.run(["extract", corpus.appendingPathComponent("b.pdf").path], environment: ["PATH": empty.path])
        #expect(alone.status == 69 && alone.stderr.contains("poppler-utils"), "\(alone.status) \(alone.stderr)")
    }

    @Test func aToolStillRunningDiesWhenTifaIsInterrupted() throws {
        let corpus = try mixedCorpus()
        try FileManager.default.removeItem(at: corpus.appendingPathComponent("c.doc"))
        let bin = try CLIRunner.scratch()
        let pidFile = bin.appendingPathComponent("tool.pid")
        let fake = bin.appendingPathComponent("pdftotext")
        try "#!/bin/sh\necho $$ > '\(pidFile.path)'\nexec sleep 600\n".write(to: fake, atomically: true, encoding: .utf8)
        try FileManager.default.setAttributes([.posixPermissions: 0o755], ofItemAtPath: fake.path)
        let process = Process()
        process.executableURL = CLIRunner.binary
        process.arguments = ["analyze", corpus.path, "--out", try CLIRunner.scratch().appendingPathComponent("out").path, "--quiet"]
        process.environment = ["PATH": "\(bin.path):/usr/bin:/bin"]
        process.standardError = FileHandle.nullDevice
        try process.run()
        var pid: pid_t?
        for _ in 0..<600 where pid == nil {
            Thread.sleep(forTimeInterval: 0.05)
            pid = (try? String(contentsOf: pidFile, encoding: .utf8)).flatMap { pid_t($0.trimmingCharacters(in: .whitespacesAndNewlines)) }
        }
        let tool = try #require(pid, "the fake pdftotext never started")
        process.interrupt()
        process.waitUntilExit()
        #expect(process.terminationStatus != 0)
        var alive = true
        for _ in 0..<100 where alive {
            alive = Self.isRunning(tool)
            if alive { Thread.sleep(forTimeInterval: 0.05) }
        }
        #expect(!alive, "pdftotext (pid \(tool)) outlived tifa")
        if alive { kill(tool, SIGKILL) }
    }

    /// True while the process exists and is not a zombie waiting to be reaped.
    static func isRunning(_ pid: pid_t) -> Bool {
        guard let stat = try? String(contentsOfFile: "/proc/\(pid)/stat", encoding: .utf8),
              let close = stat.lastIndex(of: ")") else { return false }
        return !stat[stat.index(after: close)...].hasPrefix(" Z")
    }

    @Test func aNonUTF8FileNameGivenOnTheCommandLineIsRead() throws {
        let dir = try CLIRunner.scratch()
        // The name 报告.txt written in GB18030 bytes (not valid UTF-8), created and passed by the shell as bytes.
        let script = """
            name=$(printf 'dir/\\261\\250\\270\\346.txt')
            mkdir dir && printf '%s' '坚持实事求是，反对形式主义。' > "$name"
            exec "$0" kwic 形式主义 "$name"
            """
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/bin/sh")
        process.arguments = ["-c", script, CLIRunner.binary.path]
        process.currentDirectoryURL = dir
        let out = dir.appendingPathComponent("stdout")
        _ = FileManager.default.createFile(atPath: out.path, contents: nil)
        process.standardOutput = try FileHandle(forWritingTo: out)
        process.standardError = FileHandle.nullDevice
        try process.run()
        process.waitUntilExit()
        let text = try String(contentsOf: out, encoding: .utf8)
        #expect(process.terminationStatus == 0)
        #expect(text.contains("形式主义"), "\(text)")
    }
}
