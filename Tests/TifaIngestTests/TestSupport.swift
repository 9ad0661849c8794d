import Foundation
import TifaCore
@testable import TifaIngest

/// Paths the tests read: the package root (found from this file) and the shared data next to it.
enum Paths {
    static let root: URL = {
        var dir = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
        while !FileManager.default.fileExists(atPath: dir.appendingPathComponent("Package.swift").path) {
            dir = dir.deletingLastPathComponent()
        }
        return dir
    }()

    static let shared = root.deletingLastPathComponent().appendingPathComponent("shared")
    static var hasShared: Bool { FileManager.default.fileExists(atPath: shared.appendingPathComponent("eval/seeds-gold.json").path) }
    static var hasSighan: Bool { FileManager.default.fileExists(atPath: shared.appendingPathComponent("eval/sighan2005/pku_test.txt").path) }
    static let normalizeRules = root.appendingPathComponent("Dictionaries/normalize").path

    /// A fresh temporary folder.
    static func temporaryFolder() -> URL {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("tifa-ingest-\(UUID().uuidString)")
        try? FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        return url
    }
}

/// Builders over the repository's rules (not whatever the locator would find).
enum Make {
    static func rules() throws -> NormalizationRules { try NormalizationRules(folder: Paths.normalizeRules) }
    static func builder(_ options: NormalizationOptions = NormalizationOptions()) throws -> DocumentBuilder {
        try DocumentBuilder(rules: rules(), options: options)
    }
    static func normalizer(_ options: NormalizationOptions = NormalizationOptions()) throws -> TextNormalizer {
        try TextNormalizer(rules: rules(), options: options)
    }
}

extension TextNormalizer.Result {
    var string: String { String(String.UnicodeScalarView(text)) }
}

extension Array where Element == Unicode.Scalar {
    var string: String { String(String.UnicodeScalarView(self)) }

    /// Ranges where needle occurs (scalar offsets).
    func ranges(of needle: String) -> [Range<Int>] {
        let n = Array(needle.unicodeScalars)
        guard !n.isEmpty, n.count <= count else { return [] }
        var result: [Range<Int>] = []
        for i in 0...(count - n.count) where self[i] == n[0] && Array(self[i..<(i + n.count)]) == n {
            result.append(i..<(i + n.count))
        }
        return result
    }
}
