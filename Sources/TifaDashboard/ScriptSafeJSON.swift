/// Makes JSON text safe inside an HTML `<script type="application/json">` element.
enum ScriptSafeJSON {
    /// Escapes `<`, `>`, `&` and U+2028/U+2029 as `\uXXXX`, working on UTF-8 bytes. In valid JSON these occur
    /// only inside strings, where the escape means the same character, so the data is unchanged and can never
    /// close the element, open a comment or start markup. Appends the result to out.
    static func escape(_ json: String, into out: inout [UInt8]) {
        var utf8 = json.utf8.makeIterator()
        var pending: [UInt8] = []  // a possible E2 80 A8/A9 sequence (U+2028/U+2029)
        func append(_ s: String) { out.append(contentsOf: s.utf8) }
        while let b = utf8.next() {
            if !pending.isEmpty {
                pending.append(b)
                if pending.count == 2 && pending[1] != 0x80 { out.append(contentsOf: pending); pending = []; continue }
                if pending.count == 3 {
                    if pending[2] == 0xA8 { append(#"\u2028"#) } else if pending[2] == 0xA9 { append(#"\u2029"#) } else { out.append(contentsOf: pending) }
                    pending = []
                }
                continue
            }
            switch b {
            case UInt8(ascii: "<"): append(#"\u003c"#)
            case UInt8(ascii: ">"): append(#"\u003e"#)
            case UInt8(ascii: "&"): append(#"\u0026"#)
            case 0xE2: pending = [b]
            default: out.append(b)
            }
        }
        out.append(contentsOf: pending)
    }
}
