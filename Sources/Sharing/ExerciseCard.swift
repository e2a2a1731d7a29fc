import Figures
import Foundation
import Graphics
import PlanCore

/// One exercise as a picture for a phone: its figure, name, dose and key cue on a portrait
/// card (1080 × 1350 pixels, the 4:5 shape photo apps and messengers show whole).
public struct ExerciseCard {
    /// The card's width in pixels.
    public static let width = 1080
    /// The card's height in pixels.
    public static let height = 1350

    /// The exercise to show.
    public var entry: StudentRoutine.Entry
    /// The routine it belongs to, for its title and the count of exercises.
    public var routine: StudentRoutine
    /// The exercise's figure; without one the text takes the room.
    public var scene: Scene?

    public init(entry: StudentRoutine.Entry, routine: StudentRoutine, scene: Scene?) {
        self.entry = entry
        self.routine = routine
        self.scene = scene
    }

    // Pango lays out at 72 dpi, so on an image a point of font size is a pixel.
    static let margin = 64.0
    static let paper = Color.hex(0xfaf8f3)
    static let ink = Color.hex(0x23211d)
    static let muted = Color.hex(0x5b574f)
    static let accent = Color.hex(0x2b7a69)
    static let cueBackground = Color.hex(0xfdf5e3)

    /// The card as PNG bytes; text is laid out with `typesetter`.
    public func pngData(typesetter: Typesetter) throws -> Data {
        let image = try PNGImage(width: Self.width, height: Self.height, background: Self.paper, typesetter: typesetter)
        let ctx = image.context
        let width = Double(Self.width), height = Double(Self.height), margin = Self.margin
        let column = width - 2 * margin

        // Top line: which exercise of how many, and the routine's title.
        let counter = "\(entry.number) of \(routine.exercises.count)"
        let top = try typesetter.layout([TextRun.bold(counter), TextRun("  ·  " + routine.title)],
                                        style: TextStyle(size: 30, color: Self.muted), width: column)
        let topLines = min(top.lineCount, 2)
        ctx.draw(top, at: Point(x: margin, y: margin), lines: 0..<topLines)
        var y = margin + top.height(ofLines: 0..<topLines) + 20

        let name = try fitted(entry.name, size: 64, minimum: 40, weight: .bold, color: Self.ink,
                              width: column, maxHeight: 180, typesetter: typesetter)
        ctx.draw(name.layout, at: Point(x: margin, y: y), lines: 0..<name.lines)
        y += name.layout.height(ofLines: 0..<name.lines) + 24

        // The bottom holds the dose and the cue; the figure takes what room is left.
        let dose = try typesetter.layout([TextRun(entry.dose)],
                                         style: TextStyle(size: 46, weight: .bold, color: Self.accent), width: column)
        let doseHeight = dose.height(ofLines: 0..<min(dose.lineCount, 2))
        let cuePadding = 28.0
        var cue: Fitted?
        if let text = entry.keyCue {
            cue = try fitted(text, size: 42, minimum: 26, weight: .regular, color: Self.ink,
                             width: column - 2 * cuePadding, maxHeight: 360, typesetter: typesetter)
        }
        let cueBox = cue.map { $0.layout.height(ofLines: 0..<$0.lines) + 2 * cuePadding + 44 } ?? 0
        let footer = 56.0
        let bottomBlock = doseHeight + 24 + cueBox
        let figureBottom = height - margin - footer - bottomBlock - 24
        if let scene, figureBottom - y > 120 {
            // No taller than the figure needs: a wide figure leaves the room below it empty
            // rather than floating in a tall white box.
            let needed = scene.size.width > 0 ? (column - 48) * scene.size.height / scene.size.width + 48 : column
            let frame = Rect(x: margin, y: y, width: column, height: min(figureBottom - y, max(needed, 160)))
            ctx.fill(frame, color: .white)
            try ctx.draw(scene, in: Rect(x: frame.minX + 24, y: frame.minY + 24,
                                         width: frame.width - 48, height: frame.height - 48))
            y = frame.maxY + 24
        } else {
            y = max(y, figureBottom + 24)
        }

        ctx.draw(dose, at: Point(x: margin, y: y), lines: 0..<min(dose.lineCount, 2))
        y += doseHeight + 24

        if let cue {
            let box = Rect(x: margin, y: y, width: column, height: cueBox)
            ctx.fill(box, color: Self.cueBackground)
            let label = try typesetter.layout(PackWords.keyCueLabel,
                                              style: TextStyle(size: 30, weight: .bold, color: Self.muted))
            ctx.draw(label, at: Point(x: margin + cuePadding, y: y + cuePadding))
            ctx.draw(cue.layout, at: Point(x: margin + cuePadding, y: y + cuePadding + 44), lines: 0..<cue.lines)
        }

        let period = try typesetter.layout("Every day for \(routine.practicePeriod)",
                                           style: TextStyle(size: 30, color: Self.muted), width: column)
        ctx.draw(period, at: Point(x: margin, y: height - margin - period.height(ofLines: 0..<1)), lines: 0..<1)
        return try image.pngData()
    }

    /// A paragraph laid out and how many of its lines to draw.
    struct Fitted {
        var layout: TextLayout
        var lines: Int
    }

    /// `text` at the largest size from `size` down to `minimum` whose lines all fit in
    /// `maxHeight`; at the smallest size, as many lines as fit. Text never runs past its box.
    func fitted(_ text: String, size: Double, minimum: Double, weight: TextStyle.Weight, color: Color,
                width: Double, maxHeight: Double, typesetter: Typesetter) throws -> Fitted {
        var current = size
        while true {
            let layout = try typesetter.layout(text, style: TextStyle(size: current, weight: weight,
                                                                      lineSpacing: 1.1, color: color),
                                               width: width)
            let fits = layout.linesFitting(height: maxHeight)
            if fits >= layout.lineCount || current - 2 < minimum {
                return Fitted(layout: layout, lines: max(0, min(fits, layout.lineCount)))
            }
            current -= 2
        }
    }
}
