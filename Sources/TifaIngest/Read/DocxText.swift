import Foundation
import TifaCore
import ZIPFoundation

/// The paragraphs of a Word (.docx) file, in order, one per line: `word/document.xml` read through
/// ZIPFoundation (CRC-checked) and a strict XML scanner (`DocxXML`). A file whose parts would decompress past the cap is refused (zip bomb),
/// whatever sizes its headers claim.
enum DocxText {
    /// The text of a .docx held in memory (copied to an unlinked temporary file first, see below).
    static func extract(_ bytes: [UInt8], file: String, maxUncompressed: Int) throws(TifaError) -> String {
        guard let temporary = tmpfile() else {
            throw TifaError(code: "ingest.unreadable", file: file, message: "cannot create a temporary file: \(String(cString: strerror(errno)))")
        }
        defer { fclose(temporary) }
        guard bytes.withUnsafeBytes({ fwrite($0.baseAddress, 1, $0.count, temporary) }) == bytes.count, fflush(temporary) == 0 else {
            throw TifaError(code: "ingest.unreadable", file: file, message: "cannot write a temporary file: \(String(cString: strerror(errno)))")
        }
        return try extract(fileDescriptor: fileno(temporary), file: file, maxUncompressed: maxUncompressed)
    }

    /// The text of the .docx open as `fd`. The archive is read from the file (through `/proc/self/fd`), not from
    /// memory: ZIPFoundation's in-memory reader traps on a damaged archive that seeks past its end.
    static func extract(fileDescriptor fd: Int32, file: String, maxUncompressed: Int) throws(TifaError) -> String {
        let archive: Archive
        do {
            archive = try Archive(url: URL(fileURLWithPath: "/proc/self/fd/\(fd)"), accessMode: .read)
        } catch {
            throw TifaError(code: "ingest.bad-docx", file: file, message: "not a readable .docx (ZIP) file: \(error)")
        }
        let claimed = archive.reduce(UInt64(0)) { $0 &+ $1.uncompressedSize }
        if claimed > UInt64(maxUncompressed) {
            throw TifaError(code: "ingest.docx-too-large", file: file,
                            message: "the .docx would decompress to \(claimed) bytes, over the cap of \(maxUncompressed)")
        }
        guard let entry = archive["word/document.xml"] else {
            throw TifaError(code: "ingest.bad-docx", file: file, message: "no word/document.xml: not a Word document or truncated")
        }
        var xml = Data()
        do {
            _ = try archive.extract(entry, skipCRC32: false) { chunk in
                xml.append(chunk)
                if xml.count > maxUncompressed { throw DocxLimitExceeded() }
            }
        } catch is DocxLimitExceeded {
            throw TifaError(code: "ingest.docx-too-large", file: file,
                            message: "word/document.xml decompresses past the cap of \(maxUncompressed) bytes")
        } catch {
            throw TifaError(code: "ingest.bad-docx", file: file, message: "cannot decompress word/document.xml (truncated or corrupt): \(error)")
        }
        return try DocxXML.paragraphs([UInt8](xml), file: file).joined(separator: "\n") + "\n"
    }

    private struct DocxLimitExceeded: Error {}
}
