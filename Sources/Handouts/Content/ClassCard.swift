import Foundation
import Figures
import Graphics
import PlanCore

/// The class card: the whole class on one landscape page to lay by the mat. Every row of
/// the timeline in order, as a small diagram with its start, side, name, dose and one key
/// cue; blocks as group headings; transitions as thin markers with their time; the total
/// against the planned length at the top. A long class flows on to more pages in the same
/// columns.
public enum ClassCard {
    /// The columns a page holds: four keep a row's name and cue on two or three lines.
    static let columns = 4
    /// A diagram's width: the pose still reads at arm's length from the mat.
    static let diagramWidth = Length.millimeters(19)
    /// The tallest a diagram may be: a standing pose gets narrower rather than make its row
    /// taller than its text.
    static let diagramHeight = Length.millimeters(8.5)
    static let margin = Length.millimeters(8)
    static let columnGap = Length.millimeters(4)
    /// The smallest type on the card: names are never below 8 pt.
    static let nameSize = 8.5
    static let cueSize = 7.0
    static let timeSize = 7.5
    static let titleSize = 13.0
    static let totalSize = 10.0
    /// The space under each row, in points; a class that runs just past a page gets the
    /// closer spacing when that keeps it to fewer pages (see `HandoutKind.closerDocument`).
    static let rowGap = 2.5
    static let closeRowGap = 1.0

    /// The card's content for `input`, its rows set close together when `close`.
    public static func document(_ input: HandoutInput, close: Bool = false) -> HandoutDocument {
        let t = input.theme
        let plan = input.plan
        let seq = input.sequence
        let sections = input.sections

        var total: [TextRun] = [.bold("\(seq.total.clock)")]
        if let length = plan.length { total.append(TextRun(" of \(length.clock) planned", color: t.muted)) }
        let facts = [plan.date.map(Wording.date), plan.teacher, plan.studio, plan.level.map { "\($0.rawValue) level" }]
            .compactMap { $0 }
        let titleStyle = TextStyle(family: t.bodyFamily, size: titleSize, weight: .bold, lineSpacing: 1.0, color: t.accent)
        var line = total
        if !facts.isEmpty { line.append(TextRun("    " + facts.joined(separator: " · "), color: t.muted)) }
        let masthead: [FlowBlock] = [
            .heading(Heading(level: 1, text: plan.title, style: titleStyle)),
            .paragraph(Paragraph(line, style: TextStyle(family: t.bodyFamily, size: totalSize, lineSpacing: 1.0))),
        ]

        var blocks: [FlowBlock] = []
        var cues = CuePicker()
        var lastSection: Int?
        let otherRuns = HandoutInput.runsAfterBlocks(sections)
        for item in seq.items {
            let section = sections[item.planIndex]
            if item.planIndex != lastSection, item.kind == .exercise {
                lastSection = item.planIndex
                if let block = section.block {
                    blocks.append(.heading(Heading(level: 4, text: block.name)))
                } else if otherRuns.contains(section.index) {
                    blocks.append(.heading(Heading(level: 4, text: HandoutInput.otherExercisesHeading)))
                }
            }
            if item.kind == .transition {
                blocks.append(.marker(transition(item, t)))
                continue
            }
            blocks.append(row(item, cue: cues.next(for: item.exercise), gap: close ? closeRowGap : rowGap, input))
        }
        return HandoutDocument(kind: .card, metadata: Metadata.pdf(for: input, kind: .card),
                               footer: "\(plan.title) · class card", masthead: masthead, blocks: blocks,
                               shape: PageShape(landscape: true, columns: columns, columnGap: columnGap.points,
                                                margin: margin))
    }

    /// One timeline row: the diagram with the start and side under it, and beside it the
    /// name, the dose and the cue.
    static func row(_ item: TimelineItem, cue: String?, gap: Double, _ input: HandoutInput) -> FlowBlock {
        let t = input.theme
        let name = TextStyle(family: t.bodyFamily, size: nameSize, weight: .bold, lineSpacing: 1.0)
        let small = TextStyle(family: t.bodyFamily, size: cueSize, lineSpacing: 1.0)
        var when: [TextRun] = [TextRun(item.start.clock)]
        if let side = item.side { when.append(TextRun("  " + side.letter)) }
        let time = Paragraph(when, style: TextStyle(family: t.bodyFamily, size: timeSize, weight: .bold,
                                                    lineSpacing: 1.0, color: t.accent))
        var detail: [TextRun] = [.bold(dose(item))]
        if let cue { detail.append(TextRun(" · " + cue)) }
        let side = [Paragraph([TextRun(item.exercise.name)], style: name), Paragraph(detail, style: small)]
        // Fitted to its ink so the body fills the small frame; turned round for the left side.
        let fit = FigureFit(margin: 4, labels: false, mirrored: item.side == .left)
        guard let scene = input.figures.scene(for: item.exercise, fit: fit) else {
            return .keepTogether(([time] + side).map { .paragraph($0) })
        }
        var alt = FigureAltText.text(for: item.exercise)
        if item.side == .left { alt += " Drawn turned round, for the left side." }
        return .figure(FigureBlock(scene: scene, alt: alt, widthShare: 0.3, side: side, caption: time,
                                   width: diagramWidth.points, maxHeight: diagramHeight.points, textGap: 4,
                                   paragraphGap: 1, spaceBefore: 0, spaceAfter: gap))
    }

    /// The dose of one row: `10 reps`, `1 min`, `1 min 30 s`.
    static func dose(_ item: TimelineItem) -> String {
        if let reps = item.reps { return "\(reps) reps" }
        return item.duration.spoken
    }

    /// A transition as a marker: `10:58  lie on your side  0:15`.
    static func transition(_ item: TimelineItem, _ t: Theme) -> Marker {
        let style = TextStyle(family: t.bodyFamily, size: cueSize, italic: true, lineSpacing: 1.0, color: t.muted)
        return Marker(label: [TextRun(item.start.clock), TextRun("  " + Wording.transition(item).lowercased()),
                              TextRun("  " + item.duration.clock)], style: style)
    }
}

/// Picks each row's cue so that the card says something new on every row it can: an
/// exercise's first cue not yet on the card (a series sharing its main cue shows it once; the
/// other side brings the next one), or, when all of them are, its cues in turn.
struct CuePicker {
    private var shown = Set<String>()
    private var turns: [String: Int] = [:]

    mutating func next(for exercise: Exercise) -> String? {
        let cues = exercise.cues
        guard !cues.isEmpty else { return nil }
        let turn = turns[exercise.id, default: 0]
        turns[exercise.id] = turn + 1
        let cue = cues.first { !shown.contains($0) } ?? cues[turn % cues.count]
        shown.insert(cue)
        return cue
    }
}
