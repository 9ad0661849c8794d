import Foundation
import TifaCore

/// Reads a file in blocks, so the dashboard never holds a whole (possibly corpus-sized) file in memory.
enum ByteStream {
    static let blockSize = 1 << 20

    /// Calls body with each block of the file's bytes, in order; returns false when the file does not exist.
    static func forEachBlock(of file: URL, _ body: (UnsafeBufferPointer<UInt8>) throws -> Void) throws -> Bool {
        guard FileManager.default.fileExists(atPath: file.path) else { return false }
        let handle: FileHandle
        do { handle = try FileHandle(forReadingFrom: file) } catch {
            throw TifaError(code: "dashboard.read", file: file.path, message: "cannot read: \(error.localizedDescription)")
        }
        defer { try? handle.close() }
        while true {
            let block: Data?
            do { block = try handle.read(upToCount: blockSize) } catch {
                throw TifaError(code: "dashboard.read", file: file.path, message: "cannot read: \(error.localizedDescription)")
            }
            guard let block, !block.isEmpty else { return true }
            try block.withUnsafeBytes { raw in try body(raw.bindMemory(to: UInt8.self)) }
        }
    }

}
