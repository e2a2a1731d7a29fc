import Foundation
import Figures
import Graphics
import PlanCore

/// Which handout a document is.
public enum HandoutKind: String, Sendable, CaseIterable {
    /// The whole class on one landscape page, to lay by the mat.
    case card
    /// What the teacher teaches from: timeline, notes, each exercise's diagram, dose and key cues.
    case teacher
    /// What the student takes home: the routine in plain words, and a tracker.
    case student
    /// The complete write-up of every exercise: set-up, every cue, cautions, variations.
    case reference

    /// What a bare `render` makes: the card, the teacher sheet and the student handout.
    public static let standard: [HandoutKind] = [.card, .teacher, .student]

    /// The kinds a `--for` value names: a comma list of kinds, where `both` stands for the
    /// teacher sheet and the student handout. Each kind is made once, in the order given;
    /// nil when a name is not a kind or the list is empty.
    public static func list(_ text: String) -> [HandoutKind]? {
        var kinds: [HandoutKind] = []
        for name in text.split(separator: ",", omittingEmptySubsequences: false) {
            let word = name.trimmingCharacters(in: .whitespaces).lowercased()
            let named: [HandoutKind]
            if word == "both" { named = [.teacher, .student] }
            else if let kind = HandoutKind(rawValue: word) { named = [kind] }
            else { return nil }
            for kind in named where !kinds.contains(kind) { kinds.append(kind) }
        }
        return kinds.isEmpty ? nil : kinds
    }

    /// What the handout is called in a sentence and in the PDF's keywords: `class card`.
    public var title: String {
        switch self {
        case .card: return "class card"
        case .teacher: return "teacher sheet"
        case .student: return "student handout"
        case .reference: return "reference"
        }
    }

    /// The handout's content for `input`.
    public func document(_ input: HandoutInput) -> HandoutDocument {
        switch self {
        case .card: return ClassCard.document(input)
        case .teacher: return TeacherSheet.document(input)
        case .student: return StudentHandout.document(input)
        case .reference: return ReferenceSheet.document(input)
        }
    }
}

/// How a handout's pages are shaped: which way up, and how many columns the text flows in.
public struct PageShape: Sendable, Equatable {
    /// Wider than tall (the card).
    public var landscape: Bool
    /// The columns the blocks flow through, left to right, before a new page starts.
    public var columns: Int
    /// The space between two columns, in points.
    public var columnGap: Double
    /// The margin on every side, over the theme's.
    public var margin: Length?

    public init(landscape: Bool = false, columns: Int = 1, columnGap: Double = 0, margin: Length? = nil) {
        precondition(columns >= 1, "a page has at least one column")
        self.landscape = landscape
        self.columns = columns
        self.columnGap = columnGap
        self.margin = margin
    }

    /// One portrait column: the teacher sheet, the reference and the student handout.
    public static let portrait = PageShape()
}

/// A handout as content in reading order, with what the PDF says about itself.
public struct HandoutDocument: Sendable {
    public var kind: HandoutKind
    public var metadata: PDFMetadata
    /// The running footer's left part (title and handout name).
    public var footer: String
    /// Blocks set across the whole width at the top of the first page, above the columns.
    public var masthead: [FlowBlock]
    public var blocks: [FlowBlock]
    /// The page's orientation and columns.
    public var shape: PageShape
    public init(kind: HandoutKind, metadata: PDFMetadata, footer: String, masthead: [FlowBlock] = [],
                blocks: [FlowBlock], shape: PageShape = .portrait) {
        self.kind = kind
        self.metadata = metadata
        self.footer = footer
        self.masthead = masthead
        self.blocks = blocks
        self.shape = shape
    }
}
