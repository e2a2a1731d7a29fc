import Figures
import Graphics
import PlanCore

/// The large-print student handout: the same content laid out again, not scaled. Body text
/// at 16 points and nothing smaller, each diagram at least 80 mm wide above its text rather
/// than beside it, the tips' pictures at that size under their boxes, and in words what the
/// pictures show by tone and shade (the pale start, the solid end, the shaded muscles).
enum LargePrint {
    /// The share of the column a diagram takes: wide, with room left so it reads as a picture.
    static let pictureShare = 0.8

    /// `input` with the large-print look and unlabelled diagrams.
    static func input(_ input: HandoutInput) -> HandoutInput {
        var input = input
        input.theme = .largePrint
        input.figures = input.largePrintFigures
        return input
    }

    /// Said once before the exercises: how to read the pictures without telling tones apart.
    static func howToReadThePictures(_ t: Theme) -> FlowBlock {
        .paragraph(Paragraph([.bold("The pictures  "),
                              TextRun("In each picture, a dashed outline shows where you start. The solid body shows where you end, and the arrow shows the way you move. Shading marks where you feel the work. The words under the picture name the place.")],
                             style: t.body))
    }

    /// One exercise: heading, the diagram across most of the column with the shaded place in
    /// words under it, then the dose, the cue, where to feel it and what to avoid.
    static func exercise(_ e: Exercise, cue: String?, number: Int, section: HandoutInput.Section,
                         _ input: HandoutInput) -> FlowBlock {
        let t = input.theme
        var text: [FlowBlock] = [
            .paragraph(Paragraph([.bold(Wording.dose(of: e.id, in: section)),
                                  TextRun(", \(Wording.position(e.position))")], style: t.body)),
        ]
        text += StudentHandout.howTo(e, section, t).map { .paragraph($0) }
        if let cue { text.append(.paragraph(Paragraph([.bold("Do  "), TextRun(cue)], style: t.body))) }
        if !e.feel.isEmpty { text.append(.paragraph(Paragraph([.bold("Feel it  "), TextRun(e.feel.joined(separator: "; "))], style: t.body))) }
        if let mistake = e.mistakes.first { text.append(.paragraph(Paragraph([.bold("Avoid  "), TextRun(mistake)], style: t.body))) }
        let heading = FlowBlock.heading(Heading(level: 3, text: "\(number). \(e.name)"))
        guard let scene = input.figures.scene(for: e) else { return .keepTogether([heading] + text) }
        // The diagram's own labels would print far below 16 points: they are said under it.
        var words: [TextRun] = []
        let marks = FigureAltText.annotations(for: e)
        if !marks.isEmpty { words += [.bold("Marked  "), TextRun(sentence(FigureAltText.list(marks)))] }
        let regions = ExerciseFigures.spec(for: e).highlight.map(FigureAltText.regionName)
        if !regions.isEmpty {
            if !words.isEmpty { words.append(TextRun("  ")) }
            words += [.bold("Shaded  "), TextRun(sentence(FigureAltText.list(regions)))]
        }
        let caption = words.isEmpty ? nil : Paragraph(words, style: t.small)
        return .keepTogether([heading, picture(scene.withoutText, alt: FigureAltText.text(for: e), caption: caption, t)] + text)
    }

    /// A tip's box with its text, and its picture under it at large-print size.
    static func tip(_ tip: Tip, _ input: HandoutInput, tint: Color) -> FlowBlock {
        let box = FlowBlock.box(Box(title: tip.title, body: [Paragraph([TextRun(tip.text)], style: input.theme.body)],
                                    tint: tint))
        guard let kind = tip.illustration, let scene = input.figures.scene(for: kind) else { return box }
        return .keepTogether([box, picture(scene.withoutText, alt: FigureAltText.text(for: kind), caption: nil, input.theme)])
    }

    /// A diagram across `pictureShare` of the column, never narrower than the theme's
    /// large-print width: a tall one may be as tall as it must be to keep that width.
    static func picture(_ scene: Scene, alt: String, caption: Paragraph?, _ t: Theme) -> FlowBlock {
        let aspect = scene.size.height / max(1, scene.size.width)
        let least = t.largePictureWidth.points
        return .figure(FigureBlock(scene: scene, alt: alt, widthShare: pictureShare, side: [], caption: caption,
                                   maxHeight: max(least * aspect, least * FragmentBuilder.tallestFigure),
                                   textGap: 0, spaceBefore: 4, spaceAfter: t.paragraphGap * 2))
    }
}
