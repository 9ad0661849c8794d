import Tifa

/// How the commands print the paths a corpus reader skipped: errors and warnings one per line (always: --quiet
/// silences progress, never errors), chosen skips (notes: unsupported formats, hidden files, excluded paths,
/// the same file twice) as one count per reason, unless quiet.
enum SkipReport {
    static func print(_ skipped: [Diagnostic], quiet: Bool = false) {
        for d in skipped where d.severity != .note { CLIReport.error("skipped: \(d.description)") }
        let notes = skipped.filter { $0.severity == .note }.reduce(into: [String: Int]()) { $0[$1.code, default: 0] += 1 }
        guard !quiet, !notes.isEmpty else { return }
        let counts = notes.sorted { $0.key < $1.key }.map { "\($0.value) \($0.key)" }.joined(separator: ", ")
        CLIReport.error("not read: \(counts)")
    }

    /// The exit code the skips call for: the worst of the errors' (warnings and notes do not fail a run).
    static func exitCode(_ skipped: [Diagnostic]) -> Int32? {
        skipped.filter { $0.severity == .error }.map { TifaExitCode.code(for: TifaError([$0])) }.max()
    }
}
