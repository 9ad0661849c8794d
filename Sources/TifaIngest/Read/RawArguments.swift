import Foundation

/// The command-line arguments as bytes. Swift decodes `CommandLine.arguments` as UTF-8 and replaces bad bytes
/// with U+FFFD, which turns a file name that is not UTF-8 into a path that does not exist; this finds the
/// argument's real bytes again.
enum RawArguments {
    /// The path's bytes: those of the command-line argument it was decoded from, when it holds U+FFFD and one
    /// matches; else its UTF-8.
    static func location(of input: String) -> RawPath {
        guard input.unicodeScalars.contains("\u{FFFD}") else { return RawPath(input) }
        for i in 0..<Int(CommandLine.argc) {
            guard let arg = CommandLine.unsafeArgv[i] else { continue }
            let bytes = Array(UnsafeBufferPointer(start: UnsafeRawPointer(arg).assumingMemoryBound(to: UInt8.self), count: strlen(arg)))
            if String(decoding: bytes, as: UTF8.self) == input { return RawPath(bytes: bytes) }
        }
        return RawPath(input)
    }
}
