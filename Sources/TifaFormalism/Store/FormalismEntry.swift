import TifaCore

/// What the analysis keeps of one document for the corpus-wide formalism measures: its compared text for the
/// reuse search, and its per-document measures (named values, in column order). Stored in the record store's
/// `formalism.bin` (and so in a partial state), so a merge finds the same passages as one run.
public struct FormalismEntry: Sendable, Equatable {
    public var reuse: ReuseText
    public var measures: [(name: String, value: String)]

    public init(reuse: ReuseText, measures: [(name: String, value: String)]) {
        self.reuse = reuse
        self.measures = measures
    }

    public static func == (l: FormalismEntry, r: FormalismEntry) -> Bool {
        l.reuse == r.reuse && l.measures.map(\.name) == r.measures.map(\.name) && l.measures.map(\.value) == r.measures.map(\.value)
    }

    /// The binary form: strings and counts as varints, characters as 4 bytes, offsets as varint deltas.
    public func encoded() -> [UInt8] {
        var out: [UInt8] = []
        out.reserveCapacity(reuse.count * 6 + 256)
        Self.put(string: reuse.document, &out)
        Self.put(UInt64(reuse.date == nil ? 0 : 1), &out)
        if let d = reuse.date { Self.put(string: d, &out) }
        Self.put(UInt64(reuse.originalCount), &out)
        Self.put(UInt64(reuse.count), &out)
        let scalarStart = out.count
        out.append(contentsOf: repeatElement(0, count: 4 * reuse.scalars.count))
        out.withUnsafeMutableBytes { raw in
            for (k, s) in reuse.scalars.enumerated() {
                raw.storeBytes(of: s.littleEndian, toByteOffset: scalarStart + 4 * k, as: UInt32.self)
            }
        }
        var previous: Int32 = 0
        for i in 0..<reuse.count {
            Self.put(UInt64(reuse.starts[i] - previous), &out)
            Self.put(UInt64(reuse.ends[i] - reuse.starts[i]), &out)
            previous = reuse.starts[i]
        }
        Self.put(UInt64(measures.count), &out)
        for m in measures {
            Self.put(string: m.name, &out)
            Self.put(string: m.value, &out)
        }
        return out
    }

    /// Decodes `encoded()` bytes; throws a `formalism.damaged` error naming `file` when they do not parse.
    public static func decode(_ bytes: ArraySlice<UInt8>, file: String) throws(TifaError) -> FormalismEntry {
        var reader = Reader(bytes: bytes)
        guard let document = reader.string(), let hasDate = reader.varint(), let date = hasDate == 1 ? reader.string() : "",
              let originalCount = reader.varint(), let count = reader.varint(), count <= UInt64(bytes.count) else {
            throw damaged(file)
        }
        let n = Int(count)
        // The two long arrays are read straight from the bytes (this runs once per partner during a reuse search).
        guard n <= (bytes.endIndex - reader.position) / 4 else { throw damaged(file) }
        let scalarStart = reader.position - bytes.startIndex
        let scalars = bytes.withUnsafeBytes { raw in
            [UInt32](unsafeUninitializedCapacity: n) { out, initialized in
                for k in 0..<n { out[k] = UInt32(littleEndian: raw.loadUnaligned(fromByteOffset: scalarStart + 4 * k, as: UInt32.self)) }
                initialized = n
            }
        }
        reader.position += 4 * n
        var starts = [Int32](repeating: 0, count: n), ends = [Int32](repeating: 0, count: n)
        let offsetsEnd: Int? = bytes.withUnsafeBufferPointer { buf in
            var p = reader.position - bytes.startIndex
            var previous: Int64 = 0
            for k in 0..<n {
                guard let d = Self.varint(buf, &p), let l = Self.varint(buf, &p), d < 1 << 31, l < 1 << 31 else { return nil }
                previous += Int64(d)
                guard previous + Int64(l) < Int64(Int32.max) else { return nil }
                starts[k] = Int32(previous)
                ends[k] = Int32(previous + Int64(l))
            }
            return p + bytes.startIndex
        }
        guard let offsetsEnd else { throw damaged(file) }
        reader.position = offsetsEnd
        guard let m = reader.varint(), m < 10_000 else { throw damaged(file) }
        var measures: [(name: String, value: String)] = []
        for _ in 0..<m {
            guard let name = reader.string(), let value = reader.string() else { throw damaged(file) }
            measures.append((name, value))
        }
        guard reader.atEnd else { throw damaged(file) }
        let text = ReuseText(document: document, date: hasDate == 1 ? date : nil, scalars: scalars, starts: starts,
                             ends: ends, originalCount: Int(originalCount))
        return FormalismEntry(reuse: text, measures: measures)
    }

    private static func damaged(_ file: String) -> TifaError {
        TifaError(code: "formalism.damaged", file: file, message: "a stored formalism entry is damaged")
    }

    private static func put(_ v: UInt64, _ out: inout [UInt8]) {
        var v = v
        while v >= 0x80 {
            out.append(UInt8(v & 0x7F) | 0x80)
            v >>= 7
        }
        out.append(UInt8(v))
    }

    private static func put(string: String, _ out: inout [UInt8]) {
        let utf8 = Array(string.utf8)
        put(UInt64(utf8.count), &out)
        out += utf8
    }

    /// A varint at `p` in `buf`, advancing `p`; nil when it runs past the end or over 64 bits.
    @inline(__always) private static func varint(_ buf: UnsafeBufferPointer<UInt8>, _ p: inout Int) -> UInt64? {
        var v: UInt64 = 0, shift: UInt64 = 0
        while p < buf.count, shift < 64 {
            let b = buf[p]
            p += 1
            v |= UInt64(b & 0x7F) << shift
            if b < 0x80 { return v }
            shift += 7
        }
        return nil
    }

    /// Reads varints and strings from a byte slice.
    private struct Reader {
        let bytes: ArraySlice<UInt8>
        var position: Int
        init(bytes: ArraySlice<UInt8>) {
            self.bytes = bytes
            position = bytes.startIndex
        }
        var atEnd: Bool { position == bytes.endIndex }
        mutating func varint() -> UInt64? {
            var p = position - bytes.startIndex
            let v = bytes.withUnsafeBufferPointer { FormalismEntry.varint($0, &p) }
            position = p + bytes.startIndex
            return v
        }
        mutating func string() -> String? {
            guard let n = varint(), n <= UInt64(bytes.endIndex - position) else { return nil }
            let s = String(decoding: bytes[position..<(position + Int(n))], as: UTF8.self)
            position += Int(n)
            return s
        }
    }
}
