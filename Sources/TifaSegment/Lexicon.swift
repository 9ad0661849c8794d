import Foundation
import TifaCore

/// A versioned list of terms (with optional frequencies) that the segmenter keeps whole or scores by.
///
/// Load one from a file (`Lexicon(contentsOf:)`, Tifa's `# tifa-lexicon v1` format or jieba's user-dictionary
/// format, see docs/SEGMENTATION.md) or build one in code from terms (`Lexicon(name:terms:)`).
public struct Lexicon: Sendable {
    /// How the segmenter uses a lexicon's terms.
    public enum Role: String, Sendable, Hashable {
        /// The user's own terms (codebook problems, slogans, criteria items): one token wherever they occur, and
        /// never cut by an overlapping `forced` or `general` entry (longest, leftmost among themselves).
        case codebook
        /// Every term is one token wherever it occurs (longest, leftmost match wins) unless a codebook term
        /// overlaps it.
        case forced
        /// General vocabulary with frequencies: scores the segmentation of the text no forced term covers.
        case general
    }

    /// The lexicon's name (`# name:` header, else the file name without extension).
    public let name: String
    /// The `# version:` header; nil for jieba-format files and unversioned in-code lexicons.
    public let version: String?
    public let role: Role
    /// Where it came from: the path as given, or `<memory>`.
    public let source: String
    /// SHA-256 of the file's bytes (or of the terms joined by newlines), for recording in outputs.
    public let contentHash: String
    /// Every `# key: value` header line, keys lower-cased.
    public let metadata: [String: String]

    /// Scalars of all terms, concatenated; term i is `scalars[ends[i-1]..<ends[i]]`.
    let scalars: [UInt32]
    let ends: [Int32]
    /// Frequency of each term, or -1 when the line gave none.
    let frequencies: [Double]

    /// Number of terms.
    public var count: Int { ends.count }

    /// The i-th term, in file order.
    public func term(at i: Int) -> String {
        let lo = i == 0 ? 0 : Int(ends[i - 1])
        var view = String.UnicodeScalarView()
        for v in scalars[lo..<Int(ends[i])] { if let s = Unicode.Scalar(v) { view.append(s) } }
        return String(view)
    }

    /// The frequency the i-th term's line gave, if any.
    public func frequency(at i: Int) -> Double? { frequencies[i] < 0 ? nil : frequencies[i] }

    /// All terms, in file order.
    public var terms: [String] { (0..<count).map(term(at:)) }

    /// A lexicon built in code. Empty terms and whitespace inside terms are dropped (whitespace is never part of
    /// a token); the content hash covers the terms kept.
    public init(name: String, version: String? = nil, role: Role = .forced, terms: [String],
                frequencies: [Double]? = nil) {
        var scalars: [UInt32] = []
        var ends: [Int32] = []
        var freqs: [Double] = []
        for (i, term) in terms.enumerated() {
            let before = scalars.count
            for s in term.unicodeScalars where !s.properties.isWhitespace && s.value >= 0x20 { scalars.append(s.value) }
            if scalars.count == before { continue }
            ends.append(Int32(scalars.count))
            freqs.append(frequencies.map { i < $0.count ? $0[i] : -1 } ?? -1)
        }
        self.name = name
        self.version = version
        self.role = role
        self.source = "<memory>"
        self.metadata = [:]
        self.scalars = scalars
        self.ends = ends
        self.frequencies = freqs
        self.contentHash = ContentHash.sha256(terms.joined(separator: "\n"))
    }

    /// Loads a lexicon file. `role` overrides the file's `# role:` header (jieba-format files default to forced).
    /// Throws a `TifaError` naming the file (and line) when it cannot be read or has bad lines.
    public init(contentsOf url: URL, role: Role? = nil) throws(TifaError) {
        let path = url.path
        let data: Data
        do { data = try Data(contentsOf: url) } catch {
            throw TifaError(code: "lexicon.unreadable", file: path, message: "cannot read lexicon: \(error.localizedDescription)", cause: error)
        }
        try self.init(bytes: [UInt8](data), source: path, role: role)
    }

    /// Parses lexicon bytes; `source` names them in errors.
    public init(bytes: [UInt8], source: String, role: Role? = nil) throws(TifaError) {
        let parsed = try bytes.withUnsafeBufferPointer { (buf) throws(TifaError) in
            try LexiconParser(source: source).parse(buf)
        }
        let fileName = URL(fileURLWithPath: source).deletingPathExtension().lastPathComponent
        self.name = parsed.metadata["name"] ?? fileName
        self.version = parsed.metadata["version"]
        self.role = role ?? parsed.role
        self.source = source
        self.metadata = parsed.metadata
        self.scalars = parsed.scalars
        self.ends = parsed.ends
        self.frequencies = parsed.frequencies
        self.contentHash = ContentHash.sha256(bytes)
    }
}
