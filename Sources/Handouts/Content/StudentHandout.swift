import Foundation
import Figures
import Graphics
import PlanCore

/// The student handout: warm and plain. Why the practice matters, each exercise with its
/// diagram, key cue, dose, where to feel it and the mistake to avoid, the block's cue and
/// palpation tricks with their pictures, a practice tracker, and the share link. No teacher
/// notes.
public enum StudentHandout {
    /// Tracker length when the plan's `share:` doesn't set one: four weeks.
    public static let defaultPracticeDays = 28
    /// The most reasons a handout gives for the practice: more than five reads as a lecture.
    static let mostWhyPoints = 5
    /// The tracker's share of the width beside the QR code: room for a box per side each day.
    static let trackerShare = 0.72
    /// An exercise's diagram, as a share of the width, and a tip's picture, in points: big
    /// enough to copy the pose from, small enough that the hip series fits two pages.
    static let figureShare = 0.32
    /// The diagrams' share when a handout a little over its pages is drawn again to fit
    /// one page fewer (see `HandoutRenderer.files`).
    static let closeFigureShare = 0.25
    /// The most sentences the routine's order line holds: two sides and a few moves.
    static let mostOrderSentences = 12
    static let tipPictureWidth = 78.0

    /// The handout's content for `input`: its home practice, not the whole class.
    public static func document(_ input: HandoutInput, close: Bool = false) -> HandoutDocument {
        var input = input.homeInput
        if input.largePrint { input = LargePrint.input(input) }
        let t = input.theme
        let plan = input.plan
        let sections = input.sections
        let blocksUsed = uniqueBlocks(sections)
        var out: [FlowBlock] = [.heading(Heading(level: 1, text: plan.title))]

        let from = [plan.teacher, plan.studio].compactMap { $0 }
        var byline = "Your home practice"
        if !from.isEmpty { byline += " from \(from.joined(separator: ", "))" }
        if let date = plan.date { byline += " · \(Wording.date(date))" }
        out.append(.paragraph(Paragraph([TextRun(byline, color: t.muted)], style: t.body)))
        if let message = plan.share?.message {
            out.append(.paragraph(Paragraph([TextRun(message)], style: t.lead)))
        }

        out.append(.box(Box(title: "Your routine", body: routineSummary(input), tint: t.cueTint)))

        let why = whyPoints(blocksUsed)
        if !why.isEmpty {
            out.append(.space(t.paragraphGap))
            out.append(.bullets(BulletList(label: "Why it's worth it", items: why.map { [TextRun($0)] }, style: t.body)))
        }
        for block in blocksUsed where !block.setup.isEmpty {
            out.append(.bullets(BulletList(label: blocksUsed.count > 1 ? "Getting set: \(block.name)" : "Getting set",
                                           items: block.setup.map { [TextRun($0)] }, style: t.body)))
        }

        out.append(.space(t.sectionGap))
        out.append(.heading(Heading(level: 2, text: "The exercises")))
        if input.largePrint { out.append(LargePrint.howToReadThePictures(t)) }
        var seen = Set<String>()
        var cuesShown = Set<String>()
        let numbers = exerciseNumbers(sections)
        for section in sections {
            for e in section.exercises where seen.insert(e.id).inserted {
                let number = numbers[e.id] ?? 0
                // Each exercise shows its key cue; when an earlier exercise already showed
                // that one (a series sharing its main cue), its next cue says something new.
                let cue = e.cues.first { !cuesShown.contains($0) } ?? e.keyCue
                if let cue { cuesShown.insert(cue) }
                out.append(input.largePrint ? LargePrint.exercise(e, cue: cue, number: number, section: section, input)
                                            : exercise(e, cue: cue, number: number, section: section,
                                                       figureShare: close ? closeFigureShare : figureShare, input))
            }
        }

        let cues = blocksUsed.flatMap(\.cues)
        if !cues.isEmpty {
            out.append(.space(t.sectionGap))
            out.append(.keepTogether([.heading(Heading(level: 2, text: cues.count == 1 ? "The cue to remember" : "Keep in mind")),
                                      tip(cues[0], input, tint: t.cueTint)]))
            out += cues.dropFirst().map { tip($0, input, tint: t.cueTint) }
        }
        let avoid = blocksUsed.flatMap(\.mistakes)
        if !avoid.isEmpty {
            out.append(.box(Box(title: avoid.count == 1 ? "The mistake to avoid" : "Mistakes to avoid",
                                body: avoid.map { Paragraph([TextRun($0)], style: t.body) }, tint: t.warnTint)))
        }
        let tricks = blocksUsed.flatMap(\.palpation)
        if !tricks.isEmpty {
            out.append(.space(t.sectionGap))
            out.append(.keepTogether([.heading(Heading(level: 2, text: "Can't feel it yet? Try these")),
                                      tip(tricks[0], input, tint: t.cueTint)]))
            out += tricks.dropFirst().map { tip($0, input, tint: t.cueTint) }
        }

        let days = plan.share?.practiceDays ?? defaultPracticeDays
        let sided = input.sequence.items.contains { $0.side != nil }
        // The tracker and the QR code side by side, kept with their heading: together they
        // fit under the last exercises rather than on a page of their own.
        let tracker = FlowBlock.tracker(Tracker(days: days, marks: sided ? ["R", "L"] : [""]))
        let practice: FlowBlock
        if let link = plan.share?.link {
            let qr = FlowBlock.qrCode(QRBlock(link: link, caption: "Scan to open the class page"))
            // Large print needs the width for its boxes: the QR code goes under them.
            practice = input.largePrint ? .keepTogether([tracker, .space(t.paragraphGap), qr])
                : .row(Row([(tracker, trackerShare), (qr, 1 - trackerShare)], gap: t.sectionGap))
        } else {
            practice = tracker
        }
        out.append(.space(t.paragraphGap))
        out.append(.keepTogether([
            .heading(Heading(level: 2, text: "Tick it off")),
            .paragraph(Paragraph([TextRun(sided ? "One box for each side, every day you practise." : "One box for every day you practise.")], style: t.body)),
            practice,
        ]))
        return HandoutDocument(kind: .student, metadata: Metadata.pdf(for: input, kind: .student),
                               footer: "\(plan.title) · home practice", blocks: out,
                               theme: input.largePrint ? t : nil)
    }

