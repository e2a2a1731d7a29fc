import Figures

/// A scene as an `<svg>` element to place inside an HTML page: no XML prolog and no
/// namespace attribute (HTML parsers supply both), a view box so CSS can scale it, and a
/// label for screen readers. The elements are the scene's own SVG markup, which names no
/// ids, so several figures on one page never borrow each other's; every text is escaped.
enum InlineSVG {
    /// The `<svg>` element for `scene`, labelled `label`.
    static func element(_ scene: Scene, label: String, cssClass: String = "figure") -> String {
        let w = number(scene.size.width), h = number(scene.size.height)
        var out = "<svg class=\"\(HTML.escape(cssClass))\" viewBox=\"0 0 \(w) \(h)\" width=\"\(w)\" height=\"\(h)\""
        out += " role=\"img\" aria-label=\"\(HTML.escape(label))\">"
        out += "<title>\(HTML.escape(label))</title>"
        return out + scene.svgElements() + "</svg>"
    }

    /// A number for an SVG attribute, written as the scene's own markup writes it.
    static func number(_ v: Double) -> String { XMLText.number(v) }
}
