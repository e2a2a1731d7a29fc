import Foundation
import Figures
import Graphics
import PlanCore

/// The teacher sheet, to teach from: header, timeline with totals and warnings, notes, then
/// each exercise with its diagram, dose, two or three key cues and the main mistake, and
/// each block with its cue and palpation tricks. About one page for six exercises; the
/// complete write-up is the reference's.
public enum TeacherSheet {
    /// The cues an exercise shows: enough to teach from, few enough to read mid-class.
    static let cuesShown = 3
    /// Three cues longer than this, in characters, are more than a glance takes in: two go.
    static let longCues = 240
    /// The diagram's share of the width: big enough to read the pose across a mat.
    static let figureShare = 0.21
    /// The tallest a diagram may be, in points: a standing pose gets narrower, its row no taller.
    static let figureHeight = 74.0
    /// The space kept around a diagram's ink, in the diagram's own units.
    static let figureMargin = 8.0
    /// The timeline's cell padding: rows close enough that a 45-minute class fits a page.
    static let timelinePadding = 1.75
    /// A tip's picture, in points: a reminder of what the trick looks like, no more.
    static let tipPictureWidth = 78.0

    /// The sheet's content for `input`.
    public static func document(_ input: HandoutInput) -> HandoutDocument {
        var blocks = front(input)
        let sections = input.sections
        let otherRuns = HandoutInput.runsAfterBlocks(sections)
        for section in sections {
            var sectionBlocks = sectionBlocks(section, input)
            if otherRuns.contains(section.index) {
                // After the space that opens the section, as a block's name would be.
                sectionBlocks.insert(.heading(Heading(level: 2, text: HandoutInput.otherExercisesHeading)),
                                     at: min(1, sectionBlocks.count))
            }
            blocks += sectionBlocks
        }
        return HandoutDocument(kind: .teacher, metadata: Metadata.pdf(for: input, kind: .teacher),
                               footer: "\(input.plan.title) · teacher sheet", blocks: blocks)
    }

    /// What the teacher sheet and the reference open with: title, byline, the class's facts,
    /// the timeline with its totals, warnings, and the teacher's notes.
    static func front(_ input: HandoutInput) -> [FlowBlock] {
        let t = input.theme
        let plan = input.plan
        var blocks: [FlowBlock] = [.heading(Heading(level: 1, text: plan.title))]

        let byline = [plan.date.map(Wording.date), plan.teacher, plan.studio].compactMap { $0 }
        if !byline.isEmpty {
            blocks.append(.paragraph(Paragraph([TextRun(byline.joined(separator: "  ·  "))], style: t.lead)))
        }
        var facts: [TextRun] = []
        func fact(_ label: String, _ value: String?) {
            guard let value else { return }
            if !facts.isEmpty { facts.append(TextRun("    ")) }
            facts += [TextRun(label + " ", color: t.muted), .bold(value)]
        }
        fact("Class length", plan.length?.spoken)
        fact("Level", plan.level?.rawValue)
        fact("Focus", plan.focus)
        if !facts.isEmpty { blocks.append(.paragraph(Paragraph(facts, style: t.body))) }

        blocks.append(.space(t.sectionGap))
        blocks.append(.heading(Heading(level: 2, text: "Timeline")))
        blocks.append(.table(timeline(input)))
        blocks.append(.paragraph(Paragraph(totals(input.sequence, t), style: t.body)))

        if !input.sequence.warnings.isEmpty {
            blocks.append(.box(Box(title: "Check before class",
                                   body: input.sequence.warnings.map { w in
                                       Paragraph([TextRun(sentence(w.message))] + (w.hint.map { [TextRun(" " + sentence($0), color: t.muted)] } ?? []),
                                                 style: t.body)
                                   }, tint: t.warnTint)))
        }
        if let notes = plan.notes, !notes.isEmpty {
            blocks.append(.box(Box(title: "Notes", body: paragraphs(notes, t.body), tint: t.noteTint)))
        }
        return blocks
    }

    /// The timeline table: a row per exercise side and per transition, linked to the
    /// exercise's section.
    static func timeline(_ input: HandoutInput) -> Table {
        let sections = input.sections
        let rows = input.sequence.items.map { item -> Table.Row in
            let section = sections[item.planIndex]
            if item.kind == .transition {
                return Table.Row([item.start.clock, Wording.transition(item), item.sideShort ?? "",
                                  item.duration.clock, ""], muted: true)
            }
            var name = item.exercise.name
            if let reps = item.reps { name += " × \(reps)" }
            if let block = section.block { name = "\(block.name) › \(name)" }
            // Which rows students take home, when the plan chooses: the whole class otherwise.
            if section.item.home { name += " · home" }
            return Table.Row([item.start.clock, name, item.sideShort ?? "", item.duration.clock,
                              Wording.positionCell(item.position)],
                             link: section.anchorName(item.exercise))
        }
        return Table(columns: [
            .init("Start", weight: 0.09, alignment: .right),
            .init("Exercise", weight: 0.49),
            .init("Side", weight: 0.13, alignment: .center),
            .init("Time", weight: 0.09, alignment: .right),
            .init("Position", weight: 0.20),
        ], rows: rows, style: input.theme.table, padding: timelinePadding)
    }

