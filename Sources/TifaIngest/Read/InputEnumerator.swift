import Foundation
import TifaCore

/// Expands the inputs of a corpus run (files, folders walked recursively, `-` for standard input) into items in
/// a stable order, and accounts for every other path it meets with a `SkipReason`. Folders yield the files that
/// match the include globs (default: the known extensions) and no exclude glob, sorted by path bytes. Paths are
/// handled as bytes (names that are not UTF-8 are read), entries are examined with `lstat` and never opened
/// (FIFOs and devices are skipped unopened), folders and files are identified by (device, inode) so a symlink
/// loop ends and a file reached twice is read once.
struct InputEnumerator {
    private(set) var items: [CorpusItem] = []
    private(set) var skipped: [Diagnostic] = []
    /// Notes about inputs that are read (a name that is not UTF-8).
    private(set) var notes: [Diagnostic] = []
    private let include: [Glob]
    private let exclude: [Glob]
    private var firstPathOfFile: [FileStatus.Identity: String] = [:]
    private var firstPathOfFolder: [FileStatus.Identity: String] = [:]

    static func items(_ inputs: [String], include: [Glob], exclude: [Glob]) -> InputEnumerator {
        var e = InputEnumerator(include: include, exclude: exclude)
        for input in inputs { e.add(input: input) }
        return e
    }

    private init(include: [Glob], exclude: [Glob]) {
        self.include = include
        self.exclude = exclude
    }

    private mutating func add(input: String) {
        if input == "-" {
            items.append(CorpusItem(index: items.count, location: RawPath("-"), format: .text, byteCount: 0))
            return
        }
        let path = RawArguments.location(of: input)
        guard let target = status(path, display: input) else { return }
        switch target.kind {
        case .directory:
            var found: [(RawPath, DocumentFormat, Int)] = []
            walk(path, relative: [], identity: target.identity, active: [], into: &found)
            for (location, format, size) in found.sorted(by: { $0.0.bytes.lexicographicallyPrecedes($1.0.bytes) }) {
                addFile(location, format: format, size: size)
            }
        case .regular:
            if exclude.contains(where: { $0.matches(relativePath: input) }) {
                skipped.append(SkipReason.excluded.diagnostic(path.display, "matches --exclude"))
                return
            }
            let ext = DocumentFormat.fileExtension(input)
            if DocumentFormat.unsupportedExtensions.contains(ext) {
                skipped.append(SkipReason.unsupported.diagnostic(path.display, Self.unsupportedMessage(ext)))
                return
            }
            guard claim(target.identity, path.display) else { return }
            addFile(path, format: DocumentFormat(path: input), size: target.size)
        default:
            skipped.append(SkipReason.specialFile.diagnostic(path.display, "a \(target.kind.name), not a regular file; not opened"))
        }
    }

    /// The status of a path, links followed; nil (and a skip) when it is missing, dangling, too long or unreadable.
    private mutating func status(_ path: RawPath, display: String) -> FileStatus? {
        if path.bytes.count >= FileStatus.pathMax {
            skipped.append(SkipReason.pathTooLong.diagnostic(display, Self.tooLongMessage(path)))
            return nil
        }
        switch FileStatus.of(path, followLinks: true) {
        case .success(let s):
            return s
        case .failure(let failure):
            if case .success(let own) = FileStatus.of(path, followLinks: false), own.kind == .symlink {
                let loop = failure.code == ELOOP
                skipped.append((loop ? SkipReason.symlinkLoop : .danglingLink).diagnostic(
                    display, loop ? "a symbolic link that leads back to itself" : "a symbolic link to nothing (\(failure.message))"))
                return nil
            }
            switch failure.code {
            case ENOENT, ENOTDIR:
                skipped.append(SkipReason.notFound.diagnostic(display, "no such file or folder"))
            case ENAMETOOLONG:
                skipped.append(SkipReason.pathTooLong.diagnostic(display, Self.tooLongMessage(path)))
            default:
                skipped.append(SkipReason.unreadable.diagnostic(display, "cannot examine it: \(failure.message)"))
            }
            return nil
        }
    }

    /// Records the first path of a file; false (and a skip) when the same file was already listed.
    private mutating func claim(_ identity: FileStatus.Identity, _ display: String) -> Bool {
        if let first = firstPathOfFile[identity] {
            skipped.append(SkipReason.duplicatePath.diagnostic(display, "the same file as \(first) (read once)"))
            return false
        }
        firstPathOfFile[identity] = display
        return true
    }

