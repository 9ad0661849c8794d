import Foundation
import TifaCore

/// The header of a partial run (`partial.json`): how it was made, its totals and its documents in order.
/// Next to it, `records.bin` (length-framed binary records), `extractions.jsonl`, `texts.jsonl` and
/// `formalism.bin` (length-framed compared texts and formalism measures) hold one entry per document, in the same
/// order. Format 2 added `formalism.bin`.
struct PartialState: Codable {
    static let currentFormat = 2
    static let fileName = "partial.json"

    var format: Int
    var info: RunInfo
    var totals: CorpusTotals
    var documents: [String]

    /// Reads and checks a partial state folder.
    static func load(folder: String) throws -> PartialState {
        let path = "\(folder)/\(fileName)"
        guard let data = FileManager.default.contents(atPath: path) else {
            throw TifaError(code: "merge.not-partial", file: folder,
                            message: "\(folder) is not a partial analysis (no \(fileName); make one with tifa analyze --partial)")
        }
        let state: PartialState
        do {
            state = try JSONDecoder().decode(PartialState.self, from: data)
        } catch {
            throw TifaError(code: "merge.bad-state", file: path, message: "\(path) cannot be read: \(error)")
        }
        guard state.format == currentFormat else {
            throw TifaError(code: "merge.format", file: path,
                            message: "partial state format \(state.format) is not the supported format \(currentFormat)")
        }
        return state
    }
}
