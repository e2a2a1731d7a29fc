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
        var lines = SourceLines(sources)
        return render(diagnostic, lines: &lines)
    }

    /// Every diagnostic, one after another; each file's lines are found once for all.
    public func render(_ diagnostics: [Diagnostic], sources: [String: String]) -> String {
        var lines = SourceLines(sources)
        return diagnostics.map { render($0, lines: &lines) }.joined()
    }

    /// The files' texts, each cut into lines the first time a diagnostic needs it.
    private struct SourceLines {
        let sources: [String: String]
        var indexes: [String: LineIndex] = [:]

        init(_ sources: [String: String]) { self.sources = sources }

        mutating func line(_ number: Int, of file: String) -> ArraySlice<Unicode.Scalar>? {
            if indexes[file] == nil, let text = sources[file] { indexes[file] = LineIndex(text) }
            return indexes[file]?.reportedLine(number)
        }
    }

    private func render(_ diagnostic: Diagnostic, lines: inout SourceLines) -> String {
        var out = ""
        // Everything taken from a file or its name is escaped: it may hold control characters.
        var location = TerminalText.escaped(diagnostic.file ?? "")
        if let span = diagnostic.span { location = "\(TerminalText.escaped(span.file)):\(span.line):\(span.column)" }
        let label = diagnostic.severity == .error ? paint("error", .red) : paint("warning", .yellow)
        out += location.isEmpty ? "" : paint(location + ":", .bold) + " "
        out += label + paint(": " + TerminalText.escaped(diagnostic.message), .bold) + "\n"

        if let span = diagnostic.span, let line = lines.line(span.line, of: span.file) {
            let number = String(span.line)
            let gutter = String(repeating: " ", count: number.count + 4)
            let start = max(0, min(span.column - 1, line.count))
            let shown = Self.window(of: line, around: start)
            out += paint("   " + number + " |", .blue) + " " + shown.text + "\n"
            let available = max(1, shown.scalars.count - shown.caret)
            let width = max(1, min(span.length, available))
            let marker = "^" + String(repeating: "~", count: width - 1)
            out += paint(gutter + "|", .blue) + " " + shown.pad
                + paint(marker, diagnostic.severity == .error ? .red : .yellow) + "\n"
        }
        if let hint = diagnostic.hint {
            out += paint("hint", .cyan) + ": " + TerminalText.escaped(hint) + "\n"
        }
        return out
    }

    /// The part of a source line shown under a diagnostic: all of it when it is short,
    /// else at most `Limits.shownLineCharacters` around the caret, with `…` where it was cut.
    /// Control characters are shown escaped, and the caret's padding follows them.
    static func window(of line: ArraySlice<Unicode.Scalar>, around caret: Int)
        -> (text: String, pad: String, scalars: ArraySlice<Unicode.Scalar>, caret: Int) {
        let limit = Limits.shownLineCharacters
        var lower = line.startIndex, upper = line.endIndex
        let at = line.startIndex + caret
        if line.count > limit {
            lower = max(line.startIndex, min(at - limit / 4, line.endIndex - limit))
            upper = min(line.endIndex, lower + limit)
        }
        let part = line[lower..<upper]
        var text = lower > line.startIndex ? "…" : ""
        // The padding copies the line's own tabs so the caret lands under the value
        // whatever the terminal's tab width.
        var pad = text.isEmpty ? "" : " "
        for (offset, scalar) in zip(part.indices, part) {
            let shown = TerminalText.shown(scalar)
            text += shown
            if offset < at { pad += scalar == "\t" ? "\t" : String(repeating: " ", count: shown.unicodeScalars.count) }
        }
        if upper < line.endIndex { text += "…" }
        return (text, pad, part, max(0, at - lower))
    }

    private enum Tint: String {
        case red = "1;31", yellow = "1;33", cyan = "1;36", blue = "34", bold = "1"
    }

    private func paint(_ text: String, _ tint: Tint) -> String {
        color ? "\u{1B}[\(tint.rawValue)m\(text)\u{1B}[0m" : text
    }
}