    private mutating func addFile(_ location: RawPath, format: DocumentFormat, size: Int) {
        if !location.isUTF8 {
            notes.append(Diagnostic(code: "ingest.undecodable-name", severity: .warning, file: location.display,
                                    message: "the file name is not UTF-8; read by its bytes and shown with \\xHH escapes"))
        }
        items.append(CorpusItem(index: items.count, location: location, format: format, byteCount: size))
    }

    private mutating func walk(_ root: RawPath, relative: [UInt8], identity: FileStatus.Identity, active: Set<FileStatus.Identity>,
                               into found: inout [(RawPath, DocumentFormat, Int)]) {
        let folder = relative.isEmpty ? root : root.appending(relative)
        if let first = firstPathOfFolder[identity] {
            if active.contains(identity) {
                skipped.append(SkipReason.symlinkLoop.diagnostic(folder.display, "a link back to the folder \(first), which is being read"))
            } else {
                skipped.append(SkipReason.duplicatePath.diagnostic(folder.display, "the same folder as \(first) (read once)"))
            }
            return
        }
        firstPathOfFolder[identity] = folder.display
        let active = active.union([identity])
        guard let names = Self.entries(of: folder) else {
            skipped.append(SkipReason.unreadable.diagnostic(folder.display, "cannot list the folder: \(String(cString: strerror(errno)))"))
            return
        }
        for name in names {
            let rel = relative.isEmpty ? name : relative + [0x2F] + name
            let path = root.appending(rel)
            let relText = RawPath.escaped(rel)
            if name.first == 0x2E {
                skipped.append(SkipReason.hidden.diagnostic(path.display, "hidden (its name starts with a dot)"))
                continue
            }
            if path.bytes.count >= FileStatus.pathMax {
                skipped.append(SkipReason.pathTooLong.diagnostic(path.display, Self.tooLongMessage(path)))
                continue
            }
            guard let target = status(path, display: path.display) else { continue }
            if target.kind == .directory {
                if exclude.contains(where: { $0.matches(relativePath: relText) }) {
                    skipped.append(SkipReason.excluded.diagnostic(path.display, "the folder matches --exclude"))
                    continue
                }
                walk(root, relative: rel, identity: target.identity, active: active, into: &found)
                continue
            }
            guard target.kind == .regular else {
                skipped.append(SkipReason.specialFile.diagnostic(path.display, "a \(target.kind.name), not a regular file; not opened"))
                continue
            }
            let ext = DocumentFormat.fileExtension(relText)
            if exclude.contains(where: { $0.matches(relativePath: relText) }) {
                skipped.append(SkipReason.excluded.diagnostic(path.display, "matches --exclude"))
                continue
            }
            if include.isEmpty {
                guard DocumentFormat.folderExtensions.contains(ext) else {
                    skipped.append(SkipReason.unsupported.diagnostic(path.display, Self.unsupportedMessage(ext)))
                    continue
                }
            } else if !include.contains(where: { $0.matches(relativePath: relText) }) {
                skipped.append(SkipReason.notIncluded.diagnostic(path.display, "matches no --include"))
                continue
            }
            guard claim(target.identity, path.display) else { continue }
            found.append((path, DocumentFormat(path: relText), target.size))
        }
    }

    /// The entry names of a folder (bytes, without `.` and `..`), sorted by bytes; nil when it cannot be listed.
    private static func entries(of folder: RawPath) -> [[UInt8]]? {
        guard let dir = folder.withCString({ opendir($0) }) else { return nil }
        defer { closedir(dir) }
        var names: [[UInt8]] = []
        while let entry = readdir(dir) {
            let name = withUnsafeBytes(of: &entry.pointee.d_name) { raw in Array(raw.prefix { $0 != 0 }) }
            if name == [0x2E] || name == [0x2E, 0x2E] { continue }
            names.append(name)
        }
        return names.sorted { $0.lexicographicallyPrecedes($1) }
    }

    private static func unsupportedMessage(_ ext: String) -> String {
        ext.isEmpty ? "no file extension: not a format Tifa reads (name it with --include to read it as text)"
            : ".\(ext) is not a format Tifa reads (text, Markdown, HTML, .docx, .doc, JSON Lines, PDF)"
    }

    private static func tooLongMessage(_ path: RawPath) -> String {
        "the path is \(path.bytes.count) bytes long, over the system limit (PATH_MAX \(FileStatus.pathMax))"
    }
}
