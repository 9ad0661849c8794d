import Foundation
import TifaCore

/// Expands the inputs of a corpus run (files, folders walked recursively, `-` for standard input) into items in
/// a stable order. Folders yield the files that match the include globs (default: the known extensions) and
/// no exclude glob, hidden files and folders aside, sorted by path. Missing or unreadable paths are reported.
enum InputEnumerator {
    static func items(_ inputs: [String], include: [Glob], exclude: [Glob]) -> (items: [CorpusItem], skipped: [Diagnostic]) {
        var items: [CorpusItem] = []
        var skipped: [Diagnostic] = []
        let fm = FileManager.default
        func add(_ path: String) { items.append(CorpusItem(index: items.count, path: path, format: DocumentFormat(path: path))) }
        for input in inputs {
            if input == "-" { add("-"); continue }
            var isDirectory: ObjCBool = false
            guard fm.fileExists(atPath: input, isDirectory: &isDirectory) else {
                skipped.append(Diagnostic(code: "ingest.not-found", file: input, message: "no such file or folder"))
                continue
            }
            guard isDirectory.boolValue else {
                if exclude.contains(where: { $0.matches(relativePath: input) }) { continue }
                add(input)
                continue
            }
            guard fm.isReadableFile(atPath: input) else {
                skipped.append(Diagnostic(code: "ingest.unreadable", file: input, message: "cannot read the folder (permission denied)"))
                continue
            }
            var found: [String] = []
            walk(input, relative: "", into: &found, skipped: &skipped, include: include, exclude: exclude)
            let base = input.hasSuffix("/") ? input : input + "/"
            for relative in found.sorted() { add(base + relative) }
        }
        return (items, skipped)
    }

    private static func walk(_ root: String, relative: String, into found: inout [String], skipped: inout [Diagnostic],
                             include: [Glob], exclude: [Glob]) {
        let fm = FileManager.default
        let folder = relative.isEmpty ? root : root + "/" + relative
        let names: [String]
        do {
            names = try fm.contentsOfDirectory(atPath: folder)
        } catch {
            skipped.append(Diagnostic(code: "ingest.unreadable", file: folder, message: "cannot list the folder (permission denied?)"))
            return
        }
        for name in names.sorted() where !name.hasPrefix(".") {
            let rel = relative.isEmpty ? name : relative + "/" + name
            var isDirectory: ObjCBool = false
            guard fm.fileExists(atPath: root + "/" + rel, isDirectory: &isDirectory) else { continue }
            if isDirectory.boolValue {
                if exclude.contains(where: { $0.matches(relativePath: rel) }) { continue }
                walk(root, relative: rel, into: &found, skipped: &skipped, include: include, exclude: exclude)
                continue
            }
            let included = include.isEmpty
                ? DocumentFormat.folderExtensions.contains((name.split(separator: ".").count > 1 ? name.split(separator: ".").last.map(String.init) : nil)?.lowercased() ?? "")
                : include.contains { $0.matches(relativePath: rel) }
            if included && !exclude.contains(where: { $0.matches(relativePath: rel) }) { found.append(rel) }
        }
    }
}
