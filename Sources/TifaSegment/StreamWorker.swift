#if canImport(Glibc)
import Glibc
#endif

/// One worker of a `SegmentStream`: its tokenizer and reusable buffers for decoding, tokens and output.
final class StreamWorker {
    let tokenizer: Tokenizer
    var writer: TokenWriter
    let out = ByteBuffer(capacity: 1 << 20)
    /// Byte offset (from the chunk start) of the first invalid UTF-8 sequence in the last piece, if any.
    var invalidOffset: Int?
    private var scalars: [UInt32] = []
    private var byteOffsets: [UInt32] = []
    private var tokens: [Token] = []

    init(tokenizer: Tokenizer, format: SegmentOutputFormat) {
        self.tokenizer = tokenizer
        writer = TokenWriter(format: format)
    }

    /// Segments the piece's lines into `out`, stopping at the first line with invalid UTF-8.
    func process(_ piece: StreamPiece, in bytes: UnsafeBufferPointer<UInt8>) {
        out.count = 0
        invalidOffset = nil
        var p = piece.start
        var line = piece.line
        var scalarBase = piece.scalarBase
        var continues = piece.continuesLine
        while p < piece.end {
            var lineEnd = piece.end
            if let base = bytes.baseAddress, let found = memchr(base + p, 0x0A, piece.end - p) {
                lineEnd = UnsafeRawPointer(found) - UnsafeRawPointer(base)
            }
            let hasBreak = lineEnd < piece.end
            var contentEnd = lineEnd
            if hasBreak && contentEnd > p && bytes[contentEnd - 1] == 0x0D { contentEnd -= 1 }
            scalars.removeAll(keepingCapacity: true)
            byteOffsets.removeAll(keepingCapacity: true)
            let lineBytes = UnsafeBufferPointer(rebasing: bytes[p..<contentEnd])
            if let bad = UTF8Decoder.decode(lineBytes, into: &scalars, byteOffsets: &byteOffsets, base: 0) {
                invalidOffset = p + bad
                return
            }
            byteOffsets.append(UInt32(contentEnd - p))
            tokens.removeAll(keepingCapacity: true)
            scalars.withUnsafeBufferPointer { tokenizer.segment($0, into: &tokens) }
            let endOfLine = hasBreak || !piece.endsMidLine
            writer.append(tokens: tokens, bytes: lineBytes, byteOffsets: byteOffsets, line: line,
                          scalarBase: scalarBase, endOfLine: endOfLine, continuesPrevious: continues && !tokens.isEmpty,
                          to: out)
            continues = false
            scalarBase += scalars.count + (contentEnd < lineEnd ? 1 : 0) + (hasBreak ? 1 : 0)
            if hasBreak { line += 1 }
            p = hasBreak ? lineEnd + 1 : lineEnd
        }
    }
}
