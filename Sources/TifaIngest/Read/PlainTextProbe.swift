import Foundation
import TifaCore

/// Tells whether an item is plain UTF-8 text that a streaming consumer (`tifa segment`) may read byte for byte,
/// or must be read through `CorpusWorker.texts` (other encodings, HTML, .docx, .doc, PDF, JSON Lines).
public enum PlainTextProbe {
    /// Bytes examined at the start of the file.
    static let sampleSize = 1 << 16

    /// True for a text or Markdown file in UTF-8: its first 64 kB are UTF-8 (a sequence cut at the sample's end
    /// aside), or the decoder finds no Chinese or Unicode charset that explains them better (so a stray bad byte
    /// is reported by the streaming reader with its offset). A forced `encoding` other than UTF-8 says no.
    public static func isPlainUTF8(_ item: CorpusItem, encoding: String?) -> Bool {
        guard item.format == .text || item.format == .markdown else { return false }
        if let encoding { return TextDecoder.canonical(encoding) == "UTF-8" }
        if item.path == "-" { return true }
        guard let (fd, _) = try? FileLoader.open(item.location) else { return true }   // the stream reports the error
        defer { close(fd) }
        var sample = [UInt8](repeating: 0, count: sampleSize)
        let n = sample.withUnsafeMutableBytes { read(fd, $0.baseAddress, $0.count) }
        sample = Array(sample.prefix(max(0, n)))
        if sample.starts(with: [0xEF, 0xBB, 0xBF]) { return true }
        if TextDecoder.byteOrderMark(sample) != nil { return false }
        guard let bad = TextDecoder.firstInvalidUTF8(sample) else { return true }
        if sample.count == sampleSize && bad >= sampleSize - 3 { return true }
        guard let choice = try? TextDecoder.choose(sample, file: item.path) else { return true }
        let charset = choice.charset.uppercased()
        return !(charset.hasPrefix("GB") || charset.hasPrefix("BIG5") || charset.hasPrefix("EUC") || charset.hasPrefix("UTF-16")
                 || charset.hasPrefix("UTF-32"))
    }
}
