import Foundation
import PlanCore

extension Scene {
    /// The scene as a self-contained SVG document, sized in the scene's units (taken as
    /// CSS pixels), on a transparent background.
    public func svg() -> String {
        let w = XMLText.number(size.width), h = XMLText.number(size.height)
        return "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"\(w)\" height=\"\(h)\" viewBox=\"0 0 \(w) \(h)\">\n"
            + svgElements() + "</svg>\n"
    }

    /// The scene's elements as SVG markup, one per line, back to front, in the scene's
    /// units, for a writer that supplies its own `<svg>` root. The markup names no ids and
    /// refers to none, so any number of scenes can sit inline in one HTML page without
    /// their ids colliding; every text in it is escaped.
    public func svgElements() -> String {
        svgMarkup(elements)
    }
}

/// The markup of elements, groups as `<g class="...">` around their own.
private func svgMarkup(_ elements: [SceneElement]) -> String {
    var out = ""
    for e in elements {
        switch e {
        case .group(let name, let inner):
            out += "<g class=\"\(XMLText.escape(name))\">\n" + svgMarkup(inner) + "</g>\n"
        case .path(let path, let style):
            out += "<path d=\"\(svgPathData(path))\"\(svgStyle(style))/>\n"
        case .circle(let c, let r, let style):
            out += "<circle cx=\"\(num(c.x))\" cy=\"\(num(c.y))\" r=\"\(num(max(0, r)))\"\(svgStyle(style))/>\n"
        case .arrow(let path, let style, let head, let double):
            let color = style.stroke ?? style.fill ?? .black
            var line = style
            line.fill = nil
            line.stroke = color
            out += "<path d=\"\(svgPathData(path.arrowShaft(headLength: head, doubleHeaded: double)))\"\(svgStyle(line))/>\n"
            for tri in path.arrowheads(length: head, doubleHeaded: double) {
                out += "<path d=\"\(svgPathData(.polygon(tri)))\"\(svgStyle(ShapeStyle(fill: color, stroke: nil)))/>\n"
            }
        case .label(let l):
            let anchor: String
            switch l.anchor {
            case .start: anchor = "start"
            case .middle: anchor = "middle"
            case .end: anchor = "end"
            }
            out += "<text x=\"\(num(l.position.x))\" y=\"\(num(l.position.y))\" font-family=\"sans-serif\""
            out += " font-size=\"\(num(l.fontSize))\" text-anchor=\"\(anchor)\""
            if l.bold { out += " font-weight=\"bold\"" }
            if let halo = l.halo {
                out += paint("stroke", halo) + " stroke-width=\"\(num(l.fontSize * Label.haloWidth))\""
                out += " stroke-linejoin=\"round\" paint-order=\"stroke\""
            }
            out += paint("fill", l.color) + ">\(XMLText.escape(l.text))</text>\n"
        }
    }
    return out
}

private func num(_ v: Double) -> String { XMLText.number(v) }

private func svgPathData(_ path: Path2D) -> String {
    path.commands.map { c in
        switch c {
        case .move(let p): return "M\(num(p.x)) \(num(p.y))"
        case .line(let p): return "L\(num(p.x)) \(num(p.y))"
        case .curve(let a, let b, let p):
            return "C\(num(a.x)) \(num(a.y)) \(num(b.x)) \(num(b.y)) \(num(p.x)) \(num(p.y))"
        case .close: return "Z"
        }
    }.joined(separator: " ")
}

private func paint(_ attribute: String, _ color: Color?) -> String {
    guard let c = color else { return " \(attribute)=\"none\"" }
    func ch(_ v: Double) -> Int { Int((max(0, min(1, v.isFinite ? v : 0)) * 255).rounded()) }
    var s = " \(attribute)=\"rgb(\(ch(c.red)),\(ch(c.green)),\(ch(c.blue)))\""
    if c.alpha < 1 { s += " \(attribute)-opacity=\"\(num(max(0, c.alpha.isFinite ? c.alpha : 1)))\"" }
    return s
}

private func svgStyle(_ style: ShapeStyle) -> String {
    var s = paint("fill", style.fill)
    s += paint("stroke", style.stroke)
    if style.stroke != nil {
        s += " stroke-width=\"\(num(max(0, style.lineWidth)))\""
        switch style.lineCap {
        case .butt: s += " stroke-linecap=\"butt\""
        case .round: s += " stroke-linecap=\"round\""
        case .square: s += " stroke-linecap=\"square\""
        }
        switch style.lineJoin {
        case .miter: s += " stroke-linejoin=\"miter\""
        case .round: s += " stroke-linejoin=\"round\""
        case .bevel: s += " stroke-linejoin=\"bevel\""
        }
        if !style.dash.isEmpty { s += " stroke-dasharray=\"\(style.dash.map { num(max(0, $0)) }.joined(separator: " "))\"" }
    }
    return s
}
