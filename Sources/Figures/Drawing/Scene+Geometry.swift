import Foundation
import PlanCore

extension Scene {
    /// The box that holds every element's ink: strokes by half their width, arrowheads,
    /// and labels by an estimate of their text width; nil for an empty scene.
    public var inkBounds: Rect? {
        var minX = Double.infinity, minY = Double.infinity
        var maxX = -Double.infinity, maxY = -Double.infinity
        func add(_ p: Point, _ pad: Double) {
            minX = min(minX, p.x - pad); maxX = max(maxX, p.x + pad)
            minY = min(minY, p.y - pad); maxY = max(maxY, p.y + pad)
        }
        for e in leaves {
            switch e {
            case .group: break
            case .path(let path, let style):
                let pad = style.stroke == nil ? 0 : style.lineWidth / 2
                for p in path.points { add(p, pad) }
            case .circle(let c, let r, let style):
                add(c, r + (style.stroke == nil ? 0 : style.lineWidth / 2))
            case .arrow(let path, let style, let head, let double):
                for p in path.points { add(p, style.lineWidth / 2) }
                for tri in path.arrowheads(length: head, doubleHeaded: double) {
                    for p in tri { add(p, 0) }
                }
            case .label(let l):
                let w = l.estimatedWidth
                let x0: Double
                switch l.anchor {
                case .start: x0 = l.position.x
                case .middle: x0 = l.position.x - w / 2
                case .end: x0 = l.position.x - w
                }
                add(Point(x: x0, y: l.position.y - l.fontSize * 0.8), 0)
                add(Point(x: x0 + w, y: l.position.y + l.fontSize * 0.25), 0)
            }
        }
        guard minX.isFinite else { return nil }
        return Rect(x: minX, y: minY, width: maxX - minX, height: maxY - minY)
    }

    /// The scene with its frame fitted to its ink: the frame becomes the ink bounds plus
    /// `margin` on every side and the elements move with it, so the picture fills its
    /// frame; an empty scene comes back unchanged.
    public func cropped(toInkWithMargin margin: Double) -> Scene {
        guard let ink = inkBounds else { return self }
        let m = max(0, margin)
        return Scene(size: Size(width: ink.width + 2 * m, height: ink.height + 2 * m),
                     elements: elements.map { $0.translated(by: Point(x: m - ink.minX, y: m - ink.minY)) })
    }

    /// The scene drawn `k` times as large: geometry, line widths, dashes, arrowheads and
    /// text all scale together, as when a backend draws it into a smaller box.
    public func scaled(by k: Double) -> Scene {
        func f(_ p: Point) -> Point { p * k }
        func style(_ s: ShapeStyle) -> ShapeStyle {
            var t = s
            t.lineWidth *= k
            t.dash = s.dash.map { $0 * k }
            return t
        }
        func scale(_ e: SceneElement) -> SceneElement {
            switch e {
            case .group(let name, let inner): return .group(name, inner.map(scale))
            case .path(let p, let s): return .path(p.mapped(f), style(s))
            case .circle(let c, let r, let s): return .circle(center: f(c), radius: r * k, style(s))
            case .arrow(let p, let s, let h, let d): return .arrow(p.mapped(f), style(s), headLength: h * k, doubleHeaded: d)
            case .label(var l):
                l.position = f(l.position)
                l.fontSize *= k
                return .label(l)
            }
        }
        return Scene(size: Size(width: size.width * k, height: size.height * k), elements: elements.map(scale))
    }

    /// The scene mirrored left to right inside its frame (labels stay readable): a figure
    /// for the left side from one drawn for the right.
    public func mirrored() -> Scene {
        let w = size.width
        func f(_ p: Point) -> Point { Point(x: w - p.x, y: p.y) }
        func mirror(_ e: SceneElement) -> SceneElement {
            switch e {
            case .group(let name, let inner): return .group(name, inner.map(mirror))
            case .path(let p, let s): return .path(p.mapped(f), s)
            case .circle(let c, let r, let s): return .circle(center: f(c), radius: r, s)
            case .arrow(let p, let s, let h, let d): return .arrow(p.mapped(f), s, headLength: h, doubleHeaded: d)
            case .label(var l):
                l.position = f(l.position)
                switch l.anchor {
                case .start: l.anchor = .end
                case .end: l.anchor = .start
                case .middle: break
                }
                return .label(l)
            }
        }
        return Scene(size: size, elements: elements.map(mirror))
    }
}

extension SceneElement {
    /// The element moved by `offset`.
    public func translated(by offset: Point) -> SceneElement {
        func f(_ p: Point) -> Point { p + offset }
        switch self {
        case .group(let name, let inner): return .group(name, inner.map { $0.translated(by: offset) })
        case .path(let p, let s): return .path(p.mapped(f), s)
        case .circle(let c, let r, let s): return .circle(center: f(c), radius: r, s)
        case .arrow(let p, let s, let h, let d): return .arrow(p.mapped(f), s, headLength: h, doubleHeaded: d)
        case .label(var l):
            l.position = f(l.position)
            return .label(l)
        }
    }
}

extension Label {
    /// A rough width of the text for layout without a font: 0.55 em per character (a
    /// little more when bold), wide enough for common sans-serif faces.
    public var estimatedWidth: Double {
        Double(text.count) * fontSize * (bold ? 0.6 : 0.55)
    }
}
