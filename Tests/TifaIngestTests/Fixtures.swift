import Foundation
import ZIPFoundation

/// Test inputs made at run time in a temporary folder: text in several encodings, HTML, .docx, JSON Lines.
struct FixtureFolder {
    let url: URL

    init() { url = Paths.temporaryFolder() }

    func path(_ name: String) -> String { url.appendingPathComponent(name).path }

    @discardableResult
    func write(_ name: String, _ bytes: [UInt8]) throws -> String {
        let file = url.appendingPathComponent(name)
        try FileManager.default.createDirectory(at: file.deletingLastPathComponent(), withIntermediateDirectories: true)
        try Data(bytes).write(to: file)
        return file.path
    }

    @discardableResult
    func write(_ name: String, _ text: String) throws -> String { try write(name, Array(text.utf8)) }

    /// A .docx whose word/document.xml holds the given paragraphs (or raw XML).
    @discardableResult
    func writeDocx(_ name: String, paragraphs: [String] = [], rawXML: Data? = nil, entry: String = "word/document.xml") throws -> String {
        let body = paragraphs.map { "<w:p><w:r><w:t>\($0)</w:t></w:r></w:p>" }.joined()
        let xml = rawXML ?? Data("""
            <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
            <w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body>\(body)</w:body></w:document>
            """.utf8)
        let archive = try Archive(data: Data(), accessMode: .create)
        try archive.addEntry(with: entry, type: .file, uncompressedSize: Int64(xml.count),
                             compressionMethod: .deflate) { position, size in
            xml.subdata(in: Int(position)..<(Int(position) + size))
        }
        return try write(name, [UInt8](archive.data ?? Data()))
    }

    func remove() { try? FileManager.default.removeItem(at: url) }
}

extension String {
    /// The text encoded as GB18030 or Big5 (via Foundation's CF encodings).
    func encoded(_ charset: String) -> [UInt8] {
        let cf: UInt = charset == "Big5" ? 0x0A03 : 0x0632
        let encoding = String.Encoding(rawValue: UInt(0x8000_0000) | cf)
        return [UInt8](data(using: encoding) ?? Data())
    }
}
