import Figures

/// A scene as an `<svg>` element to place inside an HTML page: no XML prolog and no
/// namespace attribute (HTML parsers supply both), a view box so CSS can scale it, and a
/// label for screen readers. Every text in it is escaped.
enum InlineSVG {
    /// The `<svg>` element for `scene`, labelled `label`.
    static func element(_ scene: Scene, label: String, cssClass: String = "figure") -> String {
        let w = number(scene.size.width), h = number(scene.size.height)
        var out = "<svg class=\"\(cssClass)\" viewBox=\"0 0 \(w) \(h)\" width=\"\(w)\" height=\"\(h)\""
        out += " role=\"img\" aria-label=\"\(HTML.escape(label))\">"
        out += "<title>\(HTML.escape(label))</title>"
        for element in scene.elements { out += svg(element) }
        return out + "</svg>"
    }

    static func svg(_ element: SceneElement) -> String {
        switch element {
        case let .path(path, style):
            return "<path d=\"\(pathData(path))\"\(attributes(style))/>"
        case let .circle(center, radius, style):
            return "<circle cx=\"\(number(center.x))\" cy=\"\(number(center.y))\" r=\"\(number(max(0, radius)))\"\(attributes(style))/>"
        case let .arrow(path, style, headLength, doubleHeaded):
            var line = style
            line.fill = nil
            var out = "<path d=\"\(pathData(path))\"\(attributes(line))/>"
            let color = style.stroke ?? style.fill ?? .black
            let head = ShapeStyle(fill: color, stroke: nil)
            if let (tip, from) = endTangent(path.commands) {
                out += "<path d=\"\(pathData(arrowHead(tip: tip, from: from, length: headLength)))\"\(attributes(head))/>"
            }
            if doubleHeaded, let (tip, from) = endTangent(reversed(path.commands)) {
                out += "<path d=\"\(pathData(arrowHead(tip: tip, from: from, length: headLength)))\"\(attributes(head))/>"
            }
            return out
        case let .label(label):
            let anchor: String
            switch label.anchor {
            case .start: anchor = "start"
            case .middle: anchor = "middle"
            case .end: anchor = "end"
            }
            var out = "<text x=\"\(number(label.position.x))\" y=\"\(number(label.position.y))\""
            out += " font-size=\"\(number(label.fontSize))\" font-family=\"sans-serif\" text-anchor=\"\(anchor)\""
            out += paint("fill", label.color)
            if label.bold { out += " font-weight=\"bold\"" }
            return out + ">\(HTML.escape(label.text))</text>"
        }
    }

    /// SVG path data: `M1 2L3 4C...Z`.
    static func pathData(_ path: Path2D) -> String {
        path.commands.map { command -> String in
            switch command {
            case .move(let p): return "M\(number(p.x)) \(number(p.y))"
            case .line(let p): return "L\(number(p.x)) \(number(p.y))"
            case let .curve(a, b, p):
                return "C\(number(a.x)) \(number(a.y)) \(number(b.x)) \(number(b.y)) \(number(p.x)) \(number(p.y))"
            case .close: return "Z"
            }
        }.joined()
    }

    static func attributes(_ style: ShapeStyle) -> String {
        var out = style.fill.map { paint("fill", $0) } ?? " fill=\"none\""
        if let stroke = style.stroke {
            out += paint("stroke", stroke)
            out += " stroke-width=\"\(number(max(0, style.lineWidth)))\""
            switch style.lineCap {
            case .butt: out += " stroke-linecap=\"butt\""
            case .round: out += " stroke-linecap=\"round\""
            case .square: out += " stroke-linecap=\"square\""
            }
            switch style.lineJoin {
            case .miter: out += " stroke-linejoin=\"miter\""
            case .round: out += " stroke-linejoin=\"round\""
            case .bevel: out += " stroke-linejoin=\"bevel\""
            }
            if !style.dash.isEmpty {
                out += " stroke-dasharray=\"\(style.dash.map { number(max(0, $0)) }.joined(separator: " "))\""
            }
        }
        return out
    }

    /// ` fill="rgb(…)"`, with an opacity attribute when the colour is see-through.
    static func paint(_ attribute: String, _ color: Color) -> String {
        func channel(_ v: Double) -> Int { Int((min(1, max(0, v.isFinite ? v : 0)) * 255).rounded()) }
        var out = " \(attribute)=\"rgb(\(channel(color.red)),\(channel(color.green)),\(channel(color.blue)))\""
        if color.alpha < 1 {
            out += " \(attribute)-opacity=\"\(number(min(1, max(0, color.alpha.isFinite ? color.alpha : 1))))\""
        }
        return out
    }

    /// The last point of a path and a point before it that gives its direction.
    static func endTangent(_ commands: [Path2D.Command]) -> (Point, Point)? {
        let points = commands.flatMap { c -> [Point] in
            switch c {
            case .move(let p), .line(let p): return [p]
            case .curve(let a, let b, let p): return [a, b, p]
            case .close: return []
            }
        }
        guard let tip = points.last else { return nil }
        // A control point may sit on the end point; walk back to the first distinct one.
        guard let from = points.dropLast().last(where: { ($0 - tip).length > 1e-9 }) else { return nil }
        return (tip, from)
    }

    /// The same path walked backwards, for the head at its start.
    static func reversed(_ commands: [Path2D.Command]) -> [Path2D.Command] {
        var current: Point?
        var segments: [(from: Point, command: Path2D.Command)] = []
        for c in commands {
            switch c {
            case .move(let p): current = p
            case .line(let p):
                if let from = current { segments.append((from, .line(from))) }
                current = p
            case let .curve(a, b, p):
                if let from = current { segments.append((from, .curve(b, a, from))) }
                current = p
            case .close: break
            }
        }
        guard let end = current else { return [] }
        return [.move(end)] + segments.reversed().map(\.command)
    }

    /// A filled triangle whose point is at `tip`, pointing away from `from`.
    static func arrowHead(tip: Point, from: Point, length: Double) -> Path2D {
        let d = tip - from
        let unit = d * (1 / d.length)
        let normal = Point(x: -unit.y, y: unit.x)
        let base = tip - unit * length
        let half = length * 0.45
        return Path2D([.move(tip), .line(base + normal * half), .line(base - normal * half), .close])
    }

    /// A number for SVG: at most two decimals, no exponent, no `-0`, and 0 for NaN.
    static func number(_ v: Double) -> String {
        guard v.isFinite else { return "0" }
        // Far beyond any drawing; the clamp keeps the integer conversions below in range.
        let rounded = (min(1e9, max(-1e9, v)) * 100).rounded() / 100
        if rounded == 0 { return "0" }
        if rounded == rounded.rounded() { return String(Int(rounded)) }
        let whole = Int(rounded.magnitude)
        let cents = Int(((rounded.magnitude - Double(whole)) * 100).rounded())
        let fraction = cents % 10 == 0 ? "\(cents / 10)" : (cents < 10 ? "0\(cents)" : "\(cents)")
        return (rounded < 0 ? "-" : "") + "\(whole).\(fraction)"
    }
}
