import ArgumentParser
import Tifa

/// The options of every command that reads documents (`segment`, `normalize`, `extract`, `kwic`, `freq`,
/// `coverage`, `analyze`): they all read through one `CorpusReader`, so the same inputs give the same documents.
struct InputOptions: ParsableArguments {
    @Option(help: "Read every text and HTML file in this encoding instead of detecting it (e.g. GB18030, Big5).")
    var encoding: String?

    @Option(help: "Glob a file in a folder must match (repeatable; default: the known extensions).")
    var include: [String] = []

    @Option(help: "Glob of files or folders to leave out (repeatable).")
    var exclude: [String] = []

    @Option(help: "A manifest CSV with a path or id column and metadata columns (region, unit, date \u{2026}).")
    var manifest: String?

    @Option(help: "Metadata from file names, e.g. '{year}_{region}_{unit}'.")
    var namePattern: String?

    @Option(help: "Skip files larger than this many bytes.")
    var maxFileSize: Int = 256 * 1024 * 1024

    func validate() throws {
        if maxFileSize < 1 { throw ValidationError("--max-file-size must be at least 1") }
    }

    /// The reader options these arguments ask for.
    var readerOptions: ReaderOptions {
        var options = ReaderOptions()
        options.encoding = encoding
        options.include = include
        options.exclude = exclude
        options.manifest = manifest
        options.namePattern = namePattern
        options.maxFileSize = maxFileSize
        return options
    }
}
