import PlanCore

/// Better words for the YAML mistakes teachers make most, found by looking at the lines
/// around where libyaml gave up: a key written without its colon (libyaml notices only on
/// the next line), and curly quotes from a phone or word processor, which YAML takes for
/// ordinary letters.
enum SyntaxHints {
    /// Every key a plan or library file may hold: a word without its colon is likely one.
    static let knownKeys: [String] = {
        var seen = Set<String>()
        return (PlanFileParser.topKeys + PlanFileParser.itemKeys + PlanFileParser.shareKeys
            + PlanFileParser.transitionKeys + LibraryFileParser.exerciseKeys + LibraryFileParser.blockKeys)
            .filter { seen.insert($0).inserted }
    }()

    /// Curly quotes and the straight ones to write instead.
    static let curlyQuotes: [Character: Character] = ["\u{201C}": "\"", "\u{201D}": "\"", "\u{2018}": "'", "\u{2019}": "'"]

    /// `diagnostic` (a YAML syntax error in `text`) reworded where a better reading of the
    /// lines around it is found; otherwise unchanged.
    static func refine(_ diagnostic: Diagnostic, in text: String) -> Diagnostic {
        guard diagnostic.severity == .error, let span = diagnostic.span else { return diagnostic }
        let lines = text.split(separator: "\n", omittingEmptySubsequences: false)
        if let curly = curlyQuoted(line: span.line, lines: lines, file: span.file) { return curly }
        if diagnostic.message == Diagnostic.Message.yamlSyntax("could not find expected ':'").text,
           let missing = missingColon(before: span.line, lines: lines, file: span.file) {
            return missing
        }
        return diagnostic
    }

    /// A syntax error on a line (or the line before it) that holds curly quotes: they are
    /// the likely cause, since YAML does not read them as quotes.
    static func curlyQuoted(line: Int, lines: [Substring], file: String) -> Diagnostic? {
        for number in [line, line - 1] where number >= 1 && number <= lines.count {
            let text = lines[number - 1]
            guard let index = text.firstIndex(where: { curlyQuotes[$0] != nil }) else { continue }
            // Columns count Unicode scalars, as libyaml's do.
            let column = text[..<index].unicodeScalars.count + 1
            let value = text.drop { $0 != ":" }.dropFirst().trimmingCharacters(in: .whitespaces)
            let straight = String(value.map { curlyQuotes[$0] ?? $0 })
            return .error(.curlyQuotes(straight.isEmpty ? nil : straight),
                          at: SourceSpan(file: file, line: number, column: column))
        }
        return nil
    }

    /// The line at or before `line` that holds a key and no colon: `length 45min`.
    static func missingColon(before line: Int, lines: [Substring], file: String) -> Diagnostic? {
        var number = min(line, lines.count)
        // libyaml stops on the line after the one without its colon: look back over it
        // and any blank or comment lines between.
        while number >= 1 {
            let text = lines[number - 1]
            let trimmed = text.trimmingCharacters(in: .whitespaces)
            defer { number -= 1 }
            if trimmed.isEmpty || trimmed.hasPrefix("#") { continue }
            var body = Substring(trimmed)
            if body.hasPrefix("- ") { body = body.dropFirst(2) }
            guard !body.contains(":") else {
                if number == line { continue }
                return nil
            }
            let words = body.split(separator: " ", maxSplits: 1).map(String.init)
            guard let first = words.first else { return nil }
            let key = knownKeys.contains(first) ? first : EditDistance.suggestion(for: first, among: knownKeys)
            let rest = words.count > 1 ? words[1] : ""
            let indent = text.prefix { $0 == " " }.count
            let offset = trimmed.count - body.count
            return .error(.missingColon(after: first, suggestion: key.map { rest.isEmpty ? "\($0):" : "\($0): \(rest)" }),
                          at: SourceSpan(file: file, line: number, column: indent + offset + 1, length: first.count))
        }
        return nil
    }
}

extension Diagnostic.Message {
    /// Curly quotes where YAML needs straight ones.
    public static func curlyQuotes(_ straight: String?) -> Self {
        Self("this line has curly quotes (“ ” or ‘ ’), which YAML reads as ordinary letters",
             hint: straight.map { "type straight quotes instead: \($0)" }
                ?? "type straight quotes (\" or ') instead; phones and word processors often change them")
    }
    /// A `[...]` list that YAML split at a comma inside a sentence.
    public static func splitSentence(_ key: String, _ first: String, _ next: String) -> Self {
        let shown = next.count > 30 ? String(next.prefix(30)) + "..." : next
        return Self("this '\(key)' list looks like one sentence split at its commas: '\(first)' and '\(shown)'",
                    hint: "write one `- ` line per entry, or put a sentence with commas in quotes")
    }
    /// A line whose key has no colon after it.
    public static func missingColon(after word: String, suggestion: String?) -> Self {
        Self("this line has no ':' after '\(word)'",
             hint: suggestion.map { "did you mean '\($0)'?" } ?? "write `key: value`, with a colon after the key")
    }
}
