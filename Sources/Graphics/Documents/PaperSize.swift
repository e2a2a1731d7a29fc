import Figures
import PlanCore

/// The drawing layer's name for a plan's paper: one type, so a plan's `paper:` goes to the
/// page without a conversion.
public typealias PaperSize = Paper

extension Paper {
    /// The page size in points (1/72 inch), portrait: ISO A4 is 210 × 297 mm, US Letter 8.5 × 11 in.
    public var size: Size {
        switch self {
        case .a4: return Size(width: Length.millimeters(210).points, height: Length.millimeters(297).points)
        case .letter: return Size(width: 612, height: 792)
        }
    }
}
