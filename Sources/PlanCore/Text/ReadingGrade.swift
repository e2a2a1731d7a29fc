/// How hard a text is to read, as a US school grade: the Flesch-Kincaid grade level,
/// 0.39 × words per sentence + 11.8 × syllables per word − 15.59. A student handout should
/// read at grade 8 or below (grade 6 is the aim); above grade 10 is hard going for many adults.
public struct ReadingGrade: Sendable, Hashable {
    /// The sentences read.
    public var sentences: Int
    /// The words read.
    public var words: Int
    /// Their syllables, as `Syllables.count` hears them.
    public var syllables: Int

    /// The grade of `text`, read as one or more sentences.
    public init(_ text: String) {
        let split = Self.sentences(in: text)
        sentences = split.count
        let tokens = split.flatMap(Self.words(in:))
        words = tokens.count
        syllables = tokens.reduce(0) { $0 + Syllables.count($1) }
    }

    /// The Flesch-Kincaid grade; 0 for a text without words.
    public var grade: Double {
        guard words > 0, sentences > 0 else { return 0 }
        return 0.39 * Double(words) / Double(sentences) + 11.8 * Double(syllables) / Double(words) - 15.59
    }

    /// The grade a handout's text should stay at or below.
    public static let handoutLimit = 8.0
    /// The grade the built-in library aims for.
    public static let aim = 6.0
    /// The grade above which `check` warns about a teacher's text for students.
    public static let warningLimit = 10.0
    /// Sentences shorter than this many words are not graded alone: one long word decides
    /// their grade (`The exercises` reads at grade 15, `Rest.` at grade −2).
    public static let shortestGraded = 5

    /// The sentences of `text`: split after `.`, `!` or `?` followed by a space or the end,
    /// and at line breaks (a list written one item a line). Empty pieces are dropped.
    public static func sentences(in text: String) -> [String] {
        var out: [String] = []
        var current = ""
        let chars = Array(text)
        for (i, ch) in chars.enumerated() {
            if ch.isNewline {
                out.append(current)
                current = ""
                continue
            }
            current.append(ch)
            let next = i + 1 < chars.count ? chars[i + 1] : " "
            // A full stop inside a number (1.5) or an abbreviation (e.g.) is no end.
            if ".!?".contains(ch), next.isWhitespace || next == "\"" || next == ")" {
                out.append(current)
                current = ""
            }
        }
        out.append(current)
        return out.map { $0.trimmingCharacters() }.filter { !words(in: $0).isEmpty }
    }

    /// The words of `text`: runs of letters and digits, with the apostrophes and hyphens
    /// inside them (`don't`, `side-lying` are one word each).
    public static func words(in text: String) -> [String] {
        var out: [String] = []
        var current = ""
        for ch in text {
            if ch.isLetter || ch.isNumber || ((ch == "'" || ch == "’" || ch == "-") && !current.isEmpty) {
                current.append(ch)
            } else if !current.isEmpty {
                out.append(current)
                current = ""
            }
        }
        if !current.isEmpty { out.append(current) }
        return out.map { String($0.reversed().drop { $0 == "-" || $0 == "'" || $0 == "’" }.reversed()) }
            .filter { !$0.isEmpty }
    }
}

extension String {
    /// The string without spaces and line breaks at either end (PlanCore has no Foundation).
    func trimmingCharacters() -> String {
        String(drop(while: \.isWhitespace).reversed().drop(while: \.isWhitespace).reversed())
    }
}
