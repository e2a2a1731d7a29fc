import Foundation
import PlanCore
import Yams

/// Reads typed values out of Yams nodes, collecting a diagnostic for every value that is
/// not what the format asks for, and never stopping at the first.
struct NodeReader {
    /// The file as the teacher named it.
    let file: String
    /// The file's lines, as Unicode scalars (libyaml's columns count scalars).
    private let lines: LineIndex
    /// Keys renamed as duplicates, to be passed over.
    private let masked: Set<YAMLDocument.Position>
    /// Everything found so far.
    var diagnostics: [Diagnostic] = []
    /// What the did-you-mean hints of this file may still cost.
    var hintBudget = EditDistance.Budget()

    init(file: String, text: String, masked: Set<YAMLDocument.Position>) {
        self.file = file
        self.lines = LineIndex(text)
        self.masked = masked
    }

    /// One entry of a mapping: the key's text, the key node and the value.
    struct Entry {
        var key: String
        var keyNode: Node
        var value: Node
    }

    mutating func error(_ message: Diagnostic.Message, at node: Node?) {
        diagnostics.append(.error(message, at: node.map(span(of:)), file: file))
    }

    mutating func error(_ message: Diagnostic.Message, at span: SourceSpan?) {
        diagnostics.append(.error(message, at: span, file: file))
    }

    mutating func warning(_ message: Diagnostic.Message, at node: Node?) {
        diagnostics.append(.warning(message, at: node.map(span(of:)), file: file))
    }

    /// Where a node stands, with the length of its text on its line.
    func span(of node: Node) -> SourceSpan {
        guard let mark = node.mark else { return SourceSpan(file: file, line: 1, column: 1) }
        var length = 1
        if case .scalar(let scalar) = node, let line = lines[mark.line] {
            let start = line.startIndex + mark.column - 1
            let rest = max(0, line.endIndex - start)
            switch scalar.style {
            case .singleQuoted, .doubleQuoted:
                // Up to and including the closing quote, when it is on this line.
                let quote = line.indices.contains(start) ? line[start] : "\""
                var end = start + 1
                while end < line.endIndex {
                    if line[end] == "\\" && quote == "\"" { end += 2; continue }
                    if line[end] == quote { break }
                    end += 1
                }
                length = min(rest, end - start + 1)
            case .plain:
                length = min(rest, scalar.string.unicodeScalars.count)
            default:
                length = 1
            }
        }
        return lines.span(file: file, line: mark.line, column: mark.column, length: length)
    }

    /// What a node is, in words, for "should be text, not a list".
    func kind(of node: Node) -> String {
        switch node {
        case .mapping: return "a group of keys"
        case .sequence: return "a list"
        case .scalar(let s): return s.string.isEmpty ? "empty" : "'\(s.string)'"
        case .alias: return "an alias"
        }
    }

    /// True for an empty value (`key:` with nothing after it, or `null`).
    func isNull(_ node: Node) -> Bool {
        if case .scalar(let s) = node, s.style == .plain, ["", "~", "null", "Null", "NULL"].contains(s.string) { return true }
        return false
    }

    /// The entries of a mapping, with unknown keys reported (with the nearest known key)
    /// and duplicates passed over. Reports and returns nil when `node` is not a mapping.
    mutating func entries(of node: Node, allowed: [String], place: String, key: String) -> [Entry]? {
        guard case .mapping(let mapping) = node else {
            error(.expected("a group of keys", for: key, found: kind(of: node)), at: node)
            return nil
        }
        var result: [Entry] = []
        for (keyNode, value) in mapping {
            if let mark = keyNode.mark, masked.contains(.init(line: mark.line, column: mark.column)) { continue }
            guard case .scalar(let scalar) = keyNode else {
                error(.expected("a word", for: "key", found: kind(of: keyNode)), at: keyNode)
                continue
            }
            let name = scalar.string
            if !allowed.contains(name) {
                let nearest = suggestion(for: name, among: allowed)
                error(.unknownKey(name, in: place, suggestion: nearest, known: allowed), at: keyNode)
                continue
            }
            result.append(Entry(key: name, keyNode: keyNode, value: value))
        }
        return result
    }

    /// The nearest of `candidates` to `word`, within this file's budget for hints.
    mutating func suggestion(for word: String, among candidates: some Sequence<String>) -> String? {
        EditDistance.suggestion(for: word, among: candidates, budget: &hintBudget)
    }

