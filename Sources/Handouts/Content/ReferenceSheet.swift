import Foundation
import Figures
import Graphics
import PlanCore

/// The reference: the complete write-up of the class for preparing it. The teacher sheet's
/// header, timeline and notes, then every block and exercise with its diagram, set-up, every
/// cue, mistakes, cautions, easier and harder variations, targets and the palpation tricks,
/// with an outline entry and a timeline link for each.
public enum ReferenceSheet {
    /// The reference's content for `input`.
    public static func document(_ input: HandoutInput) -> HandoutDocument {
        var blocks = TeacherSheet.front(input)
        for section in input.sections {
            blocks += sectionBlocks(section, input)
        }
        return HandoutDocument(kind: .reference, metadata: Metadata.pdf(for: input, kind: .reference),
                               footer: "\(input.plan.title) · reference", blocks: blocks)
    }

    /// A block's or single exercise's section.
    static func sectionBlocks(_ section: HandoutInput.Section, _ input: HandoutInput) -> [FlowBlock] {
        let t = input.theme
        var out: [FlowBlock] = [.space(t.sectionGap)]
        if let block = section.block {
            out.append(.heading(Heading(level: 2, text: block.name,
                                        anchor: Anchor(name: section.anchorName(), title: block.name, depth: 0))))
            if let note = section.item.note { out.append(noteBox(note, t)) }
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
        if section.block == nil, let note = section.item.note { out.append(noteBox(note, t)) }

        var side: [Paragraph] = [
            Paragraph([.bold(Wording.dose(of: e.id, in: section)),
                       TextRun("  ·  \(Wording.position(e.position))", color: t.muted)], style: t.body),
        ]
        if !e.summary.isEmpty { side.append(Paragraph([TextRun(e.summary)], style: t.body)) }
        if !e.targets.isEmpty {
            side.append(Paragraph([.bold("Targets  "), TextRun(e.targets.joined(separator: ", "))], style: t.body))
        }
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
}
