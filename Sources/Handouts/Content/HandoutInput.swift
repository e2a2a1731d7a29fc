import PlanCore

/// Everything a handout is made from: the composed class, the library it came from, the
/// diagrams, and the program's version for the PDF's creator field.
public struct HandoutInput: Sendable {
    public var sequence: ClassSequence
    public var library: Library
    public var figures: FigureProvider
    public var version: String
    public var theme: Theme

    public init(sequence: ClassSequence, library: Library, figures: FigureProvider,
                version: String, theme: Theme = Theme()) {
        self.sequence = sequence
        self.library = library
        self.figures = figures
        self.version = version
        self.theme = theme
    }

    var plan: Plan { sequence.plan }

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
