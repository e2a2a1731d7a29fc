import Figures
import Graphics

/// The look of every handout: fonts, sizes, colours and spacing, in one place.
public struct Theme: Sendable {
    public var margin = Length.millimeters(16)
    public var bodyFamily = "Noto Sans"
    public var accent = Color.hex(0x1D5C63)
    public var muted = Color.gray(0.38)
    public var rule = Color.gray(0.78)
    public var cueTint = Color.hex(0xE4F0EE)
    public var warnTint = Color.hex(0xFBEEDD)
    public var noteTint = Color.hex(0xEEEEF4)
    /// Space after a paragraph, in points.
    public var paragraphGap = 4.0
    /// Space before a level-2 heading, in points.
    public var sectionGap = 12.0
    /// Text sizes in points: body, small print, tables, the lead paragraph, box titles.
    public var bodySize = 9.5
    public var smallSize = 8.0
    public var tableSize = 8.5
    public var leadSize = 11.5
    public var boxTitleSize = 10.5
    /// Heading sizes for levels 1 to 4, in points.
    public var headingSizes = [21.0, 14, 11.5, 9.5]
    /// A tracker's tick box, and the side letter inside it, in points.
    public var tickBox = 13.0
    public var tickMarkSize = 6.5
    /// The width of a box's picture; nil for 30% of the column, at most 150 points.
    public var boxPictureWidth: Length?
    /// Large print: pictures stacked above their text at `largePictureWidth` or more, and
    /// the handout says in words what the pictures show by shade and tone.
    public var largePrint = false
    /// The least width of a diagram in large print.
    public var largePictureWidth = Length.millimeters(80)

    public init() {}

    /// The large-print look: body text 16 points, nothing smaller, diagrams at least 80 mm
    /// wide above their text.
    public static var largePrint: Theme {
        var t = Theme()
        t.margin = .millimeters(14)
        t.bodySize = 16
        t.smallSize = 16
        t.tableSize = 16
        t.leadSize = 18
        t.boxTitleSize = 17
        t.headingSizes = [28, 22, 18, 16]
        t.tickBox = 24
        t.tickMarkSize = 16
        t.paragraphGap = 7
        t.sectionGap = 18
        t.boxPictureWidth = .millimeters(90)
        t.largePrint = true
        // Darker grey for small print: at large sizes it is still read by people with low vision.
        t.muted = Color.gray(0.25)
        return t
    }

    public var body: TextStyle { TextStyle(family: bodyFamily, size: bodySize, lineSpacing: 1.1) }
    public var small: TextStyle { TextStyle(family: bodyFamily, size: smallSize, lineSpacing: 1.05, color: muted) }
    public var table: TextStyle { TextStyle(family: bodyFamily, size: tableSize) }
    public var lead: TextStyle { TextStyle(family: bodyFamily, size: leadSize, lineSpacing: 1.15) }
    /// A box's title.
    public var boxTitle: TextStyle { TextStyle(family: bodyFamily, size: boxTitleSize, weight: .bold, color: accent) }

    /// The style of a heading of `level` (1 to 4).
    public func heading(_ level: Int) -> TextStyle {
        let size = headingSizes[min(max(level, 1), headingSizes.count) - 1]
        switch level {
        case 1, 2, 4: return TextStyle(family: bodyFamily, size: size, weight: .bold, color: accent)
        default: return TextStyle(family: bodyFamily, size: size, weight: .bold)
        }
    }
}
