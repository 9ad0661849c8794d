import Foundation
import TifaCore
import Yams

/// Reads codebook YAML files, validating everything and collecting every problem before failing.
public enum CodebookLoader {
    /// Parses one codebook's text. Returns the codebook (nil when unusable) and every problem found.
    public static func parse(yaml: String, file: String, sha256: String) -> (Codebook?, [Diagnostic]) {
        var reader = NodeReader(file: file)
        let root: Node?
        do {
            root = try Yams.compose(yaml: yaml)
        } catch let error as YamlError {
            return (nil, [reader.yamlDiagnostic(error)])
        } catch {
            return (nil, [Diagnostic(code: "codebook.yaml", file: file, message: "not valid YAML: \(error)")])
        }
        guard let root, let top = root.mapping else {
            return (nil, [Diagnostic(code: "codebook.schema", file: file, line: root?.mark?.line,
                                     message: "a codebook is a mapping with `codebook`, `version` and `entries`")])
        }
        reader.checkKeys(top, allowed: ["codebook", "version", "description", "sources", "entries", "criteria",
                                        "stance", "formulaExclusions"], context: "codebook")
        let name = reader.requiredString(top, "codebook", context: "codebook") ?? ""
        let version = reader.requiredString(top, "version", context: "codebook") ?? ""
        let entries = reader.list(top["entries"]).compactMap { reader.entry($0) }
        let sets = reader.list(top["criteria"]).compactMap { reader.criteriaSet($0) }
        let cues = top["stance"].map { reader.cues($0) } ?? []
        let exclusions = reader.strings(top["formulaExclusions"], context: "formulaExclusions")
        let book = Codebook(name: name, version: version, file: file, sha256: sha256, entries: entries,
                            criteriaSets: sets, cues: cues, formulaExclusions: exclusions)
        reader.checkInsideFile(book)
        return (book, reader.diagnostics)
    }

    /// Loads codebook files (`.txt` files are plain term lists) and checks them together (duplicate names, items shared by sets). Throws one
    /// `TifaError` carrying every diagnostic when anything is wrong.
    public static func load(files: [String]) throws(TifaError) -> [Codebook] {
        var books: [Codebook] = []
        var diagnostics: [Diagnostic] = []
        for file in files {
            guard let data = FileManager.default.contents(atPath: file) else {
                diagnostics.append(Diagnostic(code: "codebook.io", file: file, message: "cannot read the file"))
                continue
            }
            guard let text = String(data: data, encoding: .utf8) else {
                diagnostics.append(Diagnostic(code: "codebook.encoding", file: file,
                                              message: "a codebook must be UTF-8 text"))
                continue
            }
            let hash = ContentHash.sha256(data)
            let (book, found) = file.hasSuffix(".txt") ? TermListLoader.parse(text: text, file: file, sha256: hash)
                : parse(yaml: text, file: file, sha256: hash)
            diagnostics += found
            if let book { books.append(book) }
        }
        diagnostics += CodebookValidator.crossCheck(books, acrossFilesOnly: true)
        if !diagnostics.isEmpty { throw TifaError(diagnostics) }
        return books
    }

    /// Expands FILE|DIR arguments into codebook files: a directory gives its *.yaml, *.yml and *.txt (term list)
    /// files, sorted.
    public static func files(in paths: [String]) throws(TifaError) -> [String] {
        var result: [String] = []
        var diagnostics: [Diagnostic] = []
        for path in paths {
            var isDir: ObjCBool = false
            guard FileManager.default.fileExists(atPath: path, isDirectory: &isDir) else {
                diagnostics.append(Diagnostic(code: "codebook.io", file: path, message: "no such file or directory"))
                continue
            }
            if !isDir.boolValue { result.append(path); continue }
            let names = (try? FileManager.default.contentsOfDirectory(atPath: path)) ?? []
            let yaml = names.filter { $0.hasSuffix(".yaml") || $0.hasSuffix(".yml") || $0.hasSuffix(".txt") }.sorted()
            if yaml.isEmpty {
                diagnostics.append(Diagnostic(code: "codebook.io", file: path, message: "no .yaml codebooks in directory"))
            }
            result += yaml.map { (path as NSString).appendingPathComponent($0) }
        }
        if !diagnostics.isEmpty { throw TifaError(diagnostics) }
        return result
    }
}