    /// A tip in its box; in large print, its picture under the box at full size.
    static func tip(_ tip: Tip, _ input: HandoutInput, tint: Color) -> FlowBlock {
        input.largePrint ? LargePrint.tip(tip, input, tint: tint) : tipBox(tip, input, tint: tint, pictureWidth: tipPictureWidth)
    }

    /// The "why" points of the blocks a student practises: each said once, the first
    /// `mostWhyPoints` of them. Blocks that share a reason (two hip blocks) say it once.
    static func whyPoints(_ blocks: [Block]) -> [String] {
        var seen = Set<String>()
        let points = blocks.flatMap(\.purpose).filter {
            seen.insert($0.lowercased().split(whereSeparator: { !$0.isLetter && !$0.isNumber }).joined(separator: " ")).inserted
        }
        return Array(points.prefix(mostWhyPoints))
    }

    /// The blocks the plan uses, each once, in order.
    static func uniqueBlocks(_ sections: [HandoutInput.Section]) -> [Block] {
        var seen = Set<String>()
        return sections.compactMap(\.block).filter { seen.insert($0.id).inserted }
    }

    /// What to do and how long it takes, in two short lines.
    static func routineSummary(_ input: HandoutInput) -> [Paragraph] {
        let t = input.theme
        let seq = input.sequence
        let exercises = Set(seq.items.filter { $0.kind == .exercise }.map(\.exercise.id)).count
        let sided = seq.items.contains { $0.side != nil }
        let practice = uniqueBlocks(input.sections).compactMap(\.practice).first
        var lines = [Paragraph([.bold("\(exercises) exercise\(exercises == 1 ? "" : "s")\(sided ? ", both sides" : "")"),
                                TextRun(" · \(seq.total.spokenRoughly) in all")], style: t.lead)]
        if let order = routineOrder(seq, numbers: exerciseNumbers(input.sections)) {
            lines.append(Paragraph([TextRun(order)], style: t.body))
        }
        if let practice {
            lines.append(Paragraph([TextRun("Practise \(practice).")], style: t.body))
        }
        return lines
    }

