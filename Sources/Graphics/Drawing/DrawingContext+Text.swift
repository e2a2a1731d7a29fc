internal import CCairo
internal import CPangoCairo
import Figures

extension DrawingContext {
    /// Draws `layout` with its top left at `point`, in the layout's colour (runs with their
    /// own colour keep it). The current path is discarded.
    public func draw(_ layout: TextLayout, at point: Point) {
        withSavedState {
            setColor(layout.color)
            cairo_new_path(cr)
            cairo_move_to(cr, point.x, point.y)
            pango_cairo_show_layout(cr, layout.layout)
            cairo_new_path(cr)
        }
    }

    /// Strokes the outline of `layout`'s letters in `color`, `width` wide with round joins,
    /// at the same place `draw(_:at:)` puts them: a halo to draw the text over.
    public func drawHalo(of layout: TextLayout, at point: Point, color: Color, width: Double) {
        withSavedState {
            setColor(color)
            cairo_new_path(cr)
            cairo_move_to(cr, point.x, point.y)
            pango_cairo_layout_path(cr, layout.layout)
            cairo_set_line_width(cr, width)
            cairo_set_line_join(cr, CAIRO_LINE_JOIN_ROUND)
            cairo_stroke(cr)
        }
    }

    /// Draws only `lines` of `layout`, the first of them with its top at `point.y`: the way
    /// to continue a paragraph on the next page.
    public func draw(_ layout: TextLayout, at point: Point, lines range: Range<Int>) {
        let range = range.clamped(to: layout.lines.indices)
        guard let first = range.first else { return }
        let top = layout.lines[first].top
        withSavedState {
            setColor(layout.color)
            cairo_new_path(cr)
            for index in range {
                let line = layout.lines[index]
                guard let pangoLine = pango_layout_get_line_readonly(layout.layout, Int32(index)) else { continue }
                // show_layout_line puts the line's left end on its baseline at the current point.
                cairo_move_to(cr, point.x + line.x, point.y + line.baseline - top)
                pango_cairo_show_layout_line(cr, pangoLine)
            }
            cairo_new_path(cr)
        }
    }
}
