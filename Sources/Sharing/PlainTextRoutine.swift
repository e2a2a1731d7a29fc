import Foundation
import PlanCore

/// The routine as Markdown that reads just as well as plain text, for an email or a
/// messaging app: the daily dose, the steps with times and sides, each exercise's dose and
/// key cue, and the link.
public struct PlainTextRoutine: Sendable, Equatable {
    /// The routine to write.
    public var routine: StudentRoutine
    /// The file name of each exercise's phone card beside the text, by entry number: each
    /// is shown as an image with its alt text. Empty for text on its own.
    public var cards: [Int: String]

    /// The text version of `routine`, with the phone cards named in `cards`.
    public init(routine: StudentRoutine, cards: [Int: String] = [:]) {
        self.routine = routine
        self.cards = cards
    }

    /// The Markdown text, ending with a newline.
    public var markdown: String {
        var out: [String] = ["# " + Self.lineStart(routine.title), ""]
        if let byline = PackWords.byline(routine) { out += [Self.lineStart(byline), ""] }
        if let message = routine.message.flatMap(StudentRoutine.nonBlank) {
            out += ["> " + Self.lineStart(message), ""]
        }
        out += ["## " + PackWords.dailyHeading, "", routine.dailyDose, ""]

        out += ["## " + PackWords.routineHeading, ""]
        for step in routine.steps {
            // No code spans: an email shows their backticks as they are.
            out.append("- \(step.start.clock)  " + Self.inline(stepLine(step)))
        }
        out.append("")
        out += [PackWords.totalLine(routine), ""]

        out += ["## The exercises", ""]
        for entry in routine.exercises {
            out.append("\(entry.number). **\(Self.inline(entry.name))**: \(entry.dose)")
            if let setup = entry.setup { out.append("   \(PackWords.setupLabel): \(Self.inline(setup))") }
            if let movement = entry.movement { out.append("   \(PackWords.howLabel): \(Self.inline(movement))") }
            if let cue = entry.keyCue { out.append("   \(PackWords.keyCueLabel): \(Self.inline(cue))") }
            if let feel = entry.feel { out.append("   \(PackWords.feelLabel): \(Self.inline(feel))") }
            if let mistake = entry.mistake { out.append("   \(PackWords.mistakeLabel): \(Self.inline(mistake))") }
            if let card = cards[entry.number] {
                out.append("   ![\(Self.inline(PackFigures.altText(for: entry)))](\(card))")
            }
        }
        out.append("")

        // The blocks' cues, the mistakes they warn of, then the tricks: the handout's order.
        let cues = routine.blocks.flatMap(\.cues), tricks = routine.blocks.flatMap(\.palpation)
        let mistakes = routine.blocks.flatMap(\.mistakes)
        if !cues.isEmpty || !mistakes.isEmpty || !tricks.isEmpty {
            func line(_ tip: Tip) -> String {
                "- " + (StudentRoutine.nonBlank(tip.title).map { "**\(Self.inline($0))**: " } ?? "") + Self.inline(tip.text)
            }
            out += ["## " + PackWords.tipsHeading, ""]
            out += cues.map(line)
            if !mistakes.isEmpty {
                out.append("- **\(PackWords.mistakesHeading)**: " + mistakes.map(Self.inline).joined(separator: " "))
            }
            out += tricks.map(line)
            out.append("")
        }

        out += [PackWords.gentle, ""]
        if let link = routine.link.flatMap(StudentRoutine.nonBlank) {
            out += ["Class page: <\(Self.autolink(link))>", ""]
        }
        return out.joined(separator: "\n")
    }

    /// The plain description a calendar event carries: the dose, the steps, the cues, the link.
    public var calendarDescription: String {
        var out: [String] = [routine.dailyDose, ""]
        for step in routine.steps {
            out.append("\(step.start.clock) " + Self.oneLine(stepLine(step)))
        }
        out.append(PackWords.totalLine(routine))
        let cues = routine.exercises.compactMap { entry in
            entry.keyCue.map { "\(Self.oneLine(entry.name)): \(Self.oneLine($0))" }
        }
        if !cues.isEmpty { out += ["", PackWords.keyCueLabel + ":"] + cues }
        if let link = routine.link.flatMap(StudentRoutine.nonBlank) {
            out += ["", Self.oneLine(link)]
        }
        return out.joined(separator: "\n")
    }

    /// `Hip rotation, feet lifted, right leg working, lying on your left side, 1 minute`; a
    /// move says how long it takes.
    func stepLine(_ step: StudentRoutine.Step) -> String {
        if step.isMove { return step.text + " (\(step.duration.spokenExactly))" }
        var parts = [step.text]
        if let side = PackWords.side(of: step) { parts.append(side) }
        parts.append(PackWords.amount(step))
        return parts.joined(separator: ", ")
    }

    /// Teacher text on one line: line breaks become spaces, so a cue stays in its list item.
    static func oneLine(_ text: String) -> String {
        text.split(whereSeparator: \.isNewline).map { $0.trimmingCharacters(in: .whitespaces) }
            .filter { !$0.isEmpty }.joined(separator: " ")
    }

    /// Teacher text made inert in Markdown, on one line: the characters that would start
    /// raw HTML, emphasis, code, a link, a table cell or strikethrough get a backslash,
    /// which CommonMark drops when it renders and which plain-text readers rarely meet in
    /// prose. A `&` gets one only where it could start an entity (`&amp;`), and a `#` only
    /// where a heading's closing run could eat it.
    static func inline(_ text: String) -> String {
        var out = ""
        let chars = Array(oneLine(text))
        for (i, ch) in chars.enumerated() {
            let next = i + 1 < chars.count ? chars[i + 1] : nil
            let previous = i > 0 ? chars[i - 1] : nil
            if "\\`*_[]<>|~".contains(ch)
                || (ch == "&" && (next.map { $0.isLetter || $0 == "#" } ?? false))
                || (ch == "#" && (previous == nil || previous == " ")) {
                out.append("\\")
            }
            out.append(ch)
        }
        return out
    }

    /// Teacher text that begins a line (a heading, the byline, a quote): as `inline`, and
    /// a start that Markdown would read as a list item, quote, heading or fence
    /// (`- `, `+ `, `1. `, `2) `, `#`, `=`) gets a backslash too.
    static func lineStart(_ text: String) -> String {
        let body = inline(text)
        guard let first = body.first else { return body }
        if "-+=".contains(first) { return "\\" + body }
        let digits = body.prefix(while: \.isASCII).prefix(while: \.isNumber)
        if !digits.isEmpty, digits.count <= 9 {
            let rest = body.dropFirst(digits.count)
            if let mark = rest.first, mark == "." || mark == ")" {
                return digits + "\\" + rest
            }
        }
        return body
    }

    /// A link as the inside of an autolink `<...>`, where backslashes are not escapes but
    /// part of the address: it is written as it is, with only what would end the autolink
    /// (spaces, `<`, `>`) and control characters percent-encoded.
    static func autolink(_ link: String) -> String {
        var out = ""
        for scalar in oneLine(link).unicodeScalars {
            if scalar == " " || scalar == "<" || scalar == ">" || scalar.properties.generalCategory == .control {
                for byte in String(scalar).utf8 { out += String(format: "%%%02X", byte) }
            } else {
                out.unicodeScalars.append(scalar)
            }
        }
        return out
    }
}
