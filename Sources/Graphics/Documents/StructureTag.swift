/// What a piece of a page is to a screen reader: a PDF structure element. Content drawn
/// between `DrawingContext.beginStructure` and `endStructure` belongs to the element;
/// elements nest, may span pages, and come in the order they are begun, which is the
/// reading order. Content drawn outside any element (footers, rules, a table header
/// repeated on a new page) stays out of the structure tree. PNG and SVG ignore them.
public enum StructureTag: Sendable, Hashable {
    /// A heading of `level` 1 (the document title) to 6.
    case heading(level: Int)
    /// A paragraph.
    case paragraph
    /// A list, holding list items.
    case list
    /// One list item, holding a label and a body.
    case listItem
    /// A list item's bullet or number.
    case label
    /// A list item's text.
    case listBody
    /// A table, holding rows.
    case table
    /// A table row, holding header and data cells.
    case tableRow
    /// A cell that heads its column.
    case headerCell
    /// A data cell.
    case cell
    /// A picture; `alt` is what a screen reader says instead of it.
    case figure(alt: String)
    /// A figure's or table's caption.
    case caption
    /// A generic group of blocks (a tinted box).
    case division

    /// The PDF standard structure type cairo is given (`H2`, `TH`, `Figure`).
    public var pdfName: String {
        switch self {
        case .heading(let level): return "H\(min(max(level, 1), 6))"
        case .paragraph: return "P"
        case .list: return "L"
        case .listItem: return "LI"
        case .label: return "Lbl"
        case .listBody: return "LBody"
        case .table: return "Table"
        case .tableRow: return "TR"
        case .headerCell: return "TH"
        case .cell: return "TD"
        case .figure: return "Figure"
        case .caption: return "Caption"
        case .division: return "Div"
        }
    }
}
