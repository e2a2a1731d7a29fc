import Foundation
import Figures
import Graphics
import PlanCore

/// Small phrases shared by the handouts, so both say things the same way.
enum Wording {
    static let months = ["January", "February", "March", "April", "May", "June", "July",
                         "August", "September", "October", "November", "December"]

    /// `1 December 2026`.
    static func date(_ d: PlanDate) -> String { "\(d.day) \(months[d.month - 1]) \(d.year)" }

    /// How a position reads in a sentence: `lying on your side`.
    static func position(_ p: BodyPosition) -> String {
        switch p {
        case .supine: return "lying on your back"
        case .sideLying: return "lying on your side"
        case .prone: return "lying on your front"
        case .quadruped: return "on hands and knees"
        case .kneeling: return "kneeling"
        case .seated: return "sitting"
        case .standing: return "standing"
        }
    }

    /// The position as a table cell: `side-lying`.
    static func positionCell(_ p: BodyPosition) -> String { p.rawValue }

    /// What a transition row says.
    static func transition(_ item: TimelineItem) -> String {
        switch item.move {
        case .turnOver?: return "Turn over onto the other side"
        case .floorToStanding?: return item.position == .standing ? "Come up to standing" : "Come down to the mat"
        case .floorChange?, nil: return instruction(item.position)
        }
    }

    /// A move between two exercises, as short as a student needs it: `Roll over` for a
    /// turn-over, else the position to take, `Lie on your back`.
    static func studentMove(_ move: TimelineItem.Move?, to position: BodyPosition) -> String {
        move == .turnOver ? "Roll over" : instruction(position)
    }

    /// A change to a position, said as the teacher would say it: `Lie on your back`.
    static func instruction(_ p: BodyPosition) -> String {
        switch p {
        case .supine: return "Lie on your back"
        case .sideLying: return "Lie on your side"
        case .prone: return "Lie on your front"
        case .quadruped: return "Come onto hands and knees"
        case .kneeling: return "Come up to kneeling"
        case .seated: return "Sit up"
        case .standing: return "Stand up"
        }
    }

    /// The dose an exercise gets in one plan item, read off the timeline, in the teacher's
    /// short form: `1 min each side`, `10 reps each side (about 50 s)`, `2 min`.
    static func dose(of exerciseID: String, in section: HandoutInput.Section) -> String {
        guard let first = section.rows.first(where: { $0.exercise.id == exerciseID }) else { return "" }
        let sided = first.side != nil
        if let reps = first.reps {
            return "\(reps) reps\(sided ? " each side" : "") (about \(first.duration.spoken))"
        }
        return sided ? "\(first.duration.spoken) each side" : first.duration.spoken
    }

    /// The same dose as a student hears it: `1 minute each side`, `10 reps each side (about
    /// 50 seconds)`.
    static func spokenDose(of exerciseID: String, in section: HandoutInput.Section) -> String {
        guard let first = section.rows.first(where: { $0.exercise.id == exerciseID }) else { return "" }
        let sided = first.side != nil
        if let reps = first.reps {
            let time = first.duration.spokenRoughly
            return "\(reps) reps\(sided ? " each side" : "") (\(time.hasPrefix("about") ? time : "about " + time))"
        }
        return first.duration.spokenDose(eachSide: sided)
    }
}

/// Text split into paragraphs at blank lines, each in `style`. Single line breaks inside a
/// paragraph are where the teacher's editor wrapped, so they become spaces.
func paragraphs(_ text: String, _ style: TextStyle) -> [Paragraph] {
    text.components(separatedBy: "\n\n")
        .map { $0.split(whereSeparator: \.isNewline).map { $0.trimmingCharacters(in: .whitespaces) }.joined(separator: " ") }
        .map { $0.trimmingCharacters(in: .whitespacesAndNewlines) }
        .filter { !$0.isEmpty }
        .map { Paragraph([TextRun($0)], style: style) }
}

/// A message as a sentence: capital first letter, full stop at the end.
func sentence(_ s: String) -> String {
    guard let first = s.first else { return s }
    let body = first.uppercased() + s.dropFirst()
    return body.hasSuffix(".") || body.hasSuffix("?") || body.hasSuffix("!") ? body : body + "."
}

/// A cue or palpation trick in a tinted box, with its picture when it has one.
func tipBox(_ tip: Tip, _ input: HandoutInput, tint: Color, pictureWidth: Double? = nil) -> FlowBlock {
    .box(Box(title: tip.title, body: [Paragraph([TextRun(tip.text)], style: input.theme.body)],
             scene: tip.illustration.flatMap { input.figures.scene(for: $0) },
             alt: tip.illustration.map(FigureAltText.text(for:)) ?? "", tint: tint, pictureWidth: pictureWidth))
}

/// The plan's note on an item, in a box.
func noteBox(_ note: String, _ t: Theme) -> FlowBlock {
    .box(Box(title: "Note", body: paragraphs(note, t.body), tint: t.noteTint))
}
