import Figures

/// Escaping for HTML text and attribute values.
enum HTML {
    /// `text` safe inside an element or a quoted attribute: the five characters HTML gives
    /// meaning to become entities, and control characters HTML forbids are dropped.
    static func escape(_ text: String) -> String { XMLText.escape(text) }

    /// True for a link the page may point at: an absolute `http` or `https` address with
    /// nothing in it that needs escaping. Anything else (`javascript:`, relative paths) is
    /// shown as text, not linked.
    static func isWebLink(_ link: String) -> Bool {
        let lower = link.lowercased()
        guard lower.hasPrefix("https://") || lower.hasPrefix("http://") else { return false }
        return ICalendarText.isURI(link)
    }
}