    /// Text; numbers and dates are taken as written. Reports lists, groups and empties.
    mutating func text(_ node: Node, key: String, allowEmpty: Bool = false) -> String? {
        guard case .scalar(let scalar) = node else {
            error(.expected("text", for: key, found: kind(of: node)), at: node)
            return nil
        }
        let value = isNull(node) ? "" : scalar.string
        if value.allSatisfy(\.isWhitespace) && !allowEmpty {
            error(.emptyValue(key), at: node)
            return nil
        }
        // A Unicode noncharacter (U+FFFE, U+FDD0, ...) is valid YAML but no PDF or font can
        // carry it: drawing would fail later, with no place in the file to point at.
        if let bad = value.unicodeScalars.first(where: Self.isNoncharacter) {
            error(.noncharacter(key, code: bad.value), at: node)
            return nil
        }
        return value
    }

    /// A text printed on one line at the top of a page or as a heading (title, teacher,
    /// studio, a name), bounded by `Limits.lineTextCharacters` so that it can be laid out.
    mutating func lineText(_ node: Node, key: String) -> String? {
        boundedText(node, key: key, limit: Limits.lineTextCharacters) {
            .lineTextTooLong(key, count: $0, limit: Limits.lineTextCharacters)
        }
    }

    /// A text of prose (notes, a message, a cue, a summary), bounded by
    /// `Limits.freeTextCharacters`.
    mutating func prose(_ node: Node, key: String) -> String? {
        boundedText(node, key: key, limit: Limits.freeTextCharacters) {
            .freeTextTooLong(key, count: $0, limit: Limits.freeTextCharacters)
        }
    }

    /// A printable text of at most `limit` characters (else `tooLong(count)` is reported),
    /// with no word longer than `Limits.wordCharacters`: an unbreakable line is what makes
    /// laying a page out slow.
    private mutating func boundedText(_ node: Node, key: String, limit: Int,
                                      tooLong: (Int) -> Diagnostic.Message) -> String? {
        guard let text = text(node, key: key) else { return nil }
        // No text has more characters than UTF-8 bytes: most are judged without counting.
        if text.utf8.count > limit, case let count = text.count, count > limit {
            error(tooLong(count), at: node)
            return nil
        }
        guard let longest = Self.longestWord(text, over: Limits.wordCharacters) else { return text }
        error(.wordTooLong(key, count: longest, limit: Limits.wordCharacters), at: node)
        return nil
    }

    /// The length of the longest run of characters without white space, if it is over `limit`.
    ///
    /// Every library text passes here on every run, so the characters are counted only when
    /// a run of bytes between ASCII spaces is longer than `limit`: a word has no more
    /// characters than bytes, and other spaces only break it further. A space right after a
    /// non-ASCII byte does not end the run, since it may join the character before it (a
    /// prepended mark such as U+0600 takes the next character, space included).
    static func longestWord(_ text: String, over limit: Int) -> Int? {
        var longestBytes = 0, runBytes = 0
        var afterASCII = true
        for byte in text.utf8 {
            let space = byte == 0x20 || (0x09...0x0D).contains(byte)
            runBytes = space && afterASCII ? 0 : runBytes + 1
            afterASCII = byte < 0x80
            longestBytes = max(longestBytes, runBytes)
        }
        guard longestBytes > limit else { return nil }
        var longest = 0, run = 0
        for character in text {
            run = character.isWhitespace ? 0 : run + 1
            longest = max(longest, run)
        }
        return longest > limit ? longest : nil
    }

    /// U+FDD0 to U+FDEF, and the last two code points of every plane (U+FFFE, U+1FFFF...):
    /// the noncharacters, told by arithmetic rather than by a lookup in Unicode's tables.
    static func isNoncharacter(_ scalar: Unicode.Scalar) -> Bool {
        (0xFDD0...0xFDEF).contains(scalar.value) || scalar.value & 0xFFFE == 0xFFFE
    }

    /// Keys whose entries are sentences a student reads: a `[...]` list of them that looks
    /// like one sentence split at its commas is worth a warning.
    static let sentenceListKeys: Set<String> = ["cues", "mistakes", "setup", "cautions", "easier", "harder", "purpose"]

    /// A list of prose texts; one text stands for a list of one.
    mutating func texts(_ node: Node, key: String) -> [String] {
        if case .sequence(let sequence) = node {
            let texts = sequence.compactMap { prose($0, key: key) }
            if Self.sentenceListKeys.contains(key), startsWithBracket(node) { warnIfSplitSentence(sequence, key: key) }
            return texts
        }
        if isNull(node) { return [] }
        return prose(node, key: key).map { [$0] } ?? []
    }

    /// True for a list written in brackets (`[a, b]`). Yams does not keep the style it read,
    /// so the file's text at the node says.
    private func startsWithBracket(_ node: Node) -> Bool {
        guard let mark = node.mark, let line = lines[mark.line] else { return false }
        let start = line.startIndex + mark.column - 1
        return line.indices.contains(start) && line[start] == "["
    }

