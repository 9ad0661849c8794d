import Foundation
import Testing
import TifaCore
@testable import TifaAnalyze

/// Faults while writing: unwritable destinations and interrupts leave nothing behind.
@Suite struct FaultTests {
    static let binary = packageRoot.appendingPathComponent(".build/debug/tifa")

    @Test func unwritableDestinationGivesAClearError() throws {
        #expect {
            try runFake(fakeCorpus(), to: URL(fileURLWithPath: "/proc/tifa-no-such-place/report"))
        } throws: { error in
            let text = "\(error)"
            return text.contains("io.write") && text.contains("/proc/tifa-no-such-place")
        }
    }

    /// Ctrl-C during a run: the process stops, and neither the output folder nor its staging folder remains.
    @Test(.enabled(if: FileManager.default.isExecutableFile(atPath: binary.path)))
    func interruptLeavesNoOutput() throws {
        let dir = temporaryFolder()
        defer { try? FileManager.default.removeItem(at: dir) }
        let corpus = dir.appendingPathComponent("corpus")
        let reports = packageRoot.appendingPathComponent("Corpus/gov-work-reports")
        for k in 0..<6 {
            try FileManager.default.copyItem(at: reports, to: corpus.appendingPathComponent("copy\(k)"))
        }
        let process = Process()
        process.executableURL = Self.binary
        process.arguments = ["analyze", corpus.path, "--out", dir.appendingPathComponent("report").path, "--quiet", "--jobs", "1"]
        process.standardError = FileHandle.nullDevice
        try process.run()
        // Wait until the staging folder exists, then interrupt.
        var staged = false
        for _ in 0..<1200 where !staged {
            Thread.sleep(forTimeInterval: 0.05)
            staged = (try? FileManager.default.contentsOfDirectory(atPath: dir.path))?.contains { $0.contains("tifa-tmp") } ?? false
        }
        process.interrupt()
        process.waitUntilExit()
        #expect(staged)
        #expect(process.terminationStatus != 0)
        let left = try FileManager.default.contentsOfDirectory(atPath: dir.path)
        #expect(left == ["corpus"])
    }
}
