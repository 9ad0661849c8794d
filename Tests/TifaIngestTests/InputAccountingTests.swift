import Foundation
import Testing
import TifaCore
@testable import TifaIngest

/// Every path met in the inputs is read once or skipped with a reason: unsupported formats, dangling links,
/// symlink loops, special files (never opened), names that are not UTF-8 (read), too-long paths, duplicates.
@Suite(.timeLimit(.minutes(1))) struct InputAccountingTests {
    func read(_ inputs: [String], configure: (inout ReaderOptions) -> Void = { _ in }) throws
        -> (docs: [IngestedDocument], skipped: [Diagnostic], reader: CorpusReader) {
        var o = ReaderOptions()
        o.rules = try Make.rules()
        configure(&o)
        let reader = try CorpusReader(inputs: inputs, options: o)
        var sequence = try reader.documents()
        var docs: [IngestedDocument] = []
        while let d = sequence.next() { docs.append(d) }
        return (docs, sequence.skipped, reader)
    }

    func codes(_ skipped: [Diagnostic]) -> [String: String] {
        Dictionary(skipped.map { (($0.file as NSString).lastPathComponent, $0.code) }, uniquingKeysWith: { a, _ in a })
    }

    @Test func unsupportedFilesAreListedWithTheirReason() throws {
        let f = FixtureFolder()
        defer { f.remove() }
        try f.write("report.txt", "正文一。")
        for name in ["data.json", "table.xlsx", "slides.pptx", "memo.wps", "photo.png", "README"] { try f.write(name, "x") }
        try f.write(".DS_Store", "x")
        let r = try read([f.url.path])
        #expect(r.docs.count == 1)
        let c = codes(r.skipped)
        for name in ["data.json", "table.xlsx", "slides.pptx", "memo.wps", "photo.png", "README"] {
            #expect(c[name] == "ingest.unsupported", "\(name)")
        }
        #expect(c[".DS_Store"] == "ingest.hidden")
        #expect(r.skipped.first { $0.file.hasSuffix("data.json") }?.message.contains(".json") == true)
        // Named on the command line, an office file is refused too.
        #expect(try read([f.path("table.xlsx")]).skipped.map(\.code) == ["ingest.unsupported"])
    }

    @Test func danglingLinkIsListed() throws {
        let f = FixtureFolder()
        defer { f.remove() }
        try f.write("a.txt", "正文一。")
        try FileManager.default.createSymbolicLink(atPath: f.path("gone.txt"), withDestinationPath: f.path("nowhere.txt"))
        let r = try read([f.url.path])
        #expect(r.docs.count == 1)
        #expect(codes(r.skipped)["gone.txt"] == "ingest.dangling-link")
    }

    @Test func fifoAndSocketAreSkippedUnopened() throws {
        let f = FixtureFolder()
        defer { f.remove() }
        try f.write("a.txt", "正文一。")
        #expect(mkfifo(f.path("pipe.txt"), 0o644) == 0)
        let r = try read([f.url.path])   // would block forever if the FIFO were opened
        #expect(r.docs.count == 1)
        #expect(codes(r.skipped)["pipe.txt"] == "ingest.special-file")
        #expect(r.skipped.first { $0.code == "ingest.special-file" }?.message.contains("FIFO") == true)
        let direct = try read([f.path("pipe.txt"), "/dev/null"])
        #expect(direct.docs.isEmpty && direct.skipped.map(\.code) == ["ingest.special-file", "ingest.special-file"])
    }

    @Test func fileNamesThatAreNotUTF8AreReadAndShownEscaped() throws {
        let f = FixtureFolder()
        defer { f.remove() }
        let gbName = Array("报告".encoded("GB18030")) + Array(".txt".utf8)   // 报告 in GB18030: not UTF-8
        let path = RawPath(f.url.path).appending(gbName)
        let fd = path.withCString { open($0, O_CREAT | O_WRONLY, 0o644) }
        #expect(fd >= 0)
        _ = Array("第一段正文。".utf8).withUnsafeBytes { write(fd, $0.baseAddress, $0.count) }
        close(fd)
        try f.write("b.txt", "第二段正文。")
        let r = try read([f.url.path])
        #expect(r.docs.count == 2)
        let doc = try #require(r.docs.first { $0.document.text.string == "第一段正文。" })
        #expect(doc.document.path.hasSuffix("\\xB1\\xA8\\xB8\\xE6.txt"))
        #expect(r.reader.diagnostics.map(\.code) == ["ingest.undecodable-name"])
        #expect(RawPath.escaped([0x61, 0xFF, 0xE4, 0xB8, 0xAD]) == "a\\xFF中")
    }

    @Test func pathsLongerThanPathMaxAreSkippedByName() throws {
        let f = FixtureFolder()
        defer { f.remove() }
        try f.write("short.txt", "正文一。")
        // Nested folders built one level at a time (relative to an open folder), past PATH_MAX in total.
        let component = String(repeating: "d", count: 200)
        var dir = open(f.url.path, O_RDONLY | O_DIRECTORY)
        for _ in 0..<22 {
            #expect(mkdirat(dir, component, 0o755) == 0)
            let next = openat(dir, component, O_RDONLY | O_DIRECTORY)
            close(dir)
            dir = next
        }
        let fd = openat(dir, "deep.txt", O_CREAT | O_WRONLY, 0o644)
        _ = Array("深处。".utf8).withUnsafeBytes { write(fd, $0.baseAddress, $0.count) }
        close(fd)
        close(dir)
        let r = try read([f.url.path])
        #expect(r.docs.count == 1)
        let long = try #require(r.skipped.first { $0.code == "ingest.path-too-long" })
        #expect(long.message.contains("PATH_MAX"))
        let direct = try read([f.url.path + String(repeating: "/" + component, count: 22) + "/deep.txt"])
        #expect(direct.skipped.map(\.code) == ["ingest.path-too-long"])
        removeDeep(f.url.path, component)
    }

    /// Removes the nested folders (FileManager cannot remove past PATH_MAX).
    private func removeDeep(_ root: String, _ component: String) {
        var fds = [open(root, O_RDONLY | O_DIRECTORY)]
        for _ in 0..<22 { fds.append(openat(fds.last!, component, O_RDONLY | O_DIRECTORY)) }
        unlinkat(fds.last!, "deep.txt", 0)
        for level in stride(from: 21, through: 0, by: -1) {
            close(fds[level + 1])
            unlinkat(fds[level], component, AT_REMOVEDIR)
        }
        close(fds[0])
    }

    @Test func symlinkLoopsEndAndEachFileIsReadOnce() throws {
        let f = FixtureFolder()
        defer { f.remove() }
        try f.write("a/one.txt", "第一篇正文。")
        try f.write("b/two.txt", "第二篇正文。")
        let fm = FileManager.default
        try fm.createSymbolicLink(atPath: f.path("a/to-b"), withDestinationPath: "../b")
        try fm.createSymbolicLink(atPath: f.path("b/to-a"), withDestinationPath: "../a")
        try fm.createSymbolicLink(atPath: f.path("a/self"), withDestinationPath: ".")
        try fm.createSymbolicLink(atPath: f.path("alias.txt"), withDestinationPath: "a/one.txt")
        try fm.createSymbolicLink(atPath: f.path("loop1"), withDestinationPath: "loop2")
        try fm.createSymbolicLink(atPath: f.path("loop2"), withDestinationPath: "loop1")
        let r = try read([f.url.path, f.path("a/one.txt")])
        #expect(r.docs.map { ($0.document.path as NSString).lastPathComponent }.sorted() == ["one.txt", "two.txt"])
        let c = r.skipped.map(\.code)
        #expect(c.contains("ingest.symlink-loop"))
        #expect(c.filter { $0 == "ingest.duplicate-path" }.count >= 2)   // alias.txt, one.txt given again
        #expect(codes(r.skipped)["loop1"] == "ingest.symlink-loop")
    }

    @Test func everyPathIsAccountedFor() throws {
        let f = FixtureFolder()
        defer { f.remove() }
        var created = 0
        for name in ["x/1.txt", "x/2.html", "x/3.json", "y/4.md", "y/5.csv", "6.pdf.part", "7.txt"] {
            try f.write(name, "正文\(name)。")
            created += 1
        }
        #expect(mkfifo(f.path("y/fifo"), 0o644) == 0)
        try FileManager.default.createSymbolicLink(atPath: f.path("y/dangling.txt"), withDestinationPath: "missing")
        created += 2
        let r = try read([f.url.path])
        #expect(r.docs.count + r.skipped.count == created)
        #expect(Set((r.docs.map(\.document.path) + r.skipped.map(\.file)).map { ($0 as NSString).lastPathComponent })
                == ["1.txt", "2.html", "3.json", "4.md", "5.csv", "6.pdf.part", "7.txt", "fifo", "dangling.txt"])
    }
}
