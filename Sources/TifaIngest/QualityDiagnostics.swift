import TifaCore

/// Warnings derived from a quality report, so a corpus run can list them with the file they concern.
enum QualityDiagnostics {
    /// Warnings for a document; positions become 1-based lines of the original text.
    static func warnings(_ q: DocumentQuality, original: [Unicode.Scalar]) -> [Diagnostic] {
        func line(_ offset: Int) -> Int {
            var n = 1
            for s in original[0..<min(offset, original.count)] where s == "\n" { n += 1 }
            return n
        }
        var result: [Diagnostic] = []
        if q.invalidByteSequences > 0 {
            result.append(Diagnostic(code: "ingest.invalid-bytes", severity: .warning, file: q.path,
                                     message: "\(q.invalidByteSequences) invalid byte sequence(s) in \(q.encoding); removed"))
        }
        if let first = q.cleaning.lostRuns.first(where: { $0.rule == "lost" }) {
            result.append(Diagnostic(code: "ingest.lost-characters", severity: .warning, file: q.path, line: line(first.start),
                                     message: "\(q.cleaning.lostCharacters) lost character(s) (runs of ?) removed, the first at character \(first.start)"))
        }
        let replaced = q.cleaning.replacementCharacters - q.invalidByteSequences
        if replaced > 0, let first = q.cleaning.lostRuns.first(where: { $0.rule == "replacement" }) {
            result.append(Diagnostic(code: "ingest.replacement-characters", severity: .warning, file: q.path, line: line(first.start),
                                     message: "\(replaced) U+FFFD replacement character(s) in the text removed"))
        }
        if let first = q.cleaning.mojibakeRuns.first {
            result.append(Diagnostic(code: "ingest.mojibake", severity: .warning, file: q.path, line: line(first.start),
                                     message: "\(q.cleaning.mojibakeRuns.count) run(s) of mojibake (text decoded with a wrong charset) removed, the first at character \(first.start)"))
        }
        if q.privateUseCharacters > 0, let first = q.firstPrivateUseOffsets.first {
            result.append(Diagnostic(code: "ingest.private-use", severity: .warning, file: q.path, line: line(first),
                                     message: "\(q.privateUseCharacters) Private Use Area character(s) decoded from \(q.encoding) "
                                         + "(no standard meaning: a character the decoder could not name), the first at character \(first); kept"))
        }
        if let other = q.duplicateOf {
            result.append(Diagnostic(code: "ingest.duplicate", severity: .note, file: q.path, message: "same content as \(other)"))
        }
        return result
    }
}
