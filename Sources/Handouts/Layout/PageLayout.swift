import Figures
import Graphics

/// A page with everything placed on it, ready to draw: what pagination produces and what
/// tests check (every text frame inside the margins).
public struct PageLayout {
    /// The page size in points.
    public var size: Size
    /// The area inside the margins; every placed frame lies inside it.
    public var marginBox: Rect
    /// What the page holds, back to front.
    public var items: [PlacedItem]

    /// The frames of every piece of text on the page.
    public var textFrames: [Rect] {
        items.compactMap { if case .text(_, _, let frame) = $0 { frame } else { nil } }
    }
    /// The structure tags of the page in order, begins and ends, as `<P>` and `</P>`: what
    /// a screen reader is given, for tests to read.
    public var structureOutline: [String] {
        items.compactMap {
            switch $0 {
            case .beginStructure(let tag): "<\(tag.pdfName)>"
            case .endStructure(let tag): "</\(tag.pdfName)>"
            default: nil
            }
        }
    }
    /// The frames of everything with a visible extent.
    public var frames: [Rect] { items.compactMap(\.frame) }
}

/// One thing placed on a page.
public enum PlacedItem {
    /// Lines of laid-out text, the first line's top at the frame's top.
    case text(TextLayout, lines: Range<Int>, frame: Rect)
    /// A diagram fitted into its frame.
    case scene(Scene, frame: Rect)
    /// A filled rectangle with rounded corners.
    case fill(Rect, Color, radius: Double)
    /// A stroked rectangle (a tick box) with rounded corners.
    case outline(Rect, Color, width: Double, radius: Double)
    /// A straight line.
    case rule(from: Point, to: Point, color: Color, width: Double)
    /// A QR code.
    case qr(QRCode, frame: Rect)
    /// A link from an area to a named destination.
    case link(Rect, destination: String)
    /// A named destination for links and the outline.
    case destination(Anchor, at: Point)
    /// The start of a structure element: the items up to its `endStructure` are its
    /// content for a screen reader (a heading, a paragraph, a table cell, a figure).
    case beginStructure(StructureTag)
    /// The end of the innermost structure element.
    case endStructure(StructureTag)

    /// The area the item covers on the page, when it covers one.
    public var frame: Rect? {
        switch self {
        case .text(_, _, let f), .scene(_, let f), .fill(let f, _, _), .outline(let f, _, _, _), .qr(_, let f):
            return f
        case .rule(let a, let b, _, _):
            return Rect(x: min(a.x, b.x), y: min(a.y, b.y), width: abs(b.x - a.x), height: abs(b.y - a.y))
        case .link, .destination, .beginStructure, .endStructure:
            return nil
        }
    }

    /// The item moved by `dx`, `dy`.
    func offset(_ dx: Double, _ dy: Double) -> PlacedItem {
        func o(_ r: Rect) -> Rect { Rect(x: r.minX + dx, y: r.minY + dy, width: r.width, height: r.height) }
        func o(_ p: Point) -> Point { Point(x: p.x + dx, y: p.y + dy) }
        switch self {
        case let .text(l, lines, f): return .text(l, lines: lines, frame: o(f))
        case let .scene(s, f): return .scene(s, frame: o(f))
        case let .fill(f, c, r): return .fill(o(f), c, radius: r)
        case let .outline(f, c, w, r): return .outline(o(f), c, width: w, radius: r)
        case let .rule(a, b, c, w): return .rule(from: o(a), to: o(b), color: c, width: w)
        case let .qr(q, f): return .qr(q, frame: o(f))
        case let .link(f, d): return .link(o(f), destination: d)
        case let .destination(a, p): return .destination(a, at: o(p))
        case .beginStructure, .endStructure: return self
        }
    }
}
