import Foundation
import Figures
import Graphics
import PlanCore

/// The teacher sheet: header, timeline with totals and warnings, notes, then every block and
/// exercise with its diagram, cues, mistakes, where to feel it and the palpation tricks.
public enum TeacherSheet {
    /// The sheet's content for `input`.
    public static func document(_ input: HandoutInput) -> HandoutDocument {
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

        for section in input.sections {
            blocks += sectionBlocks(section, input)
        }
        return HandoutDocument(kind: .teacher, metadata: Metadata.pdf(for: input, kind: .teacher),
                               footer: "\(plan.title) · teacher sheet", blocks: blocks)
    }

    /// The timeline table: a row per exercise side and per transition, linked to the
    /// exercise's section.
    static func timeline(_ input: HandoutInput) -> Table {
        let sections = input.sections
        let rows = input.sequence.items.map { item -> Table.Row in
            let section = sections[item.planIndex]
            if item.kind == .transition {
                return Table.Row([item.start.clock, Wording.transition(item), item.side?.letter ?? "",
                                  item.duration.clock, ""], muted: true)
            }
            var name = item.exercise.name
            if let reps = item.reps { name += " × \(reps)" }
            if let block = section.block { name = "\(block.name) › \(name)" }
            return Table.Row([item.start.clock, name, item.side?.letter ?? "", item.duration.clock,
                              Wording.positionCell(item.position)],
                             link: section.anchorName(item.exercise))
        }
        return Table(columns: [
            .init("Start", weight: 0.09, alignment: .right),
            .init("Exercise", weight: 0.55),
            .init("Side", weight: 0.07, alignment: .center),
            .init("Time", weight: 0.09, alignment: .right),
            .init("Position", weight: 0.20),
        ], rows: rows, style: input.theme.table)
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

    /// A block's or single exercise's section.
    static func sectionBlocks(_ section: HandoutInput.Section, _ input: HandoutInput) -> [FlowBlock] {
        let t = input.theme
        var out: [FlowBlock] = [.space(t.sectionGap)]
        if let block = section.block {
            out.append(.heading(Heading(level: 2, text: block.name,
                                        anchor: Anchor(name: section.anchorName(), title: block.name, depth: 0))))
            if let note = section.item.note { out.append(noteBlock(note, t)) }
            if !block.purpose.isEmpty {
                out.append(.bullets(BulletList(label: "Why", items: block.purpose.map { [TextRun($0)] }, style: t.body)))
            }
            if !block.muscles.isEmpty {
                out.append(.paragraph(Paragraph([.bold("Muscles  "), TextRun(block.muscles.joined(separator: ", "))], style: t.body)))
            }
            if let model = block.model { out.append(.paragraph(Paragraph([.italic(model)], style: t.small))) }
            if !block.setup.isEmpty {
                out.append(.bullets(BulletList(label: "Set-up", items: block.setup.map { [TextRun($0)] }, style: t.body)))
            }
            for cue in block.cues { out.append(tipBox(cue, input, tint: t.cueTint)) }
            if !block.mistakes.isEmpty {
                out.append(.bullets(BulletList(label: "Watch for", items: block.mistakes.map { [TextRun($0)] }, style: t.body)))
            }
            if !block.palpation.isEmpty {
                out.append(.keepTogether([.heading(Heading(level: 3, text: "If they can't feel it")),
                                          tipBox(block.palpation[0], input, tint: t.noteTint)]))
                out += block.palpation.dropFirst().map { tipBox($0, input, tint: t.noteTint) }
            }
            for exercise in section.exercises {
                out += exerciseBlocks(exercise, section, input, level: 3, depth: 1)
            }
        } else if let exercise = section.exercises.first {
            out += exerciseBlocks(exercise, section, input, level: 2, depth: 0)
        }
        return out
    }

    /// One exercise: heading, diagram with the dose and where to feel it, then cues,
    /// mistakes, cautions, variants and palpation tricks.
    static func exerciseBlocks(_ e: Exercise, _ section: HandoutInput.Section, _ input: HandoutInput,
                               level: Int, depth: Int) -> [FlowBlock] {
        let t = input.theme
        var out: [FlowBlock] = [.heading(Heading(level: level, text: e.name,
                                                 anchor: Anchor(name: section.anchorName(e), title: e.name, depth: depth)))]
        if section.block == nil, let note = section.item.note { out.append(noteBlock(note, t)) }

        var side: [Paragraph] = [
            Paragraph([.bold(Wording.dose(of: e.id, in: section)),
                       TextRun("  ·  \(Wording.position(e.position))", color: t.muted)], style: t.body),
        ]
        if !e.summary.isEmpty { side.append(Paragraph([TextRun(e.summary)], style: t.body)) }
        if !e.feel.isEmpty {
            side.append(Paragraph([.bold("Feel it  "), TextRun(e.feel.joined(separator: "; "))], style: t.body))
        }
        let model = [e.layer.map { "reaches the \($0) layer" }, e.range.map { "\($0) range" }, e.sensation]
            .compactMap { $0 }
        if !model.isEmpty {
            side.append(Paragraph([.italic(sentence(model.joined(separator: "; ")))], style: t.small))
        }
        if let scene = input.figures.scene(for: e) {
            out.append(.figure(FigureBlock(scene: scene, alt: FigureAltText.text(for: e), widthShare: 0.38, side: side, caption: nil)))
        } else {
            out += side.map { .paragraph($0) }
        }
        if !e.setup.isEmpty { out.append(.bullets(BulletList(label: "Set-up", items: e.setup.map { [TextRun($0)] }, style: t.body))) }
        if !e.movement.isEmpty { out.append(.paragraph(Paragraph([.bold("Move  "), TextRun(e.movement)], style: t.body))) }
        if !e.cues.isEmpty { out.append(.bullets(BulletList(label: "Cues", items: e.cues.map { [TextRun($0)] }, style: t.body))) }
        if !e.mistakes.isEmpty { out.append(.bullets(BulletList(label: "Common mistakes", items: e.mistakes.map { [TextRun($0)] }, style: t.body))) }
        if !e.cautions.isEmpty { out.append(.bullets(BulletList(label: "Cautions", items: e.cautions.map { [TextRun($0)] }, style: t.body))) }
        var variants: [[TextRun]] = []
        variants += e.easier.map { [.bold("Easier  "), TextRun($0)] }
        variants += e.harder.map { [.bold("Harder  "), TextRun($0)] }
        if !variants.isEmpty { out.append(.bullets(BulletList(label: "Variations", items: variants, style: t.body))) }
        for tip in e.palpation { out.append(tipBox(tip, input, tint: t.noteTint)) }
        return out
    }

    static func noteBlock(_ note: String, _ t: Theme) -> FlowBlock {
        .box(Box(title: "Note", body: paragraphs(note, t.body), tint: t.noteTint))
    }

    static func tipBox(_ tip: Tip, _ input: HandoutInput, tint: Color) -> FlowBlock {
        .box(Box(title: tip.title, body: [Paragraph([TextRun(tip.text)], style: input.theme.body)],
                 scene: tip.illustration.flatMap { input.figures.scene(for: $0) },
                 alt: tip.illustration.map(FigureAltText.text(for:)) ?? "", tint: tint))
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
