import Figures
import Foundation
import Graphics
import Handouts
import PlanCore

/// Everything a student takes home from one class, as the files of one folder: the student
/// handout PDF, a self-contained web page, a Markdown text, a calendar reminder, a PNG card
/// per exercise and the link's QR code. All of them cover the home practice only.
public struct StudentPack {
    /// The composed class.
    public var sequence: ClassSequence
    /// The home practice composed from it: what every file of the pack is written from.
    public var home: ClassSequence
    /// The library it was composed from (for the blocks' tips and the handout).
    public var library: Library
    /// Where the figures come from.
    public var figures: any FigureProvider
    /// The program's version, written into the PDF.
    public var version: String
    /// The start of every file name that stands alone (`hip-series` gives
    /// `hip-series-student.pdf`); a plain name without folders.
    public var name: String
    /// The first day of practice: the calendar reminder starts on it.
    public var firstDay: PlanDate

    /// A pack for `sequence`, whose `home` defaults to the home practice the composer makes
    /// of it. `firstDay` is the first day of practice.
    public init(sequence: ClassSequence, home: ClassSequence? = nil, library: Library,
                figures: any FigureProvider, version: String, name: String, firstDay: PlanDate) {
        self.sequence = sequence
        self.home = home ?? Composer(library: library).home(of: sequence)
        self.library = library
        self.figures = figures
        self.version = version
        self.name = name
        self.firstDay = firstDay
    }

    /// The routine every file is written from.
    public var routine: StudentRoutine { StudentRoutine(sequence: home, library: library) }

    /// The pack's files, and anything a teacher should know about them.
    public struct Output {
        /// The files, in the order a reader meets them.
        public var files: [PackFile]
        /// Things left out or changed, one sentence each (a link too long for a QR code).
        public var warnings: [String]
    }

    /// The file names, so callers and tests agree on them.
    public enum FileName {
        /// The web page; `index.html` so the folder can be put on a web server as it is.
        public static let page = "index.html"
        /// The QR code of the link.
        public static let qrCode = "qr-code.png"
        /// The student handout.
        public static func handout(_ name: String) -> String { "\(name)-student.pdf" }
        /// The Markdown text.
        public static func text(_ name: String) -> String { "\(name).md" }
        /// The calendar reminder.
        public static func calendar(_ name: String) -> String { "\(name).ics" }
        /// The card of one exercise: `card-02-hip-rotation-feet-down.png`.
        public static func card(_ entry: StudentRoutine.Entry) -> String { "card-\(entry.slug).png" }
    }

    /// Renders every file in memory; nothing is written. Throws when drawing fails.
    public func render(typesetter: Typesetter) throws -> Output {
        let routine = self.routine
        var warnings: [String] = []
        let provider = figures
        let pictures = PackFigures(for: routine,
                                   exercise: { provider.scene(for: $0) },
                                   illustration: { provider.scene(for: $0) })

        var qrPNG: Data?
        if let link = routine.link.flatMap(StudentRoutine.nonBlank) {
            let made = try Self.qrCode(for: link)
            qrPNG = made.png
            warnings += made.warning.map { [$0] } ?? []
        }

        let input = HandoutInput(sequence: sequence, home: home, library: library, figures: figures, version: version,
                                 largePrint: home.plan.share?.largePrint ?? false)
        // The typesetter given is used for the handout too: each one loads its own fonts.
        let renderer = HandoutRenderer(paper: home.plan.paper, typesetter: typesetter)
        let handout = try renderer.files(for: input, kinds: [.student], format: .pdf, baseName: name)
        warnings += handout.warnings

        var files = handout.files.map { PackFile(name: $0.name, data: $0.data) }
        // One card per distinct exercise: a plan that repeats a block shows its exercises
        // again in the routine, but a student's phone needs each picture once.
        var carded = Set<String>()
        let cardEntries = routine.exercises.filter { carded.insert($0.exercise.id).inserted }
        let cardOf = Dictionary(cardEntries.map { ($0.exercise.id, FileName.card($0)) }, uniquingKeysWith: { first, _ in first })
        let cardNames = Dictionary(uniqueKeysWithValues: routine.exercises.map { ($0.number, cardOf[$0.exercise.id] ?? FileName.card($0)) })
        files += [
            PackFile(name: FileName.page, data: Data(HTMLPage(routine: routine, figures: pictures, qrCode: qrPNG).html.utf8)),
            PackFile(name: FileName.text(name),
                     data: Data(PlainTextRoutine(routine: routine, cards: cardNames).markdown.utf8)),
        ]
        if let calendar = PracticeCalendar(routine: routine, firstDay: firstDay) {
            files.append(PackFile(name: FileName.calendar(name), data: Data(calendar.text.utf8)))
        }
        for entry in cardEntries {
            let card = ExerciseCard(entry: entry, routine: routine, scene: pictures.exercises[entry.exercise.id])
            files.append(PackFile(name: FileName.card(entry), data: try card.pngData(typesetter: typesetter)))
        }
        if let qrPNG { files.append(PackFile(name: FileName.qrCode, data: qrPNG)) }
        return Output(files: files, warnings: warnings)
    }

    /// The link's QR code as PNG, or a warning when the link is too long for one: that is
    /// the plan's problem, not a failure to write, so the pack goes out without the code.
    static func qrCode(for link: String) throws -> (png: Data?, warning: String?) {
        do {
            return (try QRCode(text: link).pngData(moduleSize: 12, quietZone: QRCode.recommendedQuietZone), nil)
        } catch let GraphicsError.qrCode(reason) {
            return (nil, "the share link gets no QR code: \(reason)")
        }
    }
}
