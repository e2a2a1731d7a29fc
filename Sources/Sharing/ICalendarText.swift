/// The text rules of RFC 5545: escaping TEXT values and folding long content lines.
enum ICalendarText {
    /// A TEXT value escaped (RFC 5545 3.3.11): backslash, semicolon and comma get a
    /// backslash, every line break becomes `\n`, and other control characters, which TEXT
    /// may not hold, are dropped.
    static func escape(_ text: String) -> String {
        var out = ""
        var scalars = text.unicodeScalars.makeIterator()
        var pending = scalars.next()
        while let s = pending {
            pending = scalars.next()
            switch s {
            case "\\": out += "\\\\"
            case ";": out += "\\;"
            case ",": out += "\\,"
            case "\r":
                out += "\\n"
                // CR LF is one line break, not two.
                if pending == "\n" { pending = scalars.next() }
            case "\n", "\u{2028}", "\u{2029}", "\u{85}": out += "\\n"
            case "\t": out.unicodeScalars.append(s)
            default:
                if s.value < 0x20 || s.value == 0x7f { continue }
                out.unicodeScalars.append(s)
            }
        }
        return out
    }

    /// A content line folded (RFC 5545 3.1): no line longer than 75 octets, each
    /// continuation starting with one space, and never splitting a UTF-8 sequence. The
    /// result joins its lines with CRLF and has no line end of its own.
    static func fold(_ line: String, limit: Int = 75) -> String {
        var lines: [String] = []
        var current = ""
        var octets = 0
        for scalar in line.unicodeScalars {
            let size = String(scalar).utf8.count
            if octets + size > limit {
                lines.append(current)
                current = " "
                octets = 1
            }
            current.unicodeScalars.append(scalar)
            octets += size
        }
        lines.append(current)
        return lines.joined(separator: "\r\n")
    }

    /// True when `text` can stand as a URI value as written: a scheme, a colon, and only
    /// characters RFC 3986 allows (no spaces, quotes, angle brackets or controls).
    static func isURI(_ text: String) -> Bool {
        guard let colon = text.firstIndex(of: ":"), colon != text.startIndex else { return false }
        let scheme = text[..<colon]
        guard let first = scheme.unicodeScalars.first, ("a"..."z").contains(first) || ("A"..."Z").contains(first),
              scheme.unicodeScalars.allSatisfy({ isAlphaNumeric($0) || "+-.".unicodeScalars.contains($0) })
        else { return false }
        let allowed = "-._~:/?#[]@!$&'()*+,;=%"
        return text.unicodeScalars.allSatisfy { isAlphaNumeric($0) || allowed.unicodeScalars.contains($0) }
    }

    private static func isAlphaNumeric(_ s: Unicode.Scalar) -> Bool {
        ("a"..."z").contains(s) || ("A"..."Z").contains(s) || ("0"..."9").contains(s)
    }
}
