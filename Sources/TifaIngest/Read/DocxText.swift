import Foundation
#if canImport(FoundationXML)
import FoundationXML
#endif
import TifaCore
import ZIPFoundation

/// The paragraphs of a Word (.docx) file, in order, one per line: `word/document.xml` read through
/// ZIPFoundation and an XML parser. A file whose parts would decompress past the cap is refused (zip bomb),
/// whatever sizes its headers claim.
enum DocxText {
    static func extract(_ bytes: [UInt8], file: String, maxUncompressed: Int) throws(TifaError) -> String {
        let archive: Archive
        do {
            archive = try Archive(data: Data(bytes), accessMode: .read)
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
        let collector = ParagraphCollector()
        // Fed as a stream (chunks): libxml2 refuses a single buffer over 10 MB, whatever the decompression cap.
        let parser = XMLParser(stream: InputStream(data: xml))
        parser.delegate = collector
        guard parser.parse() else {
            throw TifaError(code: "ingest.bad-docx", file: file,
                            message: "word/document.xml is not well-formed XML: \(parser.parserError.map { "\($0)" } ?? "unknown error")")
        }
        // libxml2 accepts a document cut short as long as what it saw was well-formed: demand the root's end.
        guard collector.documentClosed else {
            throw TifaError(code: "ingest.bad-docx", file: file,
                            message: "word/document.xml is truncated (it ends before </w:document>); not read, to give no partial text")
        }
        return collector.paragraphs.joined(separator: "\n") + "\n"
    }

    private struct DocxLimitExceeded: Error {}

    /// Collects `<w:t>` text per `<w:p>`; `<w:tab/>` is a tab, `<w:br/>` a line break.
    private final class ParagraphCollector: NSObject, XMLParserDelegate {
        var paragraphs: [String] = []
        /// Whether the root element `<w:document>` was closed (the part is whole).
        private(set) var documentClosed = false
        private var current = ""
        private var inText = false

        func parser(_ parser: XMLParser, didStartElement name: String, namespaceURI: String?, qualifiedName: String?,
                    attributes: [String: String] = [:]) {
            switch name {
            case "w:t": inText = true
            case "w:tab": current += "\t"
            case "w:br", "w:cr": current += "\n"
            default: break
            }
        }

        func parser(_ parser: XMLParser, didEndElement name: String, namespaceURI: String?, qualifiedName: String?) {
            switch name {
            case "w:t": inText = false
            case "w:document": documentClosed = true
            case "w:p":
                paragraphs.append(current)
                current = ""
            default: break
            }
        }

        func parser(_ parser: XMLParser, foundCharacters string: String) {
            if inText { current += string }
        }
    }
}
