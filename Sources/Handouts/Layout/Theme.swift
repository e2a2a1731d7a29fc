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

    public init() {}

    public var body: TextStyle { TextStyle(family: bodyFamily, size: 9.5, lineSpacing: 1.1) }
    public var small: TextStyle { TextStyle(family: bodyFamily, size: 8, lineSpacing: 1.05, color: muted) }
    public var table: TextStyle { TextStyle(family: bodyFamily, size: 8.5) }
    public var lead: TextStyle { TextStyle(family: bodyFamily, size: 11.5, lineSpacing: 1.15) }

    /// The style of a heading of `level` (1 to 4).
    public func heading(_ level: Int) -> TextStyle {
        switch level {
        case 1: return TextStyle(family: bodyFamily, size: 21, weight: .bold, color: accent)
        case 2: return TextStyle(family: bodyFamily, size: 14, weight: .bold, color: accent)
        case 4: return TextStyle(family: bodyFamily, size: 9.5, weight: .bold, color: accent)
        default: return TextStyle(family: bodyFamily, size: 11.5, weight: .bold)
        }
    }
}
