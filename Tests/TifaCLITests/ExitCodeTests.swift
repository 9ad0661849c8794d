import Foundation
import Testing

/// Exit codes and error reporting end to end: output errors exit 74 with a message, inputs that give no
/// document exit 66, wrong input stops the command, `--quiet` never hides an error.
@Suite struct ExitCodeTests {
    let fm = FileManager.default

    @Test(arguments: [["kwic", "形式主义"], ["freq"], ["coverage"], ["normalize"], ["extract"]])
    func aFullStandardOutputExits74(_ command: [String]) throws {
        let corpus = try CLIRunner.corpus()
        defer { try? fm.removeItem(at: corpus.deletingLastPathComponent()) }
        let r = try CLIRunner.run(command + [corpus.path], stdoutPath: "/dev/full")
        #expect(r.status == 74, "\(command): \(r.stderr)")
        #expect(r.stderr.contains("cannot write output"), "\(command)")
    }

    @Test(arguments: ["kwic", "freq", "coverage"])
    func everyInputSkippedExits66EvenWhenQuiet(_ command: String) throws {
        let dir = try CLIRunner.scratch()
        defer { try? fm.removeItem(at: dir) }
        try Data().write(to: dir.appendingPathComponent("empty.txt"))
        let args = (command == "kwic" ? ["kwic", "形式主义"] : [command]) + [dir.path, "--quiet"]
        let r = try CLIRunner.run(args)
        #expect(r.status == 66, "\(command)")
        #expect(r.stderr.contains("empty.txt"), "\(command): the skipped file is named even with --quiet")
        #expect(r.stderr.contains("no document could be read"), "\(command)")
    }

    /// --quiet silences progress, never a skipped file.
    @Test(arguments: ["analyze", "freq", "coverage"])
    func quietStillNamesSkippedFiles(_ command: String) throws {
        let corpus = try CLIRunner.corpus()
        let work = corpus.deletingLastPathComponent()
        defer { try? fm.removeItem(at: work) }
        try Data().write(to: corpus.appendingPathComponent("empty.txt"))
        let out = command == "analyze" ? ["--out", work.appendingPathComponent("r").path, "--no-dashboard"] : []
        let r = try CLIRunner.run([command, corpus.path, "--quiet"] + out)
        #expect(r.status == 0, "\(command)")
        #expect(r.stderr.contains("empty.txt"), "\(command)")
        #expect(!r.stderr.contains("MB/s"), "\(command): no progress with --quiet")
    }

    @Test(arguments: ["kwic", "freq", "coverage"])
    func aMissingInputPathIsAnError(_ command: String) throws {
        let corpus = try CLIRunner.corpus()
        defer { try? fm.removeItem(at: corpus.deletingLastPathComponent()) }
        let missing = corpus.appendingPathComponent("nosuch").path
        let args = (command == "kwic" ? ["kwic", "形式主义"] : [command]) + [corpus.path, missing, "--quiet"]
        let r = try CLIRunner.run(args)
        #expect(r.status == 66, "\(command)")
        #expect(r.stderr.contains(missing), "\(command)")
    }

    @Test func anUnreadableManifestIsAnError() throws {
        let corpus = try CLIRunner.corpus()
        defer { try? fm.removeItem(at: corpus.deletingLastPathComponent()) }
        let manifest = corpus.deletingLastPathComponent().appendingPathComponent("meta.csv").path
        let r = try CLIRunner.run(["freq", corpus.path, "--manifest", manifest, "--quiet"])
        #expect(r.status == 66)
        #expect(r.stderr.contains(manifest) && r.stderr.contains("manifest"))
    }

    @Test func aGroupByColumnNoDocumentHasIsAnError() throws {
        let corpus = try CLIRunner.corpus()
        let work = corpus.deletingLastPathComponent()
        defer { try? fm.removeItem(at: work) }
        let r = try CLIRunner.run(["analyze", corpus.path, "--out", work.appendingPathComponent("r").path, "--group-by", "regoin",
                                   "--quiet", "--no-dashboard"])
        #expect(r.status == 64)
        #expect(r.stderr.contains("regoin"))
        #expect(!fm.fileExists(atPath: work.appendingPathComponent("r").path))
    }

