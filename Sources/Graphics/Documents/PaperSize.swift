import Figures

/// A paper size for handouts.
public enum PaperSize: String, Sendable, Hashable, CaseIterable {
    /// ISO A4, 210 × 297 mm.
    case a4
    /// US Letter, 8.5 × 11 in.
    case letter

    /// The page size in points (1/72 inch), portrait.
    public var size: Size {
        switch self {
        case .a4: return Size(width: Length.millimeters(210).points, height: Length.millimeters(297).points)
        case .letter: return Size(width: 612, height: 792)
        }
    }
}
