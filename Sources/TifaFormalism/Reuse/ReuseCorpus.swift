import TifaCore
import TifaIngest

/// Reads a corpus into the texts a reuse search compares, through the same corpus reader as every command.
public enum ReuseCorpus {
    /// The compared texts of every readable document, in corpus order, and the diagnostics of skipped inputs.
    public static func read(_ reader: CorpusReader) throws(TifaError) -> (texts: [ReuseText], skipped: [Diagnostic]) {
        var documents = try reader.documents()
        var texts: [ReuseText] = []
        while let doc = documents.next() { texts.append(ReuseText(doc.document)) }
        return (texts, documents.skipped)
    }
}
