import TifaCore
import TifaExtract

/// A compact binary form of `DocumentRecord` for the record store and partial states (JSON was a third of
/// the pipeline's own cost). Integers are LEB128 varints (zig-zag for signed), strings are length-prefixed
/// UTF-8. The format carries no version of its own: partial states have one in `partial.json`.
enum RecordCoder {
    static func encode(_ r: DocumentRecord) -> [UInt8] {
        var w = Writer()
        w.string(r.document); w.string(r.id)
        w.int(r.metadata.count)
        for key in r.metadata.keys.sorted(by: ScalarOrder.less) { w.string(key); w.string(r.metadata[key]!) }
        w.string(r.encoding); w.string(r.sha256)
        for n in [r.bytes, r.characters, r.originalCharacters, r.tokens, r.sentences] { w.int(n) }
        w.strings(r.qualityFlags)
        w.int(r.warnings.count)
        for d in r.warnings {
            w.string(d.code); w.string(d.severity.rawValue); w.string(d.file)
            w.int((d.line ?? -1) + 1); w.int((d.offset ?? -1) + 1); w.string(d.message)
        }
        w.strings(r.terms)
        for c in r.counts { w.int(c) }
        w.bytes.append(contentsOf: r.kinds)
        w.int(r.slogans.count)
        for s in r.slogans { w.string(s.text); w.string(s.kind.rawValue); w.int(s.start); w.int(s.end) }
        w.int(r.criteria.count)
        for c in r.criteria {
            w.string(c.set); w.int(c.named ? 1 : 0); w.strings(c.items); w.int(c.total); w.string(c.source)
            w.int(c.mentions.count)
            for m in c.mentions { w.string(m.kind); w.string(m.item); w.string(m.text); w.int(m.start); w.int(m.end) }
        }
        w.int(r.problems.count)
        for p in r.problems {
            w.string(p.category); w.string(p.stance); w.string(p.cue); w.string(p.section); w.string(p.sentence)
            w.int(p.start); w.int(p.end); w.string(p.subtype)
        }
        return w.bytes
    }

    static func decode(_ bytes: [UInt8]) throws -> DocumentRecord {
        var r = Reader(bytes: bytes)
        let document = try r.string(), id = try r.string()
        var metadata: [String: String] = [:]
        for _ in 0..<(try r.count()) { metadata[try r.string()] = try r.string() }
        let encoding = try r.string(), sha = try r.string()
        let size = try r.int(), characters = try r.int(), original = try r.int(), tokens = try r.int(), sentences = try r.int()
        let flags = try r.strings()
        var warnings: [Diagnostic] = []
        for _ in 0..<(try r.count()) {
            let code = try r.string(), severity = Diagnostic.Severity(rawValue: try r.string()) ?? .warning
            let file = try r.string(), line = try r.int() - 1, offset = try r.int() - 1
            warnings.append(Diagnostic(code: code, severity: severity, file: file, line: line < 0 ? nil : line,
                                       offset: offset < 0 ? nil : offset, message: try r.string()))
        }
        let terms = try r.strings()
        var counts: [Int] = []
        counts.reserveCapacity(terms.count)
        for _ in terms { counts.append(try r.int()) }
        let kinds = try r.raw(terms.count)
        var slogans: [SloganMention] = []
        for _ in 0..<(try r.count()) {
            let text = try r.string()
            guard let kind = SloganKind(rawValue: try r.string()) else { throw Reader.Failure() }
            slogans.append(SloganMention(text: text, kind: kind, start: try r.int(), end: try r.int()))
        }
        var criteria: [CriteriaCoverage] = []
        for _ in 0..<(try r.count()) {
            let set = try r.string(), named = try r.int() == 1, items = try r.strings(), total = try r.int(), source = try r.string()
            var mentions: [CriteriaMention] = []
            for _ in 0..<(try r.count()) {
                mentions.append(CriteriaMention(kind: try r.string(), item: try r.string(), text: try r.string(),
                                                start: try r.int(), end: try r.int()))
            }
            criteria.append(CriteriaCoverage(set: set, named: named, items: items, total: total, source: source, mentions: mentions))
        }
        var problems: [ProblemRow] = []
        for _ in 0..<(try r.count()) {
            var p = ProblemRow(category: try r.string(), stance: try r.string(), cue: try r.string(),
                               section: try r.string(), sentence: try r.string(), start: try r.int(), end: try r.int())
            p.subtype = try r.string()
            problems.append(p)
        }
        guard r.atEnd else { throw Reader.Failure() }
        return DocumentRecord(document: document, id: id, metadata: metadata, encoding: encoding, sha256: sha, bytes: size,
                              characters: characters, originalCharacters: original, tokens: tokens, sentences: sentences,
                              qualityFlags: flags, warnings: warnings, terms: terms, counts: counts, kinds: kinds,
                              slogans: slogans, criteria: criteria, problems: problems)
    }

    struct Writer {
        var bytes: [UInt8] = []

        mutating func int(_ v: Int) {
            var u = UInt64(bitPattern: Int64((v << 1) ^ (v >> 63)))
            while u >= 0x80 {
                bytes.append(UInt8(u & 0x7F) | 0x80)
                u >>= 7
            }
            bytes.append(UInt8(u))
        }

        mutating func string(_ s: String) {
            var s = s
            s.withUTF8 { p in
                int(p.count)
                bytes.append(contentsOf: p)
            }
        }

        mutating func strings(_ list: [String]) {
            int(list.count)
            for s in list { string(s) }
        }
    }

    struct Reader {
        struct Failure: Error {}
        let bytes: [UInt8]
        var position = 0

        var atEnd: Bool { position == bytes.count }

        mutating func int() throws -> Int {
            var u: UInt64 = 0
            var shift: UInt64 = 0
            while true {
                guard position < bytes.count, shift < 64 else { throw Failure() }
                let b = bytes[position]
                position += 1
                u |= UInt64(b & 0x7F) << shift
                if b < 0x80 { break }
                shift += 7
            }
            let v = Int64(bitPattern: u)
            return Int((v >> 1) ^ -(v & 1))
        }

        mutating func count() throws -> Int {
            let n = try int()
            guard n >= 0, n <= bytes.count - position else { throw Failure() }
            return n
        }

        mutating func raw(_ n: Int) throws -> [UInt8] {
            guard n >= 0, n <= bytes.count - position else { throw Failure() }
            defer { position += n }
            return Array(bytes[position..<(position + n)])
        }

        mutating func string() throws -> String {
            let n = try count()
            defer { position += n }
            return String(decoding: bytes[position..<(position + n)], as: UTF8.self)
        }

        mutating func strings() throws -> [String] {
            var list: [String] = []
            for _ in 0..<(try count()) { list.append(try string()) }
            return list
        }
    }
}
