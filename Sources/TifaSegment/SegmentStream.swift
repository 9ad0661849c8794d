import Dispatch
import Foundation
import TifaCore
import TifaICU
#if canImport(Glibc)
import Glibc
#endif

/// Segments a stream of UTF-8 lines on several workers in bounded chunks and writes the output in input order.
/// Memory stays bounded by jobs × chunk size, whatever the input size (a line longer than a chunk is split at
/// full-width punctuation, or failing that at a character boundary).
public final class SegmentStream {
    public let format: SegmentOutputFormat
    public let jobs: Int
    private let chunkBytes: Int
    private let workers: [StreamWorker]
    private var buffer: UnsafeMutableBufferPointer<UInt8>

    /// A stream over a shared segmenter with `jobs` workers (each owns a tokenizer) and chunks of `chunkBytes`
    /// per worker (default: 1 MB, less with many workers so that all chunks together stay within 16 MB).
    public init(segmenter: Segmenter, format: SegmentOutputFormat, jobs: Int, chunkBytes: Int? = nil) throws(ICUError) {
        self.format = format
        self.jobs = max(1, jobs)
        self.chunkBytes = max(64, chunkBytes ?? min(1 << 20, max(1 << 16, (16 << 20) / self.jobs)))
        var workers: [StreamWorker] = []
        for _ in 0..<self.jobs { workers.append(StreamWorker(tokenizer: try segmenter.makeTokenizer(), format: format)) }
        self.workers = workers
        buffer = .allocate(capacity: self.jobs * self.chunkBytes)
    }

    deinit { buffer.deallocate() }

    /// Segments everything readable from file descriptor `fd` (named `name` in errors and JSON output), passing
    /// output bytes to `write` in order. An unreadable input or invalid UTF-8 throws a `TifaError` naming the
    /// file (and the byte offset); the output of every line before the bad one has been written by then.
    public func run(fd: Int32, name: String, write: (UnsafeBufferPointer<UInt8>) throws(TifaError) -> Void) throws(TifaError) {
        for w in workers { w.writer.setFile(name) }
        let capacity = buffer.count
        var filled = 0
        var fileOffset = 0
        var line = 1
        var scalarBase = 0
        var midLine = false
        var eof = false
        while true {
            while !eof && filled < capacity {
                let n = read(fd, buffer.baseAddress! + filled, capacity - filled)
                if n > 0 {
                    filled += n
                } else if n == 0 {
                    eof = true
                } else if errno != EINTR {
                    throw TifaError(code: "segment.unreadable", file: name, offset: fileOffset + filled,
                                    message: "cannot read: \(String(cString: strerror(errno)))")
                }
            }
            if filled == 0 { return }
            let bytes = UnsafeBufferPointer(rebasing: buffer[0..<filled])
            let cut = eof ? filled : Self.cutPoint(bytes, before: filled)
            // Pieces of about equal size, each ending at a line break (or a safe split of a long line).
            var pieces: [StreamPiece] = []
            var start = 0
            let target = max(1, cut / jobs)
            while start < cut {
                let end = pieces.count == jobs - 1 ? cut : Self.pieceEnd(bytes, start: start, target: start + target, cut: cut)
                var piece = StreamPiece(start: start, end: end, line: line, scalarBase: scalarBase,
                                        continuesLine: midLine, isLast: eof && end == filled)
                if format == .jsonl { Self.advance(bytes[start..<end], line: &line, scalars: &scalarBase) }
                midLine = bytes[end - 1] != 0x0A
                piece.endsMidLine = midLine && !piece.isLast
                pieces.append(piece)
                start = end
            }
            let box = UnsafeSendable(value: (bytes, pieces, workers))
            if pieces.count == 1 {
                workers[0].process(pieces[0], in: bytes)
            } else {
                DispatchQueue.concurrentPerform(iterations: pieces.count) { i in
                    let (bytes, pieces, workers) = box.value
                    workers[i].process(pieces[i], in: bytes)
                }
            }
            for w in workers.prefix(pieces.count) {
                try write(w.out.bytes)
                if let bad = w.invalidOffset {
                    throw TifaError(code: "segment.invalid-utf8", file: name, offset: fileOffset + bad,
                                    message: "invalid UTF-8 (the file must be UTF-8 text)")
                }
            }
            // Keep the bytes after the cut for the next round.
            let rest = filled - cut
            if rest > 0 { buffer.baseAddress!.update(from: buffer.baseAddress! + cut, count: rest) }
            filled = rest
            fileOffset += cut
            if eof && filled == 0 { return }
        }
    }

    /// Where to end a batch that fills the buffer: just after its last line break; in a line longer than the
    /// buffer, just after full-width punctuation; failing that at a character boundary.
    static func cutPoint(_ bytes: UnsafeBufferPointer<UInt8>, before limit: Int) -> Int {
        var k = limit
        while k > 0 {
            if bytes[k - 1] == 0x0A { return k }
            k -= 1
        }
        if let k = safeSplit(bytes, before: limit, after: 0) { return k }
        k = min(limit, bytes.count - 1)
        while k > 1 && bytes[k] & 0xC0 == 0x80 { k -= 1 }
        return max(k, 1)
    }

    /// Where a worker's piece starting at `start` ends: at the first line break from `target` on; when the rest of
    /// the batch is one line, after full-width punctuation before `target`; failing that at the batch's end.
    static func pieceEnd(_ bytes: UnsafeBufferPointer<UInt8>, start: Int, target: Int, cut: Int) -> Int {
        var k = max(target, start + 1)
        while k < cut {
            if bytes[k - 1] == 0x0A { return k }
            k += 1
        }
        return safeSplit(bytes, before: min(target, cut), after: start) ?? cut
    }

    /// The last position in (floor, limit] just after 。 (E3 80 82) or ，！？； (EF BC 8C/81/9F/9B), which are never
    /// inside a token, so splitting there leaves the tokens unchanged.
    static func safeSplit(_ bytes: UnsafeBufferPointer<UInt8>, before limit: Int, after floor: Int) -> Int? {
        var k = limit
        while k - 3 > floor {
            let a = bytes[k - 3], b = bytes[k - 2], c = bytes[k - 1]
            if (a == 0xE3 && b == 0x80 && c == 0x82)
                || (a == 0xEF && b == 0xBC && (c == 0x8C || c == 0x81 || c == 0x9F || c == 0x9B)) {
                return k
            }
            k -= 1
        }
        return nil
    }

    /// Advances the line number and scalar count over bytes (for JSON offsets).
    static func advance(_ bytes: Slice<UnsafeBufferPointer<UInt8>>, line: inout Int, scalars: inout Int) {
        var lines = 0, count = 0
        for b in bytes {
            if b & 0xC0 != 0x80 { count += 1 }
            if b == 0x0A { lines += 1 }
        }
        line += lines
        scalars += count
    }
}

/// A value moved across the concurrent workers of one batch; each worker touches only its own parts.
struct UnsafeSendable<T>: @unchecked Sendable { let value: T }

/// A run of whole lines (or a piece of a long line) handed to one worker.
struct StreamPiece {
    var start: Int
    var end: Int
    /// The 1-based line number and scalar offset in the file where the piece starts.
    var line: Int
    var scalarBase: Int
    /// The piece starts inside a line that an earlier piece began.
    var continuesLine: Bool
    /// The piece ends the input.
    var isLast: Bool
    /// The piece ends inside a line that the next piece continues.
    var endsMidLine = false
}
