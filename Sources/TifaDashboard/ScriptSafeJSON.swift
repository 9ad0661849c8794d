/// Makes JSON text safe inside an HTML `<script type="application/json">` element.
enum ScriptSafeJSON {
    /// Escapes `<`, `>`, `&` and U+2028/U+2029 as `\uXXXX`. In valid JSON these occur only inside strings,
    /// where the escape means the same character, so the data is unchanged and can never close the element,
    /// open a comment or start markup.
    static func escape(_ json: String) -> String {
        var out = String.UnicodeScalarView()
        out.reserveCapacity(json.unicodeScalars.count)
        for scalar in json.unicodeScalars {
            switch scalar {
            case "<": out.append(contentsOf: #"\u003c"#.unicodeScalars)
            case ">": out.append(contentsOf: #"\u003e"#.unicodeScalars)
            case "&": out.append(contentsOf: #"\u0026"#.unicodeScalars)
            case "\u{2028}": out.append(contentsOf: #"\u2028"#.unicodeScalars)
            case "\u{2029}": out.append(contentsOf: #"\u2029"#.unicodeScalars)
            default: out.append(scalar)
            }
        }
        return String(out)
    }
}
