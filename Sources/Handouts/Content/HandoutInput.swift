import PlanCore

/// Everything a handout is made from: the composed class and its home practice, the library
/// they came from, the diagrams, and the program's version for the PDF's creator field.
public struct HandoutInput: Sendable {
    /// The class as taught: the card, teacher sheet and reference are drawn from it.
    public var sequence: ClassSequence
    /// The students' home practice (the items marked `home: true`, or the whole class when
    /// none is): the student handout is drawn from it.
    public var home: ClassSequence
    public var library: Library
    public var figures: FigureProvider
    public var version: String
    public var theme: Theme
    /// The student handout in large print (`render --large-print`, `share: {large_print: true}`).
    public var largePrint: Bool
    /// Where large print gets its diagrams: drawn without labels, which would print too
    /// small, since the handout says in words what the labels would.
    public var largePrintFigures: FigureProvider

    /// An input for `sequence`; `home` defaults to the home practice the composer makes of it.
    public init(sequence: ClassSequence, home: ClassSequence? = nil, library: Library,
                figures: FigureProvider, version: String, theme: Theme = Theme(),
                largePrint: Bool = false, largePrintFigures: FigureProvider = ExerciseFigures(labels: false)) {
        self.largePrint = largePrint
        self.largePrintFigures = largePrintFigures
        self.sequence = sequence
        self.home = home ?? Composer(library: library).home(of: sequence)
        self.library = library
        self.figures = figures
        self.version = version
        self.theme = theme
    }

    var plan: Plan { sequence.plan }

    /// The same input with the home practice in the class's place, for what students take
    /// home: its sections, totals and rows are the home routine's.
    var homeInput: HandoutInput {
        var input = self
        input.sequence = home
        return input
    }

    /// The plan items in order, each with its block (if any) and the exercises it runs,
    /// in the order they are first done.
    var sections: [Section] {
        // The timeline's rows grouped by plan item in one pass: scanning the whole timeline
        // for each item would grow with the square of a long plan.
        var rowsByItem: [Int: [TimelineItem]] = [:]
        for row in sequence.items where row.kind == .exercise { rowsByItem[row.planIndex, default: []].append(row) }
        return plan.sequence.enumerated().map { index, item in
            var seen = Set<String>()
            let rows = rowsByItem[index] ?? []
            let exercises = rows.map(\.exercise).filter { seen.insert($0.id).inserted }
            let block: Block? = if case .block(let id) = item.content { library.blocks[id] } else { nil }
            return Section(index: index, item: item, block: block, exercises: exercises, rows: rows)
        }
    }

    /// The heading over exercises of the plan's own that come after a block, so that they
    /// are not read as the block's.
    static let otherExercisesHeading = "Other exercises"

    /// The indexes in `sections` of the lone exercises that follow a block with no other
    /// lone exercise between: each opens a run that `otherExercisesHeading` heads.
    static func runsAfterBlocks(_ sections: [Section]) -> Set<Int> {
        var out = Set<Int>()
        var afterBlock = false
        for section in sections where !section.rows.isEmpty {
            if section.block == nil, afterBlock { out.insert(section.index) }
            afterBlock = section.block != nil
        }
        return out
    }

    /// One plan item as a handout section.
    struct Section {
        var index: Int
        var item: PlanItem
        var block: Block?
        var exercises: [Exercise]
        /// The timeline's exercise rows of this item, in time order.
        var rows: [TimelineItem]

        /// The destination name of the section, or of one of its exercises.
        func anchorName(_ exercise: Exercise? = nil) -> String {
            guard let exercise else { return "item-\(index + 1)" }
            return "item-\(index + 1)-" + String(exercise.id.unicodeScalars.map {
                ($0.properties.isAlphabetic && $0.isASCII) || ("0"..."9").contains($0) ? Character($0) : "-"
            })
        }
    }
}
