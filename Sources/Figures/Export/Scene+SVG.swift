import Foundation
import PlanCore

extension Scene {
    /// The scene as a self-contained SVG document, sized in the scene's units (taken as
    /// CSS pixels), on a transparent background.
    public func svg() -> String {
        var out = "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"\(num(size.width))\" height=\"\(num(size.height))\""
        out += " viewBox=\"0 0 \(num(size.width)) \(num(size.height))\">\n"
        for e in elements {
            switch e {
            case .path(let path, let style):
                out += "<path d=\"\(svgPathData(path))\"\(svgStyle(style))/>\n"
            case .circle(let c, let r, let style):
                out += "<circle cx=\"\(num(c.x))\" cy=\"\(num(c.y))\" r=\"\(num(r))\"\(svgStyle(style))/>\n"
            case .arrow(let path, let style, let head, let double):
                var line = style
                line.fill = nil
                out += "<path d=\"\(svgPathData(path))\"\(svgStyle(line))/>\n"
                let color = style.stroke ?? .black
                for tri in path.arrowheads(length: head, doubleHeaded: double) {
                    let headStyle = ShapeStyle(fill: color, stroke: color, lineWidth: style.lineWidth * 0.5)
                    out += "<path d=\"\(svgPathData(.polygon(tri)))\"\(svgStyle(headStyle))/>\n"
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
                out += paint("fill", l.color) + ">\(escapeXML(l.text))</text>\n"
            }
        }
        out += "</svg>\n"
        return out
    }
}

/// A number for SVG: at most three decimals, no exponent, "." as the decimal mark.
private func num(_ v: Double) -> String {
    guard v.isFinite else { return "0" }
    var s = String(format: "%.3f", v)
    while s.hasSuffix("0") { s.removeLast() }
    if s.hasSuffix(".") { s.removeLast() }
    return s == "-0" ? "0" : s
}

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
    func ch(_ v: Double) -> Int { Int((max(0, min(1, v)) * 255).rounded()) }
    var s = " \(attribute)=\"rgb(\(ch(c.red)),\(ch(c.green)),\(ch(c.blue)))\""
    if c.alpha < 1 { s += " \(attribute)-opacity=\"\(num(max(0, c.alpha)))\"" }
    return s
}

private func svgStyle(_ style: ShapeStyle) -> String {
    var s = paint("fill", style.fill)
    s += paint("stroke", style.stroke)
    if style.stroke != nil {
        s += " stroke-width=\"\(num(style.lineWidth))\""
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
        if !style.dash.isEmpty { s += " stroke-dasharray=\"\(style.dash.map(num).joined(separator: " "))\"" }
    }
    return s
}

/// Text made safe inside an XML element or attribute.
func escapeXML(_ text: String) -> String {
    var out = ""
    for ch in text {
        switch ch {
        case "&": out += "&amp;"
        case "<": out += "&lt;"
        case ">": out += "&gt;"
        case "\"": out += "&quot;"
        case "'": out += "&apos;"
        default:
            // Control characters other than tab and newline are not allowed in XML 1.0.
            if let a = ch.unicodeScalars.first?.value, ch.unicodeScalars.count == 1, a < 0x20, a != 9, a != 10 {
                continue
            }
            out.append(ch)
        }
    }
    return out
}
