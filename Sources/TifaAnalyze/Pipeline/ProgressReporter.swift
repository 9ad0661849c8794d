import Foundation
import TifaCore
#if canImport(Glibc)
import Glibc
#endif

/// Reports progress on standard error: a redrawn bar on a terminal (documents, MB, rate, time left), a plain
/// line every few seconds otherwise. Skipped inputs are always reported; with `showProgress` false (`--quiet`)
/// they are the only thing reported. Thread-safe.
public final class ProgressReporter: @unchecked Sendable {
    private let lock = NSLock()
    private let totalItems: Int
    private let totalBytes: Int
    private let terminal: Bool
    private let showProgress: Bool
    private let started = Date()
    private var items = 0
    private var bytes = 0
    private var documents = 0
    private var skips = 0
    private var lastDraw = Date.distantPast
    private let write: @Sendable (String) -> Void

    /// A reporter for `items` inputs of `bytes` bytes in all; `terminal` nil means: ask whether stderr is a tty.
    public init(items: Int, bytes: Int, terminal: Bool? = nil, showProgress: Bool = true,
                write: @escaping @Sendable (String) -> Void = { try? FileHandle.standardError.write(contentsOf: Data($0.utf8)) }) {
        totalItems = items
        totalBytes = bytes
        self.showProgress = showProgress
        self.terminal = showProgress && (terminal ?? (isatty(2) == 1))
        self.write = write
    }

    func analyzed() { lock.withLock { documents += 1 } }

    func skipped(_ diagnostics: [Diagnostic]) {
        lock.withLock {
            skips += diagnostics.count
            for d in diagnostics { emit("skipped \(d.file): \(d.message)\n", clearBar: true) }
        }
    }

    func completed(bytes n: Int) {
        lock.withLock {
            items += 1
            bytes += n
            let now = Date()
            let interval = terminal ? 0.1 : 5.0
            if showProgress, now.timeIntervalSince(lastDraw) >= interval || items == totalItems {
                lastDraw = now
                emit(line(now: now), clearBar: false)
            }
        }
    }

    /// Ends the bar with a newline and a final line.
    public func finish(_ message: String) {
        guard showProgress else { return }
        lock.withLock { emit((terminal ? "\r\u{1B}[K" : "") + message + "\n", clearBar: false) }
    }

    private func emit(_ text: String, clearBar: Bool) {
        write(terminal && clearBar ? "\r\u{1B}[K" + text : text)
    }

    private func line(now: Date) -> String {
        let elapsed = max(now.timeIntervalSince(started), 0.001)
        let mb = Double(bytes) / 1_000_000
        let rate = mb / elapsed
        var left = ""
        if totalBytes > 0, bytes > 0, bytes < totalBytes {
            let seconds = Int(Double(totalBytes - bytes) / (Double(bytes) / elapsed))
            left = String(format: " %d:%02d left", seconds / 60, seconds % 60)
        }
        let status = "\(items)/\(totalItems) files, \(documents) documents, "
            + String(format: "%.1f MB, %.1f MB/s", mb, rate) + left + (skips > 0 ? ", \(skips) skipped" : "")
        guard terminal else { return status + "\n" }
        let width = 24
        let fraction = totalBytes > 0 ? Double(bytes) / Double(totalBytes) : Double(items) / Double(max(totalItems, 1))
        let filled = min(width, Int(fraction * Double(width)))
        return "\r\u{1B}[K[" + String(repeating: "#", count: filled) + String(repeating: ".", count: width - filled) + "] " + status
    }
}
