import Foundation
import Tifa

/// Standard output and standard error by write(2): a failed write to standard output is an `io.write` error
/// (exit 74), never a trap; a failed write to standard error is dropped (there is nowhere left to report it).
enum StandardStreams {
    /// Writes text to standard output.
    static func output(_ text: String) throws(TifaError) {
        var text = text
        var failure: TifaError?
        text.withUTF8 { buffer in
            do throws(TifaError) { try output(buffer) } catch { failure = error }
        }
        if let failure { throw failure }
    }

    /// Writes bytes to standard output, retrying short writes.
    static func output(_ bytes: UnsafeBufferPointer<UInt8>) throws(TifaError) {
        guard var p = bytes.baseAddress else { return }
        var left = bytes.count
        while left > 0 {
            let n = write(1, p, left)
            if n < 0 {
                if errno == EINTR { continue }
                throw TifaError(code: "io.write", file: "<stdout>", message: "cannot write output: \(String(cString: strerror(errno)))")
            }
            p += n
            left -= n
        }
    }

    /// Writes text to standard error; failures are ignored.
    static func error(_ text: String) {
        var text = text
        text.withUTF8 { buffer in
            guard var p = buffer.baseAddress else { return }
            var left = buffer.count
            while left > 0 {
                let n = write(2, p, left)
                if n < 0 && errno == EINTR { continue }
                if n <= 0 { return }
                p += n
                left -= n
            }
        }
    }
}

