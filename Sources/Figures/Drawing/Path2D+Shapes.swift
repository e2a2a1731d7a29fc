import Foundation
import PlanCore

extension Path2D {
    /// A smooth curve through the points (a Catmull-Rom spline as cubic Béziers).
    public static func smooth(through points: [Point]) -> Path2D {
        var path = Path2D()
        guard let first = points.first else { return path }
        path.move(to: first)
        guard points.count > 1 else { return path }
        for i in 0..<(points.count - 1) {
            let p0 = points[max(i - 1, 0)], p1 = points[i], p2 = points[i + 1]
            let p3 = points[min(i + 2, points.count - 1)]
            path.curve(to: p2, control1: p1 + (p2 - p0) * (1.0 / 6), control2: p2 - (p3 - p1) * (1.0 / 6))
        }
        return path
    }

    /// A closed polygon through the points.
    public static func polygon(_ points: [Point]) -> Path2D {
        var path = Path2D()
        guard let first = points.first else { return path }
        path.move(to: first)
        for p in points.dropFirst() { path.line(to: p) }
        path.close()
        return path
    }

    /// A circle as four cubic arcs.
    public static func circle(center c: Point, radius r: Double) -> Path2D {
        ellipse(center: c, axisA: Point(x: r, y: 0), axisB: Point(x: 0, y: r))
    }

    /// An ellipse with the given centre and conjugate half-axes (the image of a circle under
    /// a linear map), as four cubic arcs.
    public static func ellipse(center c: Point, axisA a: Point, axisB b: Point) -> Path2D {
        // 0.5523 is the cubic Bézier constant for a quarter circle.
        let k = 0.5522847498
        var path = Path2D()
        path.move(to: c + a)
        path.curve(to: c + b, control1: c + a + b * k, control2: c + b + a * k)
        path.curve(to: c - a, control1: c + b - a * k, control2: c - a + b * k)
        path.curve(to: c - b, control1: c - a - b * k, control2: c - b - a * k)
        path.curve(to: c + a, control1: c - b + a * k, control2: c + a - b * k)
        path.close()
        return path
    }

    /// The outline of a round-ended stroke from `a` to `b` with half-width `r`.
    public static func capsule(from a: Point, to b: Point, radius r: Double) -> Path2D {
        let d = b - a
        let len = d.length
        guard len > 1e-9 else { return circle(center: a, radius: r) }
        let u = d * (1 / len), n = Point(x: -u.y, y: u.x)
        let k = 0.5522847498
        var path = Path2D()
        path.move(to: a + n * r)
        path.line(to: b + n * r)
        path.curve(to: b + u * r, control1: b + n * r + u * (r * k), control2: b + u * r + n * (r * k))
        path.curve(to: b - n * r, control1: b + u * r - n * (r * k), control2: b - n * r + u * (r * k))
        path.line(to: a - n * r)
        path.curve(to: a - u * r, control1: a - n * r - u * (r * k), control2: a - u * r - n * (r * k))
        path.curve(to: a + n * r, control1: a - u * r + n * (r * k), control2: a + n * r - u * (r * k))
        path.close()
        return path
    }

    /// The path with every point mapped.
    public func mapped(_ f: (Point) -> Point) -> Path2D {
        Path2D(commands.map { c in
            switch c {
            case .move(let p): return .move(f(p))
            case .line(let p): return .line(f(p))
            case .curve(let a, let b, let p): return .curve(f(a), f(b), f(p))
            case .close: return .close
            }
        })
    }

    /// The filled triangles of an arrow's heads (at the end, and at the start when
    /// `doubleHeaded`), pointing along the path's end tangents; every backend draws them
    /// the same way.
    public func arrowheads(length: Double, doubleHeaded: Bool) -> [[Point]] {
        var heads: [[Point]] = []
        let pts = points
        guard pts.count >= 2 else { return heads }
        func head(tip: Point, from: [Point]) -> [Point]? {
            // The tangent is taken from the nearest point that differs from the tip.
            guard let back = from.first(where: { ($0 - tip).length > 1e-9 }) else { return nil }
            let d = tip - back
            let u = d * (1 / d.length), n = Point(x: -u.y, y: u.x)
            let base = tip - u * length
            return [tip, base + n * (length * 0.45), base - n * (length * 0.45)]
        }
        if let h = head(tip: pts[pts.count - 1], from: pts.dropLast().reversed()) { heads.append(h) }
        if doubleHeaded, let h = head(tip: pts[0], from: Array(pts.dropFirst())) { heads.append(h) }
        return heads
    }
}
