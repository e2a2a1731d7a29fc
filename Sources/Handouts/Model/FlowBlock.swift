import Figures
import Graphics
import PlanCore

/// One piece of a handout in reading order, before it is placed on pages.
public indirect enum FlowBlock: Sendable {
    /// A heading; never left alone at the foot of a page.
    case heading(Heading)
    /// A paragraph of text; may break across pages between lines.
    case paragraph(Paragraph)
    /// Bulleted items under an optional label; may break between items.
    case bullets(BulletList)
    /// A table with a header row repeated on every page it spans; breaks between rows.
    case table(Table)
    /// A diagram with text beside it; kept whole.
    case figure(FigureBlock)
    /// A tinted box with a title, text and an optional picture; kept whole.
    case box(Box)
    /// A practice tracker: a tick box per day and per side; breaks between weeks.
    case tracker(Tracker)
    /// A QR code with its link printed under it; kept whole.
    case qrCode(QRBlock)
    /// A thin rule with a short label: a transition on the class card; kept whole.
    case marker(Marker)
    /// Vertical space, dropped at the top of a page.
    case space(Double)
    /// Blocks kept on one page when they fit on one.
    case keepTogether([FlowBlock])
    /// Blocks side by side, each in its share of the width, read left to right; kept whole
    /// (the practice tracker beside the QR code).
    case row(Row)
}

/// A place the PDF outline and links can point at.
public struct Anchor: Sendable, Hashable {
    /// The destination name, ASCII letters, digits and hyphens only.
    public var name: String
    /// The outline entry title.
    public var title: String
    /// The outline depth: 0 for a block, 1 for an exercise inside it.
    public var depth: Int
    public init(name: String, title: String, depth: Int) {
        self.name = name
        self.title = title
        self.depth = depth
    }
}

/// A heading.
public struct Heading: Sendable {
    /// 1 for a document title, 2 for a section, 3 for a subsection, 4 for a group of rows
    /// (the class card's blocks).
    public var level: Int
    public var text: String
    /// Where the outline and links point.
    public var anchor: Anchor?
    /// How it looks, over the theme's style for its level: a heading whose place in the
    /// outline and its size differ (the card's title, an exercise beside its diagram).
    public var style: TextStyle?
    public init(level: Int, text: String, anchor: Anchor? = nil, style: TextStyle? = nil) {
        self.level = level
        self.text = text
        self.anchor = anchor
        self.style = style
    }
}

/// A paragraph: runs of text in one style.
public struct Paragraph: Sendable {
    public var runs: [TextRun]
    public var style: TextStyle
    public init(_ runs: [TextRun], style: TextStyle) {
        self.runs = runs
        self.style = style
    }
}

/// A bulleted list.
public struct BulletList: Sendable {
    /// A bold label before the list (`Cues`), or nil.
    public var label: String?
    public var items: [[TextRun]]
    public var style: TextStyle
    public init(label: String?, items: [[TextRun]], style: TextStyle) {
        self.label = label
        self.items = items
        self.style = style
    }
}

/// A table of text cells.
public struct Table: Sendable {
    /// A column: its header and its share of the width.
    public struct Column: Sendable {
        public var title: String
        public var weight: Double
        public var alignment: TextStyle.Alignment
        public init(_ title: String, weight: Double, alignment: TextStyle.Alignment = .left) {
            self.title = title
            self.weight = weight
            self.alignment = alignment
        }
    }
    /// A row: its cells, how it looks, and where it links.
    public struct Row: Sendable {
        public var cells: [String]
        public var muted: Bool
        public var bold: Bool
        public var link: String?
        public init(_ cells: [String], muted: Bool = false, bold: Bool = false, link: String? = nil) {
            self.cells = cells
            self.muted = muted
            self.bold = bold
            self.link = link
        }
    }
    public var columns: [Column]
    public var rows: [Row]
    public var style: TextStyle
    /// The space around each cell's text, in points.
    public var padding: Double
    public init(columns: [Column], rows: [Row], style: TextStyle, padding: Double = 3) {
        self.columns = columns
        self.rows = rows
        self.style = style
        self.padding = padding
    }
}

