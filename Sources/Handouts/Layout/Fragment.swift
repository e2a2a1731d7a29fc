import Figures

/// The unit pagination moves: a strip of a block with a height, drawn at an origin.
/// A paragraph gives one fragment per line, a table one per row; a figure or a box is one.
struct Fragment {
    /// The strip's height, in points.
    var height: Double
    /// Space above it; dropped at the top of a page.
    var spaceBefore: Double = 0
    /// True when the next fragment must go on the same page (a heading and what follows it).
    var keepWithNext = false
    /// A strip repeated at the top of every new page this fragment starts (a table header).
    var header: [PlacedItem]? = nil
    var headerHeight: Double = 0
    /// True for pure space, which is never put at the top of a page.
    var isSpace = false
    /// The items, relative to the strip's top left.
    var items: [PlacedItem]
}
