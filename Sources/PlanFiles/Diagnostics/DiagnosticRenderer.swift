import PlanCore

/// Writes diagnostics the way a compiler does:
///
/// ```
/// Plans/tuesday.yaml:14:15: error: no exercise 'glute-brige' in the library
///    14 |   - exercise: glute-brige
///       |               ^~~~~~~~~~~
/// hint: did you mean 'glute-bridge'?
/// ```
public struct DiagnosticRenderer: Sendable {
    /// Whether to colour the output with ANSI escapes (only for a terminal).
    public var color: Bool

    /// A renderer; `color` only when writing to a terminal that wants it.
    public init(color: Bool = false) { self.color = color }

    /// The diagnostic as text, ending in a newline; `sources` maps a file name (as in the
    /// span) to its text, so the offending line can be shown.
    public func render(_ diagnostic: Diagnostic, sources: [String: String]) -> String {
        var out = ""
        var location = diagnostic.file ?? ""
        if let span = diagnostic.span { location = "\(span.file):\(span.line):\(span.column)" }
        let label = diagnostic.severity == .error ? paint("error", .red) : paint("warning", .yellow)
        out += location.isEmpty ? "" : paint(location + ":", .bold) + " "
        out += label + paint(": " + diagnostic.message, .bold) + "\n"

        if let span = diagnostic.span, let text = sources[span.file],
           let line = SourceText.line(span.line, of: text) {
            let number = String(span.line)
            let gutter = String(repeating: " ", count: number.count + 4)
            out += paint("   " + number + " |", .blue) + " " + String(line) + "\n"
            // The padding copies the line's own tabs so the caret lands under the value
            // whatever the terminal's tab width.
            let scalars = Array(line.unicodeScalars)
            let start = max(0, min(span.column - 1, scalars.count))
            let pad = String(String.UnicodeScalarView(scalars[0..<start].map { $0 == "\t" ? "\t" : " " }))
            let available = max(1, scalars.count - start)
            let width = max(1, min(span.length, available))
            let marker = "^" + String(repeating: "~", count: width - 1)
            out += paint(gutter + "|", .blue) + " " + pad
                + paint(marker, diagnostic.severity == .error ? .red : .yellow) + "\n"
        }
        if let hint = diagnostic.hint {
            out += paint("hint", .cyan) + ": " + hint + "\n"
        }
        return out
    }

    /// Every diagnostic, one after another.
    public func render(_ diagnostics: [Diagnostic], sources: [String: String]) -> String {
        diagnostics.map { render($0, sources: sources) }.joined()
    }

    private enum Tint: String {
        case red = "1;31", yellow = "1;33", cyan = "1;36", blue = "34", bold = "1"
    }

    private func paint(_ text: String, _ tint: Tint) -> String {
        color ? "\u{1B}[\(tint.rawValue)m\(text)\u{1B}[0m" : text
    }
}
