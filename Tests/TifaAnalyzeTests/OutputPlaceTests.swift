import Foundation
import Testing
import TifaCore
@testable import TifaAnalyze

/// Where output may go: never over an input, the current folder, a file, or a folder Tifa did not write.
@Suite struct OutputPlaceTests {
    private func refusal(_ body: () throws -> Void) -> TifaError? {
        do { try body() } catch let error as TifaError { return error } catch { return nil }
        return nil
    }

    @Test func forceNeverReplacesAFolderTifaDidNotWrite() throws {
        let dir = temporaryFolder()
        defer { try? FileManager.default.removeItem(at: dir) }
        let out = dir.appendingPathComponent("mine")
        try FileManager.default.createDirectory(at: out, withIntermediateDirectories: true)
        try "precious".write(to: out.appendingPathComponent("notes.txt"), atomically: true, encoding: .utf8)
        let error = refusal { try runFake(fakeCorpus(), to: out, force: true) }
        #expect(error?.diagnostics.first?.code == "output.not-tifa")
        #expect(error?.category == .cannotCreate)
        #expect(FileManager.default.fileExists(atPath: out.appendingPathComponent("notes.txt").path))
    }

    @Test func forceReplacesAnEmptyFolderAndEveryOutputCarriesTheMarker() throws {
        let dir = temporaryFolder()
        defer { try? FileManager.default.removeItem(at: dir) }
        let out = dir.appendingPathComponent("empty")
        try FileManager.default.createDirectory(at: out, withIntermediateDirectories: true)
        try runFake(fakeCorpus(), to: out, force: true)
        #expect(FileManager.default.fileExists(atPath: out.appendingPathComponent(OutputPlace.markerFile).path))
        let part = dir.appendingPathComponent("part")
        try runFake(fakeCorpus(), to: part, partial: true)
        #expect(FileManager.default.fileExists(atPath: part.appendingPathComponent(OutputPlace.markerFile).path))
    }

    @Test func aFileIsNeverAnOutputFolder() throws {
        let dir = temporaryFolder()
        defer { try? FileManager.default.removeItem(at: dir) }
        let file = dir.appendingPathComponent("report")
        try "data".write(to: file, atomically: true, encoding: .utf8)
        let error = refusal { try runFake(fakeCorpus(), to: file, force: true) }
        #expect(error?.diagnostics.first?.code == "output.not-folder")
        #expect((try? String(contentsOf: file, encoding: .utf8)) == "data")
    }

    @Test func anInputOrAFolderHoldingOneIsRefused() throws {
        let dir = temporaryFolder()
        defer { try? FileManager.default.removeItem(at: dir) }
        let corpus = dir.appendingPathComponent("corpus")
        try FileManager.default.createDirectory(at: corpus, withIntermediateDirectories: true)
        #expect(refusal { try OutputPlace.checkFolder(corpus, inputs: [corpus], force: true) }?.diagnostics.first?.code == "output.is-input")
        // The same folder spelt through a symbolic link is still the input.
        let link = dir.appendingPathComponent("link")
        try FileManager.default.createSymbolicLink(at: link, withDestinationURL: corpus)
        #expect(refusal { try OutputPlace.checkFolder(corpus, inputs: [link], force: true) }?.diagnostics.first?.code == "output.is-input")
        #expect(refusal { try OutputPlace.checkFolder(dir, inputs: [corpus], force: true) }?.diagnostics.first?.code == "output.contains-input")
    }

    @Test func theCurrentFolderAndItsParentsAreRefused() throws {
        let cwd = URL(fileURLWithPath: FileManager.default.currentDirectoryPath)
        for folder in [cwd, URL(fileURLWithPath: "."), URL(fileURLWithPath: ""), cwd.deletingLastPathComponent()] {
            let error = refusal { try OutputPlace.checkFolder(folder, inputs: [], force: true) }
            #expect(error?.diagnostics.first?.code == "output.current-folder", "\(folder.path)")
        }
    }

