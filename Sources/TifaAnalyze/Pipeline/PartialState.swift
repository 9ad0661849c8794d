import Foundation
import TifaCore

/// The header of a partial run (`partial.json`): how it was made, its totals and its documents in order.
/// Next to it, `records.bin` (length-framed binary records), `extractions.jsonl`, `texts.jsonl`,
/// `formalism.bin` (length-framed compared texts and formalism measures) and `originals.bin` (length-framed
/// original texts, for the dashboard's side-by-side view of shared passages) hold one entry per document, in the same
/// order. `checksums` holds the SHA-256 of each of those files, so a damaged part is refused by `tifa merge`
/// instead of being merged.
struct PartialState: Codable {
    /// 2: checksums; 3: problem records carry their subtype; 4: formalism.bin; 5: originals.bin.
    static let currentFormat = 5
    static let fileName = "partial.json"

    var format: Int
    var info: RunInfo
    var totals: CorpusTotals
    var documents: [String]
    /// File name → SHA-256 of the record files as written.
    var checksums: [String: String]

    /// Reads and checks a partial state folder.
    static func load(folder: String) throws -> PartialState {
        let path = "\(folder)/\(fileName)"
        guard let data = FileManager.default.contents(atPath: path) else {
            throw TifaError(code: "merge.not-partial", file: folder,
                            message: "\(folder) is not a partial analysis (no \(fileName); make one with tifa analyze --partial)")
        }
        // The format first: a part written by another tifa gets a clear message, not a decoding error.
        struct FormatOnly: Decodable { var format: Int }
        if let format = try? JSONDecoder().decode(FormatOnly.self, from: data).format, format != currentFormat {
            throw TifaError(code: "merge.format", file: path,
                            message: "partial state format \(format) is not the supported format \(currentFormat); remake the part with this tifa")
        }
        let state: PartialState
        do {
            state = try JSONDecoder().decode(PartialState.self, from: data)
        } catch {
            throw TifaError(code: "merge.bad-state", file: path, message: "\(path) cannot be read: \(error)", cause: error)
        }
        return state
    }
}

extension PartialState {
    /// Checks every record file of the part against its recorded SHA-256; a mismatch names the file.
    func verify(folder: String) throws {
        for stream in RecordStream.allCases {
            let path = "\(folder)/\(stream.fileName)"
            guard let expected = checksums[stream.fileName] else {
                throw TifaError(code: "merge.damaged", file: path, message: "\(Self.fileName) records no checksum for \(stream.fileName)")
            }
            guard let handle = FileHandle(forReadingAtPath: path) else {
                throw TifaError(code: "merge.damaged", file: path, message: "cannot read \(path)")
            }
            defer { try? handle.close() }
            var hash = ContentHash.Running()
            do {
                while let block = try handle.read(upToCount: 1 << 20), !block.isEmpty { hash.update(block) }
            } catch {
                throw TifaError(code: "merge.damaged", file: path, message: "cannot read \(path): \(error.localizedDescription)", cause: error)
            }
            guard hash.hex() == expected else {
                throw TifaError(code: "merge.damaged", file: path,
                                message: "\(path) is damaged: its SHA-256 differs from the one recorded in \(Self.fileName) when the part was written")
            }
        }
    }
}
