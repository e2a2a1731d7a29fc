/// Text from a file or a file name made safe to print to a terminal.
///
/// A plan, a library file or a file's name may hold an escape sequence (which can colour
/// the terminal, move the cursor, or rewrite the title bar), a bell, a NUL, or a line break
/// that forges an `error:` line of its own. Every such character is shown escaped
/// (`\u{1B}`), so what the teacher sees is what the file holds.
public enum TerminalText {
    /// True for a scalar that must not reach a terminal as it is: C0 and C1 controls
    /// (tab aside), DEL, the line and paragraph separators, and the bidirectional
    /// overrides and isolates, which reorder what is shown around them.
    public static func needsEscape(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x09: return false
        case 0x00...0x1F, 0x7F...0x9F, 0x2028, 0x2029, 0x202A...0x202E, 0x2066...0x2069: return true
        default: return false
        }
    }

    /// How one scalar is shown: itself, or `\u{HEX}` when it must be escaped.
    public static func shown(_ scalar: Unicode.Scalar) -> String {
        needsEscape(scalar) ? "\\u{" + String(scalar.value, radix: 16, uppercase: true) + "}" : String(scalar)
    }

    /// `text` with every character that must not reach a terminal shown escaped.
    public static func escaped(_ text: some StringProtocol) -> String {
        guard text.unicodeScalars.contains(where: needsEscape) else { return String(text) }
        var out = ""
        for scalar in text.unicodeScalars { out += shown(scalar) }
        return out
    }

    /// `text`, or when it is longer than `limit` characters its start and end around a
    /// `…`: a name in a message need not be shown whole to be recognised, and a 64 KB one
    /// would bury the message.
    public static func abbreviated(_ text: String, limit: Int = 120) -> String {
        guard text.count > limit else { return text }
        return String(text.prefix(limit * 2 / 3)) + "…" + String(text.suffix(limit / 3))
    }

    /// Escapes each line of `text` but keeps its `\n` line ends: for output the program
    /// itself lays out in lines, such as `show` and `library`.
    public static func escapedLines(_ text: String) -> String {
        text.split(separator: "\n", omittingEmptySubsequences: false).map(escaped).joined(separator: "\n")
    }

    /// Bytes meant as UTF-8 (a file name), with each byte that is not shown as `\xHH`.
    public static func escapedBytes(_ bytes: [UInt8]) -> String {
        var out = ""
        var rest = bytes[...]
        while !rest.isEmpty {
            // The longest valid start, then one bad byte.
            var length = min(rest.count, 4)
            var decoded: String?
            while length > 0 {
                if let text = String(validating: rest.prefix(length), as: UTF8.self) { decoded = text; break }
                length -= 1
            }
            if let decoded {
                out += escaped(decoded)
                rest = rest.dropFirst(length)
            } else {
                out += "\\x" + String(rest[rest.startIndex], radix: 16, uppercase: true)
                rest = rest.dropFirst()
            }
        }
        return out
    }
}