    /// `Set up` and `How` for an exercise whose block gives no "Getting set" (see
    /// `Exercise.howTo(under:)`); none for the others.
    static func howTo(_ e: Exercise, _ section: HandoutInput.Section, _ t: Theme) -> [Paragraph] {
        guard let how = e.howTo(under: section.block) else { return [] }
        var out: [Paragraph] = []
        if let setup = how.setup { out.append(Paragraph([.bold("Set up  "), TextRun(setup)], style: t.body)) }
        if let movement = how.movement { out.append(Paragraph([.bold("How  "), TextRun(movement)], style: t.body)) }
        return out
    }

    /// Each exercise's number on the handout: the order the exercises are first done in.
    static func exerciseNumbers(_ sections: [HandoutInput.Section]) -> [String: Int] {
        var numbers: [String: Int] = [:]
        for section in sections {
            for e in section.exercises where numbers[e.id] == nil { numbers[e.id] = numbers.count + 1 }
        }
        return numbers
    }

    /// The routine's order by the exercises' numbers, side by side, with the moves between
    /// them, when it has sides: `Right leg working, lying on your left side: 1, 2, 3. Roll
    /// over. Left leg working, lying on your right side: 1, 2, 3. Lie on your back. Right
    /// side: 4. Left side: 4.` Nil when nothing has a side: the numbers alone are the order
    /// then.
    static func routineOrder(_ seq: ClassSequence, numbers: [String: Int]) -> String? {
        guard seq.items.contains(where: { $0.side != nil }) else { return nil }
        var sentences: [String] = []
        // The exercises done one after another on one side (nil: no side).
        var run: (side: String?, numbers: [Int])?
        func close() {
            guard let done = run, !done.numbers.isEmpty else { return }
            let list = done.numbers.map(String.init).joined(separator: ", ")
            sentences.append(done.side.map { $0 + ": " + list } ?? (sentences.isEmpty ? "First " : "Then ") + list)
            run = nil
        }
        var previous: TimelineItem?
        for item in seq.items {
            if item.kind == .transition {
                close()
                sentences.append(Wording.studentMove(item.move, to: item.position))
                previous = nil
                continue
            }
            // A move the plan gives no time (`turn-over: 0s`) has no row of its own.
            if let before = previous,
               let move = Timeline.move(from: (before.position, before.lyingSide), to: (item.position, item.lyingSide)) {
                close()
                sentences.append(Wording.studentMove(move, to: item.position))
            }
            previous = item
            if let current = run, current.side != item.sideSpoken { close() }
            if run == nil { run = (item.sideSpoken, []) }
            if let number = numbers[item.exercise.id], run?.numbers.last != number { run?.numbers.append(number) }
        }
        close()
        // Past a few turns the line is no help at a glance: the numbered list says the rest.
        guard sentences.count <= mostOrderSentences else { return nil }
        return sentences.map(sentence).joined(separator: " ")
    }

    /// One exercise: number and name, diagram, dose, its cue, where to feel it, what to avoid.
    static func exercise(_ e: Exercise, cue: String?, number: Int, section: HandoutInput.Section,
                         figureShare: Double = figureShare, _ input: HandoutInput) -> FlowBlock {
        let t = input.theme
        var side: [Paragraph] = [
            Paragraph([.bold(Wording.spokenDose(of: e.id, in: section)),
                       TextRun(", \(Wording.position(e.position))", color: t.muted)], style: t.body),
        ]
        side += howTo(e, section, t)
        if let cue { side.append(Paragraph([.bold("Do  "), TextRun(cue)], style: t.body)) }
        if !e.feel.isEmpty { side.append(Paragraph([.bold("Feel it  "), TextRun(e.feel.joined(separator: "; "))], style: t.body)) }
        if let mistake = e.mistakes.first { side.append(Paragraph([.bold("Avoid  "), TextRun(mistake)], style: t.body)) }
        let heading = FlowBlock.heading(Heading(level: 3, text: "\(number). \(e.name)"))
        if let scene = input.figures.scene(for: e) {
            return .keepTogether([heading, .figure(FigureBlock(scene: scene, alt: FigureAltText.text(for: e), widthShare: figureShare, side: side, caption: nil, paragraphGap: 2.5))])
        }
        return .keepTogether([heading] + side.map { .paragraph($0) })
    }
}
