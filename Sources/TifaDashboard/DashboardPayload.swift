import Foundation
import TifaCore

/// The JSON the page's script renders, made from a `DashboardInput` (whichever way it was filled).
enum DashboardPayload {
    /// The payload's fields as JSON texts (keys in a fixed order, so the page's bytes depend only on the analysis).
    static func fields(_ input: DashboardInput, codebook: DashboardCodebook?) throws -> [(key: String, json: String)] {
        var fields: [(key: String, json: String)] = []
        fields.append(("summary", input.summary ?? "null"))
        fields.append(("documents", input.documents.json()))
        fields.append(("terms", input.terms.table.json()))
        fields.append(("slogans", input.slogans.json()))
        fields.append(("periods", input.periods.json()))
        fields.append(("criteria", try input.criteria.json()))
        fields.append(("problems", try input.problems.json()))
        fields.append(("trends", try TrendSeries.json(periods: input.periods, trends: input.trends,
                                                      codebookTerms: input.terms.codebookTerms, terms: input.limits.trendTerms)))
        fields.append(("codebook", try codebook.map(JSONFile.encode) ?? "null"))
        fields.append(("groups", groups(input)))
        fields.append(("extractions", input.extractions.json()))
        fields.append(("texts", input.texts.json()))
        fields.append(("reuse", try input.reuse.json()))
        return fields
    }

    /// The group folders' tables, by folder name.
    private static func groups(_ input: DashboardInput) -> String {
        var out: [UInt8] = [UInt8(ascii: "[")]
        for (i, folder) in input.groups.keys.sorted().enumerated() {
            if i > 0 { out.append(JSONBytes.comma) }
            input.groups[folder]!.appendJSON(to: &out)
        }
        out.append(UInt8(ascii: "]"))
        return String(decoding: out, as: UTF8.self)
    }
}

/// Encoding the JSON pieces of the payload.
enum JSONFile {
    static func encode<T: Encodable>(_ value: T) throws -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        return String(decoding: try encoder.encode(value), as: UTF8.self)
    }
}
