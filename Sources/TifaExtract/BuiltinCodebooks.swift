import Foundation
import TifaCore

/// The codebooks shipped in the `Dictionaries/codebooks` folder.
public enum BuiltinCodebooks {
    /// The shipped codebook files of the Dictionaries folder (explicit, else found by `DictionariesFolder`), sorted.
    public static func files(dictionaries: URL? = nil) throws(TifaError) -> [String] {
        try CodebookLoader.files(in: [try DictionariesFolder.subfolder("codebooks", explicit: dictionaries).path])
    }

    /// Shipped codebooks followed by the user's (`--dict FILE|DIR`), loaded and validated together.
    public static func load(userPaths: [String] = [], includeBuiltin: Bool = true,
                            dictionaries: URL? = nil) throws(TifaError) -> [Codebook] {
        var files = includeBuiltin ? try Self.files(dictionaries: dictionaries) : []
        files += try CodebookLoader.files(in: userPaths)
        return try CodebookLoader.load(files: files)
    }
}