    /// `cues: [Pump the arms, breathe in for five]` is one cue split in two by YAML: an
    /// entry that starts in lower case after one that starts a sentence (a capital) and
    /// does not end it. A list of lower-case phrases (`[knees soft, chest open]`) is a list.
    private mutating func warnIfSplitSentence(_ sequence: Node.Sequence, key: String) {
        let entries = Array(sequence)
        for (before, after) in zip(entries, entries.dropFirst()) {
            guard let first = before.scalar?.string.trimmingCharacters(in: .whitespaces),
                  let next = after.scalar?.string.trimmingCharacters(in: .whitespaces),
                  let start = next.first, start.isLowercase, first.first?.isUppercase == true,
                  let end = first.last, !".!?;:)".contains(end) else { continue }
            warning(.splitSentence(key, first, next), at: after)
            return
        }
    }

    /// A list of nodes; one value stands for a list of one.
    func list(_ node: Node) -> [Node] {
        if case .sequence(let sequence) = node { return Array(sequence) }
        return isNull(node) ? [] : [node]
    }

    /// `true` or `false`.
    mutating func bool(_ node: Node, key: String) -> Bool? {
        guard let word = text(node, key: key) else { return nil }
        switch word.lowercased() {
        case "true", "yes", "on": return true
        case "false", "no", "off": return false
        default:
            error(.notBoolean(word, key: key), at: node)
            return nil
        }
    }

    /// One of an enumeration's words, with a did-you-mean for typos.
    mutating func word<Word: RawRepresentable & CaseIterable>(_ node: Node, key: String,
                                                              as: Word.Type) -> Word? where Word.RawValue == String {
        guard let text = text(node, key: key) else { return nil }
        // `Mixed`, `A4`: the word a teacher means, whatever its capitals.
        if let value = Word(rawValue: text) ?? Word(rawValue: text.lowercased()) { return value }
        let accepted = Word.allCases.map(\.rawValue)
        let nearest = suggestion(for: text, among: accepted)
        error(.unknownWord(text, for: key, accepted: accepted, suggestion: nearest), at: node)
        return nil
    }

    /// A time: more than zero unless `allowZero`, never negative.
    mutating func duration(_ node: Node, key: String, allowZero: Bool = false) -> PlanCore.Duration? {
        guard let text = text(node, key: key) else { return nil }
        switch DurationText.read(text) {
        case .seconds(let n) where n > 0 || (allowZero && n == 0):
            return .seconds(n)
        case .seconds:
            error(allowZero ? .durationNegative(text, key: key) : .durationNotPositive(text, key: key), at: node)
        case .bareNumber:
            if allowZero && Int(text) == 0 { return .zero }
            error(.durationWithoutUnit(text, key: key), at: node)
        case .tooLong:
            error(.durationTooLong(text, key: key), at: node)
        case .invalid:
            error(.badDuration(text, key: key), at: node)
        }
        return nil
    }

    /// A count of repetitions: a whole number of at least 1.
    mutating func reps(_ node: Node, key: String = "reps") -> Int? {
        guard let text = text(node, key: key) else { return nil }
        let digits = text.trimmingCharacters(in: .whitespaces)
        if let n = Int(digits), n >= 1, n <= Limits.reps { return n }
        // All digits but past the limit, even past what an Int holds: the number is the problem.
        let tooMany = !digits.isEmpty && digits.allSatisfy { ("0"..."9").contains($0) } && digits.contains { $0 != "0" }
        error(tooMany ? .tooManyReps(text) : .badReps(text), at: node)
        return nil
    }

    /// An id: lower-case letters, digits and hyphens.
    mutating func id(_ node: Node, key: String) -> String? {
        guard let text = text(node, key: key) else { return nil }
        let valid = !text.hasPrefix("-") && !text.hasSuffix("-") && text.unicodeScalars.allSatisfy {
            ("a"..."z").contains($0) || ("0"..."9").contains($0) || $0 == "-"
        }
        if !valid { error(.badID(text), at: node) }
        return text
    }
}

extension NodeReader {
    /// Reads `text` (the file named `file`) as YAML, hands its root to `body` with a reader
    /// that already holds the file's YAML problems, and returns every diagnostic found.
    static func read(text: String, file: String, _ body: (Node, inout NodeReader) -> Void) -> [Diagnostic] {
        let document = YAMLDocument(text: text, file: file)
        var reader = NodeReader(file: file, text: text, masked: document.maskedKeys)
        reader.diagnostics = document.diagnostics
        if let root = document.root { body(root, &reader) }
        return reader.diagnostics
    }
}