    @Test func aDashboardThatCannotBeWrittenExits74() throws {
        let corpus = try CLIRunner.corpus()
        let work = corpus.deletingLastPathComponent()
        defer { try? fm.removeItem(at: work) }
        let out = work.appendingPathComponent("r")
        #expect(try CLIRunner.run(["analyze", corpus.path, "--out", out.path, "--quiet", "--no-dashboard"]).status == 0)
        // A folder where the page should go: the rename onto it fails like a write to a full disk.
        try fm.createDirectory(at: out.appendingPathComponent("dashboard.html/blocker"), withIntermediateDirectories: true)
        let r = try CLIRunner.run(["dashboard", out.path])
        #expect(r.status == 74)
        #expect(r.stderr.contains("cannot write the dashboard"))
    }

    @Test func aRunawayRegexFailsWithAClearError() throws {
        let dir = try CLIRunner.scratch()
        defer { try? fm.removeItem(at: dir) }
        try (String(repeating: "党", count: 40) + "。").write(to: dir.appendingPathComponent("long.txt"), atomically: true, encoding: .utf8)
        let r = try CLIRunner.run(["kwic", "(党+)+建", dir.path, "--regex", "--quiet"])
        #expect(r.status == 64)
        #expect(r.stderr.contains("time limit") && r.stderr.contains("long.txt"))
    }

    /// A damaged part is refused by the command line too, with the file named.
    @Test func mergeRefusesADamagedPart() throws {
        let corpus = try CLIRunner.corpus()
        let work = corpus.deletingLastPathComponent()
        defer { try? fm.removeItem(at: work) }
        let part = work.appendingPathComponent("p")
        #expect(try CLIRunner.run(["analyze", corpus.path, "--partial", "--out", part.path, "--quiet"]).status == 0)
        let texts = part.appendingPathComponent("texts.jsonl")
        var bytes = try Data(contentsOf: texts)
        bytes[bytes.count / 2] = 0xFF
        try bytes.write(to: texts)
        let r = try CLIRunner.run(["merge", part.path, "--out", work.appendingPathComponent("m").path, "--no-dashboard"])
        #expect(r.status == 65)
        #expect(r.stderr.contains(texts.path) && r.stderr.contains("damaged"))
    }
}

/// One flag vocabulary: the shared options are accepted by every command the README's table lists.
@Suite struct FlagVocabularyTests {
    /// Every option of the README's shared-options table is known to each command the table names.
    @Test func theReadmeTableMatchesTheCommands() throws {
        let readme = try String(contentsOf: CLIRunner.root.appendingPathComponent("README.md"), encoding: .utf8)
        let table = try #require(readme.components(separatedBy: "### Options shared by the commands").dropFirst().first?
            .components(separatedBy: "\n\n").dropFirst().first)
        var checked = 0
        for line in table.split(separator: "\n") where line.hasPrefix("| `--") {
            let cells = line.replacingOccurrences(of: "\\|", with: "/").split(separator: "|").map { $0.trimmingCharacters(in: .whitespaces) }
            let options = cells[0].components(separatedBy: "`").filter { $0.hasPrefix("--") }.map { $0.split(separator: " ")[0] }
            let commands = cells[2] == "every command but `dashboard`"
                ? ["segment", "normalize", "extract", "analyze", "merge", "kwic", "freq", "coverage"]
                : cells[2].components(separatedBy: "`").filter { !$0.isEmpty && !$0.contains(",") }
            for command in commands {
                let help = try CLIRunner.run(["help", command]).text
                for option in options {
                    #expect(help.contains("\(option) ") || help.contains("\(option)\n"), "tifa \(command) has no \(option)")
                    checked += 1
                }
            }
        }
        #expect(checked > 30)
    }

    @Test func mergeIsQuietWithQuiet() throws {
        let corpus = try CLIRunner.corpus()
        let work = corpus.deletingLastPathComponent()
        defer { try? FileManager.default.removeItem(at: work) }
        let part = work.appendingPathComponent("p")
        #expect(try CLIRunner.run(["analyze", corpus.path, "--partial", "--out", part.path, "--quiet"]).status == 0)
        let r = try CLIRunner.run(["merge", part.path, "--out", work.appendingPathComponent("m").path, "--no-dashboard", "--quiet"])
        #expect(r.status == 0)
        #expect(r.stderr.isEmpty)
    }
}
