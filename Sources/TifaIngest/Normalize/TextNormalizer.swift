import TifaScript
import TifaCore
import TifaICU

/// Turns decoded text into the text the analysis reads, keeping the map back to the original.
/// Not thread-safe (it owns ICU normalisers and regexes): create one per worker; creation is cheap
/// after the first, because the rules and character tables are shared.
public final class TextNormalizer {
    /// The steps that run.
    public let options: NormalizationOptions
    /// The rules it applies.
    public let rules: NormalizationRules
    private let tables: ScriptTables
    private let compatibility: CompatibilityPass
    private let script: ScriptPass
    private let boilerplate: BoilerplatePass

    /// A normaliser with the given rules (default: the shipped ones in `Dictionaries/normalize`).
    public init(rules: NormalizationRules? = nil, options: NormalizationOptions = NormalizationOptions()) throws(TifaError) {
        let rules = if let rules { rules } else { try NormalizationRules.shipped() }
        self.rules = rules
        self.options = options
        do {
            tables = try ScriptTables.shared.get()
            compatibility = try CompatibilityPass()
            boilerplate = try BoilerplatePass(rules: rules.boilerplate)
        } catch {
            throw TifaError(code: "icu.failure", file: rules.source, message: "\(error)", cause: error)
        }
        script = ScriptPass(projection: SimplifiedProjection(tables: tables, overrides: rules.overrides))
    }

    /// The result of normalising one text.
    public struct Result: Sendable {
        /// The normalised text.
        public var text: [Unicode.Scalar]
        /// Maps positions in `text` to positions in the original.
        public var offsets: OffsetMap
        /// What each step removed or changed.
        public var cleaning: CleaningReport
        /// The script of the original text.
        public var script: Script
        /// Traditional-only and simplified-only characters counted in the original text.
        public var traditionalCharacters: Int
        public var simplifiedCharacters: Int
    }

    /// Normalises original text (Unicode scalars); `file` names it in errors.
    public func normalize(_ original: [Unicode.Scalar], file: String = "-") throws(TifaError) -> Result {
        var report = CleaningReport()
        var drop: [UInt8]?
        if options.removeLostCharacters {
            let marks = LostCharacterPass(tables: tables).marks(original)
            drop = marks.drop
            report.mojibakeSuspectRuns = marks.suspects.map { OriginalSpan(start: $0.lowerBound, end: $0.upperBound, rule: "mojibake-suspect") }
        }
        let judged = script.script(of: original)
        var t: MappedText
        do {
            t = try SurfacePass(compatibility: options.nfkc ? compatibility : nil).run(original, drop: drop, report: &report)
            if options.removePinyin { t = PinyinPass.run(t, report: &report) }
            if options.traditionalToSimplified { t = script.run(t, report: &report) }
            if options.removeBoilerplate { t = try boilerplate.run(t, report: &report) }
        } catch {
            throw TifaError(code: "icu.failure", file: file, message: "normalisation failed: \(error)", cause: error)
        }
        let (text, offsets) = t.take()
        return Result(text: text, offsets: offsets, cleaning: report, script: judged.script,
                      traditionalCharacters: judged.traditional, simplifiedCharacters: judged.simplified)
    }

    /// Normalises a String.
    public func normalize(_ original: String, file: String = "-") throws(TifaError) -> Result {
        try normalize(Array(original.unicodeScalars), file: file)
    }
}
