import Foundation
import TifaCore
import TifaScript
@testable import TifaSegment

/// The package root (the folder holding Package.swift), found from this file's path.
let packageRoot: URL = {
    var dir = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
    while !FileManager.default.fileExists(atPath: dir.appendingPathComponent("Package.swift").path) {
        dir = dir.deletingLastPathComponent()
    }
    return dir
}()

/// The shipped lexicons and a segmenter over them, loaded once per test process.
enum Shipped {
    static let lexicons: [Lexicon] = {
        do { return try DefaultLexicons.loadCached(dictionaries: packageRoot.appendingPathComponent("Dictionaries")) } catch {
            fatalError("shipped lexicons do not load: \(error)")
        }
    }()
    /// The traditional → simplified projection with the shipped overrides.
    static let projection: SimplifiedProjection = {
        do { return try DefaultLexicons.projection(dictionaries: packageRoot.appendingPathComponent("Dictionaries")) } catch {
            fatalError("shipped overrides do not load: \(error)")
        }
    }()
    static let segmenter = Segmenter(lexicons: lexicons, projection: projection)
    static var domainTerms: [String] { lexicons.first { $0.name == "domain" }?.terms ?? [] }
}

/// Token texts of a string.
func words(_ text: String, _ segmenter: Segmenter = Shipped.segmenter) throws -> [String] {
    let scalars = Array(text.unicodeScalars)
    return try segmenter.makeTokenizer().segment(scalars).map { String(String.UnicodeScalarView(scalars[$0.range])) }
}

/// A temporary file holding bytes; removed by the caller.
func temporaryFile(_ bytes: [UInt8], name: String = "input.txt") throws -> URL {
    let dir = FileManager.default.temporaryDirectory.appendingPathComponent("tifa-segment-tests-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
    let url = dir.appendingPathComponent(name)
    try Data(bytes).write(to: url)
    return url
}
