import Foundation
import TifaCore
import TifaExtract
import TifaIngest

/// Shared fixtures: the package root, the shipped extractor, and documents built from strings.
enum Fixture {
    static let root: URL = {
        var dir = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
        while !FileManager.default.fileExists(atPath: dir.appendingPathComponent("Package.swift").path) {
            dir = dir.deletingLastPathComponent()
        }
        return dir
    }()

    static let shared = root.appendingPathComponent("../shared").standardized
    static var hasShared: Bool { FileManager.default.fileExists(atPath: shared.appendingPathComponent("eval/seeds-gold.json").path) }

    static let extractor: Extractor = {
        let dir = root.appendingPathComponent("Dictionaries/codebooks").path
        // swiftlint:disable:next force_try
        return try! Extractor(codebooks: try! CodebookLoader.load(files: try! CodebookLoader.files(in: [dir])))
    }()

    static func document(_ text: String, path: String = "test.txt") throws -> TextDocument {
        try DocumentBuilder().document(text: text, path: path)
    }

    /// The shipped extractor's record of a text, in original offsets (as `tifa extract` writes it).
    static func extract(_ text: String) throws -> DocumentExtraction {
        let doc = try document(text)
        return extractor.extract(doc).inOriginalOffsets(doc.offsets)
    }

    /// Writes text to a fresh temporary file and returns its path.
    static func temporaryFile(_ text: String, name: String = "book.yaml") -> String {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("tifa-extract-\(UUID().uuidString)")
        try? FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        let url = dir.appendingPathComponent(name)
        try? Data(text.utf8).write(to: url)
        return url.path
    }
}
