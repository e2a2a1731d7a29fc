internal import CCairo
internal import CPangoCairo
import Figures

/// A place to draw: one page of a PDF, a PNG image or an SVG document. Coordinates are in
/// points for PDF and SVG and in pixels for PNG, with the origin at the top left and y growing
/// downward.
///
/// A context is handed out by `PDFDocument.page`, `PNGImage.context` and `SVGDocument.draw`;
/// it is only valid while its document is being drawn.
public final class DrawingContext {
    /// The cairo context this class owns.
    let cr: OpaquePointer
    /// What the context draws into, named in errors ("page 2 of the PDF").
    let target: String
    /// The typesetter used for scene labels; share it to lay out text for this context.
    public let typesetter: Typesetter
    /// How many `save()` calls are not yet matched by `restore()`.
    private(set) var saveDepth = 0
    /// PDF destinations named on this context, in the encoded form cairo sees.
    var destinations: [String] = []
    /// PDF destinations that links on this context point at, encoded.
    var linkTargets: [String] = []
    /// The alt text of each figure element begun on this context, in order.
    var figureAlternates: [String] = []
    /// The structure elements open now, innermost last, by PDF name.
    var openStructure: [String] = []
    /// When set (an SVG document's context), scenes are not drawn by cairo but kept here
    /// with the transform from the scene's units to the drawing's, so the document can write
    /// them as its own markup, with a group for each prop and annotation.
    var keptScenes: [(scene: Scene, transform: cairo_matrix_t)]?
    /// When set (a PDF's context), each distinct scene is drawn once into a recording and
    /// every use paints that recording: cairo writes it to the PDF once, as a form, and each
    /// later use refers to it. A class card shows the same few diagrams hundreds of times.
    var recordsScenes = false
    /// The recordings made so far, by scene; they live as long as the context.
    var sceneRecordings: [Scene: OpaquePointer] = [:]

    init(surface: OpaquePointer, typesetter: Typesetter, target: String) throws {
        guard let cr = cairo_create(surface) else {
            throw GraphicsError.cairo(operation: "creating a drawing context for \(target)", status: "no memory")
        }
        let status = cairo_status(cr)
        guard status == CAIRO_STATUS_SUCCESS else {
            cairo_destroy(cr)
            try GraphicsError.check(status, "creating a drawing context for \(target)")
            throw GraphicsError.cairo(operation: "creating a drawing context for \(target)", status: "unknown")
        }
        self.cr = cr
        self.target = target
        self.typesetter = typesetter
    }

    deinit {
        cairo_destroy(cr)
        for recording in sceneRecordings.values { cairo_surface_destroy(recording) }
    }

    /// Throws if cairo has recorded an error on this context (cairo errors are sticky: once
    /// set, every later operation is ignored).
    public func checkStatus(_ operation: String) throws {
        try GraphicsError.check(cairo_status(cr), "\(operation) on \(target)")
    }

    // MARK: Paths

    /// Starts a new sub-path at `p`.
    public func move(to p: Point) { cairo_move_to(cr, p.x, p.y) }
    /// Adds a straight line from the current point to `p`.
    public func line(to p: Point) { cairo_line_to(cr, p.x, p.y) }
    /// Adds a cubic Bézier curve from the current point to `p`.
    public func curve(to p: Point, control1: Point, control2: Point) {
        cairo_curve_to(cr, control1.x, control1.y, control2.x, control2.y, p.x, p.y)
    }
    /// Adds a circular arc around `center`, clockwise on the page (y down) from `startAngle`
    /// to `endAngle`, both in radians measured from the positive x axis.
    public func arc(center: Point, radius: Double, startAngle: Double, endAngle: Double) {
        cairo_arc(cr, center.x, center.y, radius, startAngle, endAngle)
    }
    /// Adds an arc like `arc`, but counter-clockwise on the page.
    public func arcCounterclockwise(center: Point, radius: Double, startAngle: Double, endAngle: Double) {
        cairo_arc_negative(cr, center.x, center.y, radius, startAngle, endAngle)
    }
    /// Adds a closed rectangle as its own sub-path.
    public func rectangle(_ r: Rect) { cairo_rectangle(cr, r.minX, r.minY, r.width, r.height) }
    /// Adds a full circle as its own sub-path.
    public func circle(center: Point, radius: Double) {
        cairo_new_sub_path(cr)
        cairo_arc(cr, center.x, center.y, radius, 0, 2 * .pi)
        cairo_close_path(cr)
    }
    /// Closes the current sub-path with a line back to its start.
    public func closePath() { cairo_close_path(cr) }
    /// Discards the current path.
    public func newPath() { cairo_new_path(cr) }
    /// Ends the current sub-path without closing it, so the next segment starts afresh.
    public func newSubPath() { cairo_new_sub_path(cr) }
    /// Adds every command of `path`.
    public func add(_ path: Path2D) {
        for command in path.commands {
            switch command {
            case .move(let p): move(to: p)
            case .line(let p): line(to: p)
            case .curve(let c1, let c2, let p): curve(to: p, control1: c1, control2: c2)
            case .close: closePath()
            }
        }
    }

    // MARK: Painting

