import Foundation

/// Text and numbers written into markup: SVG, HTML and Pango markup all read the same
/// five entities, so one escape serves every writer of the program.
public enum XMLText {
    /// `text` safe inside an element or a quoted attribute of XML, HTML or Pango markup:
    /// `&`, `<`, `>`, `"` and `'` become entities (`'` as `&#39;`, which all three read),
    /// carriage returns become line feeds, and the other control characters, which XML 1.0
    /// and HTML forbid, are dropped (tab and line feed are kept).
    public static func escape(_ text: String) -> String {
        var out = ""
        out.reserveCapacity(text.utf8.count)
        var afterReturn = false
        for scalar in text.unicodeScalars {
            defer { afterReturn = scalar == "\r" }
            switch scalar {
            case "&": out += "&amp;"
            case "<": out += "&lt;"
            case ">": out += "&gt;"
            case "\"": out += "&quot;"
            case "'": out += "&#39;"
            case "\t": out.unicodeScalars.append(scalar)
            // A CR LF pair is one line end, already written at the CR.
            case "\n": if !afterReturn { out.unicodeScalars.append(scalar) }
            case "\r": out += "\n"
            default:
                if scalar.value < 0x20 || (0x7f...0x9f).contains(scalar.value) { continue }
                out.unicodeScalars.append(scalar)
            }
        }
        return out
    }

    /// A number for a markup attribute: at most two decimals, no exponent, `.` as the
    /// decimal mark, no `-0`, 0 for NaN and infinities, and magnitudes held to 10^9 (far
    /// beyond any drawing) so the text stays short.
    public static func number(_ v: Double) -> String {
        number(v, decimals: 2)
    }

    /// A number as `number(_:)` writes one, with up to `decimals` decimals (0 to 9): a
    /// transform's scale needs more than a coordinate.
    public static func number(_ v: Double, decimals: Int) -> String {
        guard v.isFinite else { return "0" }
        var s = String(format: "%.\(max(0, min(9, decimals)))f", min(1e9, max(-1e9, v)))
        while s.hasSuffix("0") { s.removeLast() }
        if s.hasSuffix(".") { s.removeLast() }
        return s == "-0" ? "0" : s
    }
}
