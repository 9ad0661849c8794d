import Foundation
import TifaCore

/// Reads files for ingest, turning every failure into a diagnostic that names the file and the reason.
enum FileLoader {
    /// Files larger than this are refused (override with `ReaderOptions.maxFileSize`).
    static let defaultMaxFileSize = 256 * 1024 * 1024

    static func readBytes(_ path: String, maxSize: Int = defaultMaxFileSize) throws(TifaError) -> [UInt8] {
        let fm = FileManager.default
        var isDirectory: ObjCBool = false
        guard fm.fileExists(atPath: path, isDirectory: &isDirectory) else {
            throw TifaError(code: "ingest.not-found", file: path, message: "no such file")
        }
        if isDirectory.boolValue { throw TifaError(code: "ingest.is-directory", file: path, message: "a folder, not a file") }
        if let size = (try? fm.attributesOfItem(atPath: path))?[.size] as? Int, size > maxSize {
            throw TifaError(code: "ingest.too-large", file: path,
                            message: "\(size) bytes, over the size limit of \(maxSize) bytes")
        }
        guard let handle = FileHandle(forReadingAtPath: path) else {
            throw TifaError(code: "ingest.unreadable", file: path, message: "cannot open the file (permission denied?)")
        }
        defer { try? handle.close() }
        do {
            let data = try handle.read(upToCount: maxSize + 1) ?? Data()
            if data.count > maxSize {
                throw TifaError(code: "ingest.too-large", file: path, message: "over the size limit of \(maxSize) bytes")
            }
            return [UInt8](data)
        } catch let error as TifaError {
            throw error
        } catch {
            throw TifaError(code: "ingest.unreadable", file: path, message: "cannot read the file: \(error.localizedDescription)")
        }
    }
}