    /// Fills the current path with the source colour; the path is kept when `preserve` is set.
    public func fill(preserve: Bool = false) { preserve ? cairo_fill_preserve(cr) : cairo_fill(cr) }
    /// Strokes the current path with the current line settings; kept when `preserve` is set.
    public func stroke(preserve: Bool = false) { preserve ? cairo_stroke_preserve(cr) : cairo_stroke(cr) }
    /// Paints the source colour over the whole clip area.
    public func paint() { cairo_paint(cr) }
    /// Fills `rect` with `color`, leaving the path empty and the source colour unchanged.
    public func fill(_ rect: Rect, color: Color) {
        withSavedState {
            setColor(color)
            cairo_new_path(cr)
            rectangle(rect)
            fill()
        }
    }
    /// Strokes a straight line from `a` to `b` with `color` and `width`, leaving state unchanged.
    public func strokeLine(from a: Point, to b: Point, color: Color, width: Double) {
        withSavedState {
            setColor(color)
            setLineWidth(width)
            cairo_new_path(cr)
            move(to: a)
            line(to: b)
            stroke()
        }
    }

    // MARK: State

    /// Sets the colour that fills, strokes and text use.
    public func setColor(_ c: Color) { cairo_set_source_rgba(cr, c.red, c.green, c.blue, c.alpha) }
    /// Sets the stroke width in user units.
    public func setLineWidth(_ width: Double) { cairo_set_line_width(cr, max(0, width)) }
    /// Sets how stroke ends look.
    public func setLineCap(_ cap: ShapeStyle.LineCap) {
        switch cap {
        case .butt: cairo_set_line_cap(cr, CAIRO_LINE_CAP_BUTT)
        case .round: cairo_set_line_cap(cr, CAIRO_LINE_CAP_ROUND)
        case .square: cairo_set_line_cap(cr, CAIRO_LINE_CAP_SQUARE)
        }
    }
    /// Sets how stroke corners look.
    public func setLineJoin(_ join: ShapeStyle.LineJoin) {
        switch join {
        case .miter: cairo_set_line_join(cr, CAIRO_LINE_JOIN_MITER)
        case .round: cairo_set_line_join(cr, CAIRO_LINE_JOIN_ROUND)
        case .bevel: cairo_set_line_join(cr, CAIRO_LINE_JOIN_BEVEL)
        }
    }
    /// Sets a dash pattern (on, off, on, …) in user units; an empty pattern gives a solid line.
    /// Negative lengths, or a pattern that is all zero, are ignored rather than putting the
    /// context into an error state.
    public func setDash(_ pattern: [Double], offset: Double = 0) {
        guard pattern.allSatisfy({ $0 >= 0 && $0.isFinite }), pattern.isEmpty || pattern.contains(where: { $0 > 0 }) else {
            cairo_set_dash(cr, nil, 0, 0)
            return
        }
        pattern.withUnsafeBufferPointer { cairo_set_dash(cr, $0.baseAddress, Int32($0.count), offset) }
    }
    /// Applies every setting of `style` except the colours.
    func apply(_ style: ShapeStyle) {
        setLineWidth(style.lineWidth)
        setLineCap(style.lineCap)
        setLineJoin(style.lineJoin)
        setDash(style.dash)
    }

    // MARK: Transforms

    /// Moves the origin by `dx`, `dy`.
    public func translate(x dx: Double, y dy: Double) { cairo_translate(cr, dx, dy) }
    /// Moves the origin to `p`.
    public func translate(to p: Point) { cairo_translate(cr, p.x, p.y) }
    /// Scales user units; a zero or non-finite factor is ignored because it would make the
    /// context unusable.
    public func scale(x sx: Double, y sy: Double) {
        guard sx != 0, sy != 0, sx.isFinite, sy.isFinite else { return }
        cairo_scale(cr, sx, sy)
    }
    /// Rotates the axes by `radians`, clockwise on the page.
    public func rotate(radians: Double) {
        guard radians.isFinite else { return }
        cairo_rotate(cr, radians)
    }

    /// Saves the graphics state (colour, line settings, transform, clip).
    public func save() {
        cairo_save(cr)
        saveDepth += 1
    }
    /// Restores the state of the matching `save()`; an unmatched restore is ignored.
    public func restore() {
        guard saveDepth > 0 else { return }
        cairo_restore(cr)
        saveDepth -= 1
    }
    /// Runs `body` between `save()` and `restore()`.
    public func withSavedState<T>(_ body: () throws -> T) rethrows -> T {
        save()
        defer { restore() }
        return try body()
    }
    /// Restores every save still open, so a page ends with the state it began with.
    func unwindSaves() {
        while saveDepth > 0 { restore() }
    }

    /// Limits drawing to the inside of the current path; the path is kept when `preserve` is set.
    public func clip(preserve: Bool = false) { preserve ? cairo_clip_preserve(cr) : cairo_clip(cr) }
    /// Limits drawing to `rect`.
    public func clip(to rect: Rect) {
        cairo_new_path(cr)
        rectangle(rect)
        cairo_clip(cr)
    }
    /// Removes every clip.
    public func resetClip() { cairo_reset_clip(cr) }

    /// Converts a point in user units (after transforms) to device units (the page).
    func userToDevice(_ p: Point) -> Point {
        var x = p.x, y = p.y
        cairo_user_to_device(cr, &x, &y)
        return Point(x: x, y: y)
    }
}
