import Foundation
import TifaCore

/// A list of common Han characters (`Dictionaries/characters/*.txt`: `# name:`, `# version:` and `# source:`
/// header lines, then characters, one or more per line), for the common-character share of documents.csv.
public struct CommonCharacters: Sendable {
    public let stamp: DataStamp
    private let members: Set<UInt32>
    /// The BMP members as bits (1,024 words), so that the per-character test needs no hashing.
    private let bmp: [UInt64]

    /// Where the shipped list is, inside the Dictionaries folder.
    public static let shippedPath = "characters/common.txt"

    public init(stamp: DataStamp, characters: Set<Unicode.Scalar>) {
        self.stamp = stamp
        members = Set(characters.map(\.value))
        var bits = [UInt64](repeating: 0, count: 0x10000 / 64)
        for v in members where v < 0x10000 { bits[Int(v >> 6)] |= 1 << UInt64(v & 63) }
        bmp = bits
    }

    public var count: Int { members.count }

    public func contains(_ s: Unicode.Scalar) -> Bool {
        let v = s.value
        return v < 0x10000 ? bmp[Int(v >> 6)] & (1 << UInt64(v & 63)) != 0 : members.contains(v)
    }

    /// Loads and validates a list: every non-header character must be a Han character and appear once.
    public static func load(path: String) throws -> CommonCharacters {
        guard let data = FileManager.default.contents(atPath: path) else {
            throw TifaError(code: "characters.unreadable", file: path, message: "cannot read the character list \(path)")
        }
        guard let text = String(data: data, encoding: .utf8) else {
            throw TifaError(code: "characters.encoding", file: path, message: "the character list is not UTF-8")
        }
        var name: String?, version: String?
        var characters: Set<Unicode.Scalar> = []
        var problems: [Diagnostic] = []
        for (i, raw) in text.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
            let line = raw.trimmingCharacters(in: .whitespaces)
            if line.hasPrefix("#") {
                let body = line.dropFirst().trimmingCharacters(in: .whitespaces)
                if body.hasPrefix("name:") { name = body.dropFirst(5).trimmingCharacters(in: .whitespaces) }
                if body.hasPrefix("version:") { version = body.dropFirst(8).trimmingCharacters(in: .whitespaces) }
                continue
            }
            for s in line.unicodeScalars where !s.properties.isWhitespace {
                if !s.properties.isIdeographic {
                    problems.append(Diagnostic(code: "characters.bad-line", file: path, line: i + 1,
                                               message: "'\(s)' is not a Han character"))
                } else if !characters.insert(s).inserted {
                    problems.append(Diagnostic(code: "characters.duplicate", file: path, line: i + 1,
                                               message: "duplicate character '\(s)'"))
                }
            }
        }
        if name == nil || version == nil {
            problems.append(Diagnostic(code: "characters.header", file: path, line: 1,
                                       message: "the character list needs '# name:' and '# version:' header lines"))
        }
        if !problems.isEmpty { throw TifaError(problems) }
        return CommonCharacters(stamp: DataStamp(name: name ?? "", version: version ?? "", sha256: ContentHash.sha256(data)),
                                characters: characters)
    }
}
