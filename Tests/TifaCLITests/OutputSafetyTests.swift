import Foundation
import Testing

/// `--out` safety, end to end: no command deletes an input, the current folder, a file or a folder Tifa did
/// not write, and a file output never replaces a link, FIFO or device.
@Suite struct OutputSafetyTests {
    let fm = FileManager.default

    private func analyze(_ corpus: URL, _ extra: [String], in directory: URL? = nil) throws -> CLIRunner.Result {
        try CLIRunner.run(["analyze", corpus.path, "--quiet", "--no-dashboard", "--no-texts", "--jobs", "1"] + extra, directory: directory)
    }

    @Test func outputIsTheInputFolder() throws {
        let corpus = try CLIRunner.corpus()
        defer { try? fm.removeItem(at: corpus.deletingLastPathComponent()) }
        let r = try analyze(corpus, ["--out", corpus.path, "--force"])
        #expect(r.status == 73)
        #expect(r.stderr.contains("is an input"))
        #expect(fm.fileExists(atPath: corpus.appendingPathComponent("a.txt").path))
    }

    @Test func outputContainsTheInput() throws {
        let corpus = try CLIRunner.corpus()
        let parent = corpus.deletingLastPathComponent()
        defer { try? fm.removeItem(at: parent) }
        let r = try analyze(corpus, ["--out", parent.path, "--force"])
        #expect(r.status == 73)
        #expect(r.stderr.contains("holds the input"))
        #expect(fm.fileExists(atPath: corpus.appendingPathComponent("b.txt").path))
    }

    @Test func outputIsTheCurrentFolder() throws {
        let corpus = try CLIRunner.corpus()
        let work = corpus.deletingLastPathComponent()
        defer { try? fm.removeItem(at: work) }
        try "mine".write(to: work.appendingPathComponent("notes.txt"), atomically: true, encoding: .utf8)
        let r = try analyze(corpus, ["--out", ".", "--force"], in: work)
        #expect(r.status == 73)
        #expect(r.stderr.contains("current folder"))
        #expect(fm.fileExists(atPath: work.appendingPathComponent("notes.txt").path))
    }

    @Test func outputIsEmpty() throws {
        let corpus = try CLIRunner.corpus()
        let work = corpus.deletingLastPathComponent()
        defer { try? fm.removeItem(at: work) }
        let r = try analyze(corpus, ["--out", "", "--force"], in: work)
        #expect(r.status == 64)
        #expect(r.stderr.contains("--out must name a folder"))
        #expect(fm.fileExists(atPath: corpus.appendingPathComponent("a.txt").path))
    }

    @Test func outputIsARegularFile() throws {
        let corpus = try CLIRunner.corpus()
        let work = corpus.deletingLastPathComponent()
        defer { try? fm.removeItem(at: work) }
        let file = work.appendingPathComponent("report")
        try "keep me".write(to: file, atomically: true, encoding: .utf8)
        let r = try analyze(corpus, ["--out", file.path, "--force"])
        #expect(r.status == 73)
        #expect(r.stderr.contains("is a file, not a folder"))
        #expect((try? String(contentsOf: file, encoding: .utf8)) == "keep me")
    }

    @Test func forceRefusesAFolderTifaDidNotWrite() throws {
        let corpus = try CLIRunner.corpus()
        let work = corpus.deletingLastPathComponent()
        defer { try? fm.removeItem(at: work) }
        let out = work.appendingPathComponent("thesis")
        try fm.createDirectory(at: out, withIntermediateDirectories: true)
        try "chapter one".write(to: out.appendingPathComponent("ch1.md"), atomically: true, encoding: .utf8)
        let r = try analyze(corpus, ["--out", out.path, "--force"])
        #expect(r.status == 73)
        #expect(r.stderr.contains("not written by tifa"))
        #expect(fm.fileExists(atPath: out.appendingPathComponent("ch1.md").path))
    }