/// A diagram with text beside it.
public struct FigureBlock: Sendable {
    public var scene: Scene
    /// The diagram's width as a share of the column (the text takes the rest).
    public var widthShare: Double
    /// The text beside the diagram.
    public var side: [Paragraph]
    /// A heading set at the top of the text beside the diagram, rather than above it: the
    /// teacher sheet's exercise names, which saves a line each.
    public var heading: Heading?
    /// A caption under the diagram, kept with it.
    public var caption: Paragraph?
    /// What the diagram shows, in a sentence a screen reader speaks in its place (see
    /// `FigureAltText`); never empty.
    public var alt: String
    /// The diagram's width in points, over `widthShare`: a grid of cells the same size.
    public var width: Double?
    /// The diagram's greatest height in points, over the usual (three quarters of its width).
    public var maxHeight: Double?
    /// The space between the diagram and its text, between the text's paragraphs, and
    /// above and below the whole, in points.
    public var textGap: Double
    public var paragraphGap: Double
    public var spaceBefore: Double
    public var spaceAfter: Double
    public init(scene: Scene, alt: String, widthShare: Double, side: [Paragraph], caption: Paragraph?,
                width: Double? = nil, maxHeight: Double? = nil, textGap: Double = 10, paragraphGap: Double = 4,
                spaceBefore: Double = 2, spaceAfter: Double = 8, heading: Heading? = nil) {
        self.scene = scene
        self.alt = alt
        self.heading = heading
        self.widthShare = widthShare
        self.side = side
        self.caption = caption
        self.width = width
        self.maxHeight = maxHeight
        self.textGap = textGap
        self.paragraphGap = paragraphGap
        self.spaceBefore = spaceBefore
        self.spaceAfter = spaceAfter
    }
}

/// A tinted box.
public struct Box: Sendable {
    public var title: String
    public var body: [Paragraph]
    /// A picture at the box's left, or nil.
    public var scene: Scene?
    /// What the picture shows, for a screen reader; required with a picture.
    public var alt: String
    public var tint: Color
    /// The picture's width in points, or nil for the usual (under a third of the width).
    public var pictureWidth: Double?
    public init(title: String, body: [Paragraph], scene: Scene? = nil, alt: String = "", tint: Color,
                pictureWidth: Double? = nil) {
        precondition(scene == nil || !alt.isEmpty, "a box's picture needs its alt text")
        self.title = title
        self.body = body
        self.scene = scene
        self.alt = alt
        self.tint = tint
        self.pictureWidth = pictureWidth
    }
}

/// A practice tracker.
public struct Tracker: Sendable {
    public var days: Int
    /// The column labels per day (`R`, `L`), or one empty label for unsided practice.
    public var marks: [String]
    public init(days: Int, marks: [String]) {
        self.days = days
        self.marks = marks
    }
}

/// A QR code and its link.
public struct QRBlock: Sendable {
    public var link: String
    public var caption: String
    public init(link: String, caption: String) {
        self.link = link
        self.caption = caption
    }
}

/// A thin marker between two rows: a label in small type and a rule running on from it.
public struct Marker: Sendable {
    public var label: [TextRun]
    public var style: TextStyle
    public init(label: [TextRun], style: TextStyle) {
        self.label = label
        self.style = style
    }
}

/// Blocks set side by side.
public struct Row: Sendable {
    /// The blocks, left to right, each with its share of the width.
    public var cells: [(block: FlowBlock, share: Double)]
    /// The space between two cells, in points.
    public var gap: Double
    public init(_ cells: [(block: FlowBlock, share: Double)], gap: Double) {
        self.cells = cells
        self.gap = gap
    }
}
