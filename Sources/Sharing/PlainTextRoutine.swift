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
        var out: [String] = ["# " + Self.inline(routine.title), ""]
        if let byline = PackWords.byline(routine) { out += [Self.inline(byline), ""] }
        if let message = routine.message.flatMap(StudentRoutine.nonBlank) {
            out += ["> " + Self.inline(message), ""]
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
            if let cue = entry.keyCue { out.append("   \(PackWords.keyCueLabel): \(Self.inline(cue))") }
            if let feel = entry.feel { out.append("   \(PackWords.feelLabel): \(Self.inline(feel))") }
            if let mistake = entry.mistake { out.append("   \(PackWords.mistakeLabel): \(Self.inline(mistake))") }
            if let card = cards[entry.number] {
                out.append("   ![\(Self.inline(PackFigures.altText(for: entry)))](\(card))")
            }
        }
        out.append("")

        let tips = routine.blocks.flatMap { $0.cues + $0.palpation }
        if !tips.isEmpty {
            out += ["## " + PackWords.tipsHeading, ""]
            for tip in tips {
                let title = StudentRoutine.nonBlank(tip.title).map { "**\(Self.inline($0))**: " } ?? ""
                out.append("- " + title + Self.inline(tip.text))
            }
            out.append("")
        }

        out += [PackWords.gentle, ""]
        if let link = routine.link.flatMap(StudentRoutine.nonBlank) {
            out += ["Class page: <\(Self.inline(link))>", ""]
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
    /// raw HTML, emphasis, code or a link get a backslash, which CommonMark drops when it
    /// renders and which plain-text readers rarely meet in prose.
    static func inline(_ text: String) -> String {
        var out = ""
        for ch in oneLine(text) {
            if "\\`*_[]<>".contains(ch) { out.append("\\") }
            out.append(ch)
        }
        return out
    }
}