    @Test func aFileOutputNeverReplacesALinkOrASpecialFile() throws {
        let dir = temporaryFolder()
        defer { try? FileManager.default.removeItem(at: dir) }
        let target = dir.appendingPathComponent("target.txt")
        try "keep".write(to: target, atomically: true, encoding: .utf8)
        let link = dir.appendingPathComponent("link.jsonl")
        try FileManager.default.createSymbolicLink(at: link, withDestinationURL: target)
        let fifo = dir.appendingPathComponent("fifo")
        #expect(mkfifo(fifo.path, 0o600) == 0)
        for path in [link.path, fifo.path, "/dev/null"] {
            #expect(refusal { try OutputPlace.checkFile(path) }?.diagnostics.first?.code == "output.special-file", "\(path)")
        }
        try OutputPlace.checkFile(target.path)
        try OutputPlace.checkFile(dir.appendingPathComponent("new.jsonl").path)
    }

    /// A killed run leaves `.OUT.tifa-tmp-PID`; the next run to the same place removes it when PID is gone,
    /// and leaves alone the folder of a run still alive and any folder that is not Tifa's.
    @Test func staleTemporaryFoldersOfKilledRunsAreRemoved() throws {
        let dir = temporaryFolder()
        defer { try? FileManager.default.removeItem(at: dir) }
        let dead = Self.deadPID()
        #expect(kill(dead + 1, 0) != 0)
        let fm = FileManager.default
        let stale = dir.appendingPathComponent(".report.tifa-tmp-\(dead)")
        try fm.createDirectory(at: stale, withIntermediateDirectories: true)
        try OutputPlace.mark(stale.path)
        try "x".write(to: stale.appendingPathComponent("terms.csv"), atomically: true, encoding: .utf8)
        let foreign = dir.appendingPathComponent(".report.tifa-tmp-\(dead + 1)")
        try fm.createDirectory(at: foreign, withIntermediateDirectories: true)
        try "not ours".write(to: foreign.appendingPathComponent("x"), atomically: true, encoding: .utf8)
        let alive = dir.appendingPathComponent(".report.tifa-tmp-1")
        try fm.createDirectory(at: alive, withIntermediateDirectories: true)
        let other = dir.appendingPathComponent(".other.tifa-tmp-\(dead)")
        try fm.createDirectory(at: other, withIntermediateDirectories: true)
        try runFake(fakeCorpus(), to: dir.appendingPathComponent("report"))
        #expect(!fm.fileExists(atPath: stale.path))
        #expect(fm.fileExists(atPath: foreign.appendingPathComponent("x").path))
        #expect(fm.fileExists(atPath: alive.path))
        #expect(fm.fileExists(atPath: other.path))
    }

    /// The record spill of a killed `tifa freq`/`coverage` (`$TMPDIR/tifa-quick-PID-UUID`) goes on the next quick look.
    @Test func staleQuickLookSpillsAreRemoved() throws {
        let fm = FileManager.default
        let dead = Self.deadPID()
        let stale = fm.temporaryDirectory.appendingPathComponent("tifa-quick-\(dead)-\(UUID().uuidString)")
        let other = fm.temporaryDirectory.appendingPathComponent("tifa-quick-\(dead)-not-a-uuid")
        for f in [stale, other] { try fm.createDirectory(at: f, withIntermediateDirectories: true) }
        defer { for f in [stale, other] { try? fm.removeItem(at: f) } }
        _ = try QuickLook.run(items: fakeCorpus(), jobs: 1, progress: nil, makeWorker: { FakeWorker() }, keep: { _ in () })
        #expect(!fm.fileExists(atPath: stale.path))
        #expect(fm.fileExists(atPath: other.path))
    }

    /// A process id no process has now.
    static func deadPID() -> pid_t {
        var pid: pid_t = 4_000_000
        while kill(pid, 0) == 0 || errno != ESRCH { pid -= 1 }
        return pid
    }
}
