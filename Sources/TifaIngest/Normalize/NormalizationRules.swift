import TifaScript
import Foundation
import TifaCore

/// The data the normaliser applies: boilerplate rules and traditional → simplified overrides.
public struct NormalizationRules: Sendable {
    public let boilerplate: BoilerplateRules
    public let overrides: ScriptOverrides
    /// The folder they were loaded from (for messages).
    public let source: String

    public init(boilerplate: BoilerplateRules, overrides: ScriptOverrides, source: String = "") {
        self.boilerplate = boilerplate
        self.overrides = overrides
        self.source = source
    }

    /// Loads `boilerplate.tsv` and `t2s-overrides.tsv` from a folder.
    public init(folder: String) throws(TifaError) {
        let base = URL(fileURLWithPath: folder)
        self.init(boilerplate: try BoilerplateRules(contentsOf: base.appendingPathComponent("boilerplate.tsv").path),
                  overrides: try ScriptOverrides(contentsOf: base.appendingPathComponent("t2s-overrides.tsv").path),
                  source: folder)
    }

    /// The shipped rules in `Dictionaries/normalize`, loaded once.
    public static func shipped() throws(TifaError) -> NormalizationRules { try cachedShipped.get() }

    private static let cachedShipped: Swift.Result<NormalizationRules, TifaError> = Swift.Result(catching: { () throws(TifaError) -> NormalizationRules in
        try NormalizationRules(folder: try DictionariesFolder.subfolder("normalize").path)
    })
}
