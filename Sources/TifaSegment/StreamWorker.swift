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
    /// A line's scalars and the byte offset of each (plus one for the line's end); room for `lineCapacity`.
    private var scalars: UnsafeMutablePointer<UInt32>
    private var byteOffsets: UnsafeMutablePointer<UInt32>
    private var lineCapacity = 4096
    private var tokens: [Token] = []

    init(tokenizer: Tokenizer, format: SegmentOutputFormat) {
        self.tokenizer = tokenizer
        writer = TokenWriter(format: format)
        scalars = .allocate(capacity: lineCapacity)
        byteOffsets = .allocate(capacity: lineCapacity)
    }

    deinit {
        scalars.deallocate()
        byteOffsets.deallocate()
    }

    private func reserveLine(_ bytes: Int) {
        guard bytes + 1 > lineCapacity else { return }
        scalars.deallocate()
        byteOffsets.deallocate()
        lineCapacity = max(bytes + 1, lineCapacity * 2)
        scalars = .allocate(capacity: lineCapacity)
        byteOffsets = .allocate(capacity: lineCapacity)
    }

    /// Segments the piece's lines into `out`, stopping at the first line with invalid UTF-8.
    func process(_ piece: StreamPiece, in bytes: UnsafeBufferPointer<UInt8>) {
        out.count = 0
        invalidOffset = nil
        // Locals for the line loop: reading the properties per line would retain and release them each time.
        let tokenizer = self.tokenizer, writer = self.writer, out = self.out
        var tokens: [Token] = []
        swap(&tokens, &self.tokens)
        defer { swap(&tokens, &self.tokens) }
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
            let lineBytes = UnsafeBufferPointer(rebasing: bytes[p..<contentEnd])
            reserveLine(lineBytes.count)
            let (count, bad) = UTF8Decoder.decode(lineBytes, scalars: scalars, byteOffsets: byteOffsets)
            if let bad {
                invalidOffset = p + bad
                return
            }
            byteOffsets[count] = UInt32(contentEnd - p)
            tokens.removeAll(keepingCapacity: true)
            let lineScalars = UnsafeBufferPointer(start: scalars, count: count)
            tokenizer.segment(lineScalars, into: &tokens)
            let endOfLine = hasBreak || !piece.endsMidLine
            let script = writer.format == .jsonl ? tokenizer.script(of: lineScalars) : .undetermined
            writer.append(tokens: tokens, bytes: lineBytes, byteOffsets: UnsafePointer(byteOffsets), line: line,
                          scalarBase: scalarBase, endOfLine: endOfLine, continuesPrevious: continues && !tokens.isEmpty,
                          script: script, to: out)
            continues = false
            scalarBase += count + (contentEnd < lineEnd ? 1 : 0) + (hasBreak ? 1 : 0)
            if hasBreak { line += 1 }
            p = hasBreak ? lineEnd + 1 : lineEnd
        }
    }
}
