import Foundation

/// What a page refers to, read from its markup.
enum HTMLChecks {
    /// Every value of an attribute that can make a browser fetch or navigate.
    static func references(in html: String) -> [String] {
        let pattern = #"(?i)\b(src|href|srcset|action|formaction|poster|data|xlink:href|background|cite|manifest|ping)\s*=\s*("[^"]*"|'[^']*'|[^\s>]+)"#
        let regex = try! NSRegularExpression(pattern: pattern)
        let range = NSRange(html.startIndex..., in: html)
        return regex.matches(in: html, range: range).compactMap { match in
            Range(match.range(at: 2), in: html).map {
                var value = String(html[$0])
                if value.hasPrefix("\"") || value.hasPrefix("'") { value = String(value.dropFirst().dropLast()) }
                return value
            }
        }
    }

    /// Problems that would make the page reach past itself; empty when it is self-contained.
    /// The share link may appear only as itself, in an anchor.
    static func externalProblems(in html: String, link: String?) -> [String] {
        var problems: [String] = []
        let lower = html.lowercased()
        if lower.contains("<script") { problems.append("a <script> element") }
        if lower.contains("@import") { problems.append("a CSS @import") }
        if lower.contains("<link") { problems.append("a <link> element") }
        if lower.contains("<iframe") || lower.contains("<object") || lower.contains("<embed") {
            problems.append("an embedded document")
        }
        let escapedLink = link.map(escape)
        for value in references(in: html) {
            if value.hasPrefix("#") || value.hasPrefix("data:") { continue }
            if let escapedLink, value == escapedLink, html.contains("<a href=\"\(value)\"") { continue }
            problems.append("a reference to \(value)")
        }
        // Anything that looks like an address outside the share link's own anchor: in CSS
        // `url()`, in inline styles, or anywhere else.
        var rest = html
        if let escapedLink { rest = rest.replacingOccurrences(of: escapedLink, with: "") }
        // Base64 in a data: address may hold `//`; the address itself was checked above.
        rest = rest.replacingOccurrences(of: #"data:[a-z/+.-]+;base64,[A-Za-z0-9+/=]*"#, with: "data:",
                                         options: .regularExpression)
        rest = rest.lowercased()
        for marker in ["http:", "https:", "//", "url("] where rest.contains(marker) {
            problems.append("'\(marker)' outside the share link")
        }
        return problems
    }

    static func escape(_ text: String) -> String {
        text.replacingOccurrences(of: "&", with: "&amp;").replacingOccurrences(of: "<", with: "&lt;")
            .replacingOccurrences(of: ">", with: "&gt;").replacingOccurrences(of: "\"", with: "&quot;")
            .replacingOccurrences(of: "'", with: "&#39;")
    }
}