    /// The totals line: total, work, transitions, each side, against the length.
    static func totals(_ seq: ClassSequence, _ t: Theme) -> [TextRun] {
        var runs: [TextRun] = [.bold("Total \(seq.total.clock)"),
                               TextRun("   work \(seq.work.clock) · transitions \(seq.transitions.clock)")]
        let right = seq.work(on: .right), left = seq.work(on: .left)
        if right > .zero || left > .zero {
            runs.append(TextRun(" · right side \(right.clock) · left side \(left.clock)"))
        }
        if let length = seq.plan.length {
            runs.append(TextRun("   (planned \(length.clock))", color: t.muted))
        }
        return runs
    }

    /// A block's or single exercise's section: the block's name, the plan's note, the
    /// block's cues and palpation tricks with their pictures, then its exercises.
    static func sectionBlocks(_ section: HandoutInput.Section, _ input: HandoutInput) -> [FlowBlock] {
        let t = input.theme
        var out: [FlowBlock] = [.space(t.sectionGap)]
        guard let block = section.block else {
            guard let exercise = section.exercises.first else { return [] }
            return out + [exerciseBlock(exercise, section, input, depth: 0)]
        }
        out.append(.heading(Heading(level: 2, text: block.name,
                                    anchor: Anchor(name: section.anchorName(), title: block.name, depth: 0))))
        if let note = section.item.note { out.append(noteBox(note, t)) }
        for cue in block.cues { out.append(tipBox(cue, input, tint: t.cueTint, pictureWidth: tipPictureWidth)) }
        if let mistake = block.mistakes.first {
            out.append(.paragraph(Paragraph([.bold("Watch for  "), TextRun(mistake)], style: t.body)))
        }
        if !block.palpation.isEmpty {
            out.append(.keepTogether([.heading(Heading(level: 3, text: "If they can't feel it")),
                                      tipBox(block.palpation[0], input, tint: t.noteTint, pictureWidth: tipPictureWidth)]))
            out += block.palpation.dropFirst().map { tipBox($0, input, tint: t.noteTint, pictureWidth: tipPictureWidth) }
        }
        for exercise in section.exercises {
            out.append(exerciseBlock(exercise, section, input, depth: 1))
        }
        return out
    }

    /// One exercise, kept whole: beside its diagram its name, dose, key cues and the main
    /// mistake.
    static func exerciseBlock(_ e: Exercise, _ section: HandoutInput.Section, _ input: HandoutInput,
                              depth: Int) -> FlowBlock {
        let t = input.theme
        // A lone exercise is a section of its own (level 2) but looks like the exercises of a
        // block: its name beside its diagram.
        let heading = Heading(level: depth == 0 ? 2 : 3, text: e.name,
                              anchor: Anchor(name: section.anchorName(e), title: e.name, depth: depth),
                              style: t.heading(3))
        var out: [FlowBlock] = []
        if section.block == nil, let note = section.item.note { out.append(noteBox(note, t)) }

        // The diagram shows the position; where to feel it is what a teacher asks about.
        var dose: [TextRun] = [.bold(Wording.dose(of: e.id, in: section))]
        if !e.feel.isEmpty { dose.append(TextRun("  ·  feel it: \(e.feel.joined(separator: "; "))", color: t.muted)) }
        var side = [Paragraph(dose, style: t.body)]
        side += keyCues(e).map { Paragraph([TextRun("•  ", color: t.accent), TextRun($0)], style: t.body) }
        if let mistake = e.mistakes.first {
            side.append(Paragraph([.bold("Watch for  "), TextRun(mistake)], style: t.body))
        }
        // Fitted to its ink, so the pose fills the small frame instead of a margin of mat.
        guard let scene = input.figures.scene(for: e, fit: FigureFit(margin: figureMargin)) else {
            return .keepTogether(out + [.heading(heading)] + side.map { .paragraph($0) })
        }
        out.append(.figure(FigureBlock(scene: scene, alt: FigureAltText.text(for: e),
                                       widthShare: figureShare,
                                       side: side, caption: nil, maxHeight: figureHeight,
                                       paragraphGap: 1.5, spaceBefore: 4, spaceAfter: 5, heading: heading)))
        return out.count == 1 ? out[0] : .keepTogether(out)
    }

    /// The cues to teach from: the first three, or two when three would run long.
    static func keyCues(_ e: Exercise) -> [String] {
        let three = Array(e.cues.prefix(cuesShown))
        return three.reduce(0) { $0 + $1.count } > longCues ? Array(three.prefix(2)) : three
    }
}
