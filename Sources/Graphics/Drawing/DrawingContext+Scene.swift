internal import CCairo
import Figures

extension DrawingContext {
    /// Draws `scene` scaled to fit inside `rect` with its aspect ratio kept, centred; line
    /// widths and label sizes scale with it. Throws if a label cannot be laid out. On an SVG
    /// drawing the scene is written as SVG markup of its own, over everything cairo draws on
    /// the drawing and outside any clip, so it suits a figure that nothing covers.
    public func draw(_ scene: Scene, in rect: Rect) throws {
        guard scene.size.width > 0, scene.size.height > 0, rect.width > 0, rect.height > 0 else { return }
        let scale = min(rect.width / scene.size.width, rect.height / scene.size.height)
        guard scale.isFinite, scale > 0 else { return }
        try withSavedState {
            translate(x: rect.minX + (rect.width - scene.size.width * scale) / 2,
                      y: rect.minY + (rect.height - scene.size.height * scale) / 2)
            self.scale(x: scale, y: scale)
            if keptScenes != nil {
                var matrix = cairo_matrix_t()
                cairo_get_matrix(cr, &matrix)
                keptScenes?.append((scene, matrix))
                return
            }
            if recordsScenes {
                let recording = try self.recording(of: scene)
                cairo_set_source_surface(cr, recording, 0, 0)
                cairo_new_path(cr)
                let area = Self.recordedArea(of: scene)
                cairo_rectangle(cr, area.minX, area.minY, area.width, area.height)
                cairo_fill(cr)
                return
            }
            for element in scene.elements {
                try draw(element)
            }
        }
    }

    /// The part of the plane a scene's recording keeps: the scene and a quarter of its size
    /// round it, so a label or an arrowhead that reaches past the scene's edge is drawn as
    /// it would be without the recording, never cut off.
    static func recordedArea(of scene: Scene) -> Rect {
        let pad = max(scene.size.width, scene.size.height) / 4
        return Rect(x: -pad, y: -pad, width: scene.size.width + 2 * pad, height: scene.size.height + 2 * pad)
    }

    /// The recording of `scene`, in the scene's units, made on first use.
    private func recording(of scene: Scene) throws -> OpaquePointer {
        if let made = sceneRecordings[scene] { return made }
        let area = Self.recordedArea(of: scene)
        var extents = cairo_rectangle_t(x: area.minX, y: area.minY, width: area.width, height: area.height)
        guard let surface = cairo_recording_surface_create(CAIRO_CONTENT_COLOR_ALPHA, &extents) else {
            throw GraphicsError.cairo(operation: "recording a figure for \(target)", status: "no memory")
        }
        do {
            try GraphicsError.check(cairo_surface_status(surface), "recording a figure for \(target)")
            let drawing = try DrawingContext(surface: surface, typesetter: typesetter, target: target)
            for element in scene.elements { try drawing.draw(element) }
            try drawing.checkStatus("recording a figure")
        } catch {
            cairo_surface_destroy(surface)
            throw error
        }
        sceneRecordings[scene] = surface
        return surface
    }

    private func draw(_ element: SceneElement) throws {
        switch element {
        case let .group(_, inner):
            for e in inner { try draw(e) }
        case let .path(path, style):
            cairo_new_path(cr)
            add(path)
            paint(style)
        case let .circle(center, radius, style):
            if let fill = style.fill, style.stroke == nil, radius > 0 {
                disc(center: center, radius: radius, color: fill)
                return
            }
            cairo_new_path(cr)
            circle(center: center, radius: max(radius, 0))
            paint(style)
        case let .arrow(path, style, headLength, doubleHeaded):
            drawArrow(path, style: style, headLength: max(headLength, 0), doubleHeaded: doubleHeaded)
        case let .label(label):
            try draw(label)
        }
    }

    /// A filled circle, drawn as the round ends of a stroke a thousandth of its radius long:
    /// the same disc, written as one short line where a filled circle takes two to four
    /// curves. A figure has dozens of discs (joints, heads, eyes), and the numbers a PDF
    /// writes out are a good part of what a page of figures costs to make. The line is not
    /// of length zero, which a PDF viewer should draw as a dot but not every one may.
    private func disc(center: Point, radius: Double, color: Color) {
        let half = radius / 1000
        withSavedState {
            setColor(color)
            setLineWidth(2 * radius)
            setLineCap(.round)
            setDash([])
            cairo_new_path(cr)
            cairo_move_to(cr, center.x - half, center.y)
            cairo_line_to(cr, center.x + half, center.y)
            cairo_stroke(cr)
        }
        cairo_new_path(cr)
    }

    /// Fills then strokes the current path as `style` says, leaving no path.
    private func paint(_ style: ShapeStyle) {
        withSavedState {
            apply(style)
            if let fill = style.fill {
                setColor(fill)
                style.stroke == nil ? cairo_fill(cr) : cairo_fill_preserve(cr)
            }
            if let stroke = style.stroke {
                setColor(stroke)
                cairo_stroke(cr)
            }
        }
        cairo_new_path(cr)
    }

    private func drawArrow(_ path: Path2D, style: ShapeStyle, headLength: Double, doubleHeaded: Bool) {
        let color = style.stroke ?? style.fill ?? .black
        cairo_new_path(cr)
        add(path.arrowShaft(headLength: headLength, doubleHeaded: doubleHeaded))
        paint(ShapeStyle(fill: nil, stroke: color, lineWidth: style.lineWidth, lineCap: style.lineCap,
                         lineJoin: style.lineJoin, dash: style.dash))
        for head in path.arrowheads(length: headLength, doubleHeaded: doubleHeaded) {
            cairo_new_path(cr)
            add(.polygon(head))
            paint(ShapeStyle(fill: color, stroke: nil))
        }
    }

    private func draw(_ label: Label) throws {
        guard !label.text.isEmpty, label.fontSize.isFinite, label.fontSize > 0 else { return }
        let style = TextStyle(size: label.fontSize, weight: label.bold ? .bold : .regular, color: label.color)
        let layout = try typesetter.layout(label.text, style: style)
        let baseline = layout.lines.first?.baseline ?? 0
        let dx: Double
        switch label.anchor {
        case .start: dx = 0
        case .middle: dx = -layout.size.width / 2
        case .end: dx = -layout.size.width
        }
        let origin = Point(x: label.position.x + dx, y: label.position.y - baseline)
        if let halo = label.halo {
            drawHalo(of: layout, at: origin, color: halo, width: label.fontSize * Label.haloWidth)
        }
        draw(layout, at: origin)
    }
}
