/// Escaping for HTML text and attribute values.
enum HTML {
    /// `text` safe inside an element or a quoted attribute: the five characters HTML gives
    /// meaning to become entities, and control characters HTML forbids are dropped.
    static func escape(_ text: String) -> String {
        var out = ""
        out.reserveCapacity(text.utf8.count)
        for scalar in text.unicodeScalars {
            switch scalar {
            case "&": out += "&amp;"
            case "<": out += "&lt;"
            case ">": out += "&gt;"
            case "\"": out += "&quot;"
            case "'": out += "&#39;"
            case "\t", "\n": out.unicodeScalars.append(scalar)
            case "\r": out += "\n"
            default:
                if scalar.value < 0x20 || (0x7f...0x9f).contains(scalar.value) { continue }
                out.unicodeScalars.append(scalar)
            }
        }
        return out
    }

    /// True for a link the page may point at: an absolute `http` or `https` address with
    /// nothing in it that needs escaping. Anything else (`javascript:`, relative paths) is
    /// shown as text, not linked.
    static func isWebLink(_ link: String) -> Bool {
        let lower = link.lowercased()
        guard lower.hasPrefix("https://") || lower.hasPrefix("http://") else { return false }
        return ICalendarText.isURI(link)
    }
}
