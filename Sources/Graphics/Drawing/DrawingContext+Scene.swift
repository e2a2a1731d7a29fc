internal import CCairo
import Figures

extension DrawingContext {
    /// Draws `scene` scaled to fit inside `rect` with its aspect ratio kept, centred; line
    /// widths and label sizes scale with it. Throws if a label cannot be laid out.
    public func draw(_ scene: Scene, in rect: Rect) throws {
        guard scene.size.width > 0, scene.size.height > 0, rect.width > 0, rect.height > 0 else { return }
        let scale = min(rect.width / scene.size.width, rect.height / scene.size.height)
        guard scale.isFinite, scale > 0 else { return }
        try withSavedState {
            translate(x: rect.minX + (rect.width - scene.size.width * scale) / 2,
                      y: rect.minY + (rect.height - scene.size.height * scale) / 2)
            self.scale(x: scale, y: scale)
            for element in scene.elements {
                try draw(element)
            }
        }
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
            cairo_new_path(cr)
            circle(center: center, radius: max(radius, 0))
            paint(style)
        case let .arrow(path, style, headLength, doubleHeaded):
            drawArrow(path, style: style, headLength: max(headLength, 0), doubleHeaded: doubleHeaded)
        case let .label(label):
            try draw(label)
        }
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
        let ends = ArrowGeometry(path: path)
        let color = style.stroke ?? style.fill ?? .black
        // The shaft stops inside the head, so a thick round cap cannot poke through the tip.
        let trim = headLength * 0.6
        let shaft = ArrowGeometry.trimmed(path, atEnd: ends.end != nil ? trim : 0,
                                          atStart: doubleHeaded && ends.start != nil ? trim : 0)
        cairo_new_path(cr)
        add(shaft)
        paint(ShapeStyle(fill: nil, stroke: color, lineWidth: style.lineWidth, lineCap: style.lineCap,
                         lineJoin: style.lineJoin, dash: style.dash))
        guard headLength > 0 else { return }
        var heads: [(tip: Point, direction: Point)] = []
        if let end = ends.end { heads.append(end) }
        if doubleHeaded, let start = ends.start { heads.append(start) }
        withSavedState {
            setColor(color)
            for head in heads {
                let d = head.direction
                let normal = Point(x: -d.y, y: d.x)
                let base = head.tip - d * headLength
                let halfWidth = headLength * 0.45
                cairo_new_path(cr)
                move(to: head.tip)
                line(to: base + normal * halfWidth)
                line(to: base - normal * halfWidth)
                closePath()
                cairo_fill(cr)
            }
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
        draw(layout, at: Point(x: label.position.x + dx, y: label.position.y - baseline))
    }
}

/// Where an arrow's heads go: the tip and the unit direction the head points.
struct ArrowGeometry {
    var end: (tip: Point, direction: Point)?
    var start: (tip: Point, direction: Point)?

    init(path: Path2D) {
        // Flatten to the sequence of points the path visits, control points included: the
        // tangent at a Bézier end runs toward its nearest distinct control point.
        let points = path.points
        if let tip = points.last, let from = points.dropLast().last(where: { ($0 - tip).length > 1e-9 }) {
            end = (tip, Self.unit(tip - from))
        }
        if let tip = points.first, let toward = points.dropFirst().first(where: { ($0 - tip).length > 1e-9 }) {
            start = (tip, Self.unit(tip - toward))
        }
    }

    private static func unit(_ v: Point) -> Point { v * (1 / v.length) }

    /// `path` with its last point pulled back by `endTrim` and its first pushed forward by
    /// `startTrim`, along the arrow's tangent (control points move with their end point so a
    /// curve keeps its shape near the head).
    static func trimmed(_ path: Path2D, atEnd endTrim: Double, atStart startTrim: Double) -> Path2D {
        var commands = path.commands
        let geometry = ArrowGeometry(path: path)
        if endTrim > 0, let end = geometry.end,
           let i = commands.lastIndex(where: { if case .close = $0 { return false } else { return true } }) {
            let shift = end.direction * (-endTrim)
            switch commands[i] {
            case .line(let p): commands[i] = .line(p + shift)
            case .curve(let c1, let c2, let p): commands[i] = .curve(c1, c2 + shift, p + shift)
            case .move, .close: break
            }
        }
        if startTrim > 0, let start = geometry.start, let first = commands.first, case .move(let p) = first {
            commands[0] = .move(p - start.direction * startTrim)
            if commands.count > 1, case .curve(let c1, let c2, let q) = commands[1] {
                commands[1] = .curve(c1 - start.direction * startTrim, c2, q)
            }
        }
        return Path2D(commands)
    }
}