    @Test func forceReplacesTifasOwnFolder() throws {
        let corpus = try CLIRunner.corpus()
        let work = corpus.deletingLastPathComponent()
        defer { try? fm.removeItem(at: work) }
        let out = work.appendingPathComponent("report")
        #expect(try analyze(corpus, ["--out", out.path]).status == 0)
        #expect(fm.fileExists(atPath: out.appendingPathComponent(".tifa-output").path))
        let again = try analyze(corpus, ["--out", out.path])
        #expect(again.status == 73 && again.stderr.contains("already exists"))
        #expect(try analyze(corpus, ["--out", out.path, "--force"]).status == 0)
        #expect(fm.fileExists(atPath: out.appendingPathComponent("summary.json").path))
    }

    @Test func mergeRefusesAPartAsOutput() throws {
        let corpus = try CLIRunner.corpus()
        let work = corpus.deletingLastPathComponent()
        defer { try? fm.removeItem(at: work) }
        let p1 = work.appendingPathComponent("p1")
        #expect(try analyze(corpus, ["--partial", "--out", p1.path]).status == 0)
        let r = try CLIRunner.run(["merge", p1.path, "--out", p1.path, "--force", "--no-dashboard"])
        #expect(r.status == 73)
        #expect(r.stderr.contains("is an input"))
        #expect(fm.fileExists(atPath: p1.appendingPathComponent("partial.json").path))
    }

    @Test func extractNeverReplacesALinkOrAFIFO() throws {
        let corpus = try CLIRunner.corpus()
        let work = corpus.deletingLastPathComponent()
        defer { try? fm.removeItem(at: work) }
        let target = work.appendingPathComponent("target.txt")
        try "keep".write(to: target, atomically: true, encoding: .utf8)
        let link = work.appendingPathComponent("out.jsonl")
        try fm.createSymbolicLink(at: link, withDestinationURL: target)
        let fifo = work.appendingPathComponent("fifo")
        #expect(mkfifo(fifo.path, 0o600) == 0)
        for path in [link.path, fifo.path] {
            let r = try CLIRunner.run(["extract", corpus.appendingPathComponent("a.txt").path, "--out", path])
            #expect(r.status == 73, "\(path)")
            #expect(r.stderr.contains("never replaced"), "\(path)")
        }
        let attributes = try fm.attributesOfItem(atPath: link.path)
        #expect(attributes[.type] as? FileAttributeType == .typeSymbolicLink)
        #expect((try? String(contentsOf: target, encoding: .utf8)) == "keep")
        var info = stat()
        #expect(lstat(fifo.path, &info) == 0 && info.st_mode & S_IFMT == S_IFIFO)
    }

    @Test func extractNeverWritesOverItsInput() throws {
        let corpus = try CLIRunner.corpus()
        defer { try? fm.removeItem(at: corpus.deletingLastPathComponent()) }
        let input = corpus.appendingPathComponent("a.txt")
        let before = try Data(contentsOf: input)
        let r = try CLIRunner.run(["extract", input.path, "--out", input.path])
        #expect(r.status == 73)
        #expect(r.stderr.contains("is an input"))
        #expect(try Data(contentsOf: input) == before)
    }

    @Test func dashboardNeverReplacesALinkAtItsPage() throws {
        let corpus = try CLIRunner.corpus()
        let work = corpus.deletingLastPathComponent()
        defer { try? fm.removeItem(at: work) }
        let out = work.appendingPathComponent("r")
        #expect(try CLIRunner.run(["analyze", corpus.path, "--out", out.path, "--quiet", "--no-dashboard"]).status == 0)
        let page = out.appendingPathComponent("dashboard.html")
        try fm.createSymbolicLink(at: page, withDestinationURL: corpus.appendingPathComponent("a.txt"))
        let r = try CLIRunner.run(["dashboard", out.path])
        #expect(r.status == 73)
        #expect(r.stderr.contains("never replaced"))
        #expect((try fm.attributesOfItem(atPath: page.path))[.type] as? FileAttributeType == .typeSymbolicLink)
    }
}
