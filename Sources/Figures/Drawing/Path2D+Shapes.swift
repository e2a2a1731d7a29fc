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

    /// The outline of two circles and the lines that touch both: round at each end, `ra`
    /// at `a` and `rb` at `b`, tapering from one to the other (a foot, full at the heel).
    /// When one circle holds the other it is just the larger circle.
    public static func taperedCapsule(from a: Point, radius ra: Double, to b: Point, radius rb: Double) -> Path2D {
        let d = b - a
        let length = d.length
        guard length > abs(ra - rb) + 1e-9 else {
            return ra >= rb ? circle(center: a, radius: ra) : circle(center: b, radius: rb)
        }
        // Both tangent lines leave each circle at the same angle to the axis.
        let axis = atan2(d.y, d.x)
        let phi = acos(max(-1, min(1, (ra - rb) / length)))
        func at(_ c: Point, _ r: Double, _ t: Double) -> Point { Point(x: c.x + r * cos(t), y: c.y + r * sin(t)) }
        var path = Path2D()
        path.move(to: at(a, ra, axis + phi))
        path.line(to: at(b, rb, axis + phi))
        path.addArc(center: b, radius: rb, from: axis + phi, sweep: -2 * phi)
        path.line(to: at(a, ra, axis - phi))
        path.addArc(center: a, radius: ra, from: axis - phi, sweep: -(2 * .pi - 2 * phi))
        path.close()
        return path
    }

    /// Adds a circular arc from the current point (which should be on the circle at angle
    /// `start`) through `sweep` radians, as cubic curves of at most a quarter turn each.
    mutating func addArc(center c: Point, radius r: Double, from start: Double, sweep: Double) {
        let pieces = max(1, Int((abs(sweep) / (.pi / 2)).rounded(.up)))
        let step = sweep / Double(pieces)
        let k = 4.0 / 3.0 * tan(step / 4)
        var t = start
        for _ in 0..<pieces {
            let t1 = t + step
            let p0 = Point(x: c.x + r * cos(t), y: c.y + r * sin(t))
            let p3 = Point(x: c.x + r * cos(t1), y: c.y + r * sin(t1))
            curve(to: p3, control1: p0 + Point(x: -sin(t), y: cos(t)) * (k * r),
                  control2: p3 - Point(x: -sin(t1), y: cos(t1)) * (k * r))
            t = t1
        }
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
    /// `doubleHeaded`), pointing along the path's end tangents. Every backend draws an
    /// arrow as `arrowShaft` stroked and these filled, so PDF, PNG and SVG agree.
    public func arrowheads(length: Double, doubleHeaded: Bool) -> [[Point]] {
        guard length > 0 else { return [] }
        let ends = ArrowEnds(self)
        var heads: [(tip: Point, direction: Point)] = []
        if let end = ends.end { heads.append(end) }
        if doubleHeaded, let start = ends.start { heads.append(start) }
        return heads.map { head in
            let d = head.direction, normal = Point(x: -d.y, y: d.x)
            let base = head.tip - d * length
            return [head.tip, base + normal * (length * 0.45), base - normal * (length * 0.45)]
        }
    }

    /// The line of an arrow with heads of `headLength`: the path stopped a little inside
    /// each head, so a thick round cap cannot poke through the tip. Control points move
    /// with their end point, so a curve keeps its shape near the head.
    public func arrowShaft(headLength: Double, doubleHeaded: Bool) -> Path2D {
        let trim = max(0, headLength) * 0.6
        return trimmed(atEnd: trim, atStart: doubleHeaded ? trim : 0)
    }

    /// This path with its last point pulled back by `endTrim` and its first pushed forward
    /// by `startTrim`, along its tangents there.
    func trimmed(atEnd endTrim: Double, atStart startTrim: Double) -> Path2D {
        var commands = self.commands
        let ends = ArrowEnds(self)
        if endTrim > 0, let end = ends.end,
           let i = commands.lastIndex(where: { if case .close = $0 { return false } else { return true } }) {
            let shift = end.direction * (-endTrim)
            switch commands[i] {
            case .line(let p): commands[i] = .line(p + shift)
            case .curve(let c1, let c2, let p): commands[i] = .curve(c1, c2 + shift, p + shift)
            case .move, .close: break
            }
        }
        if startTrim > 0, let start = ends.start, let first = commands.first, case .move(let p) = first {
            commands[0] = .move(p - start.direction * startTrim)
            if commands.count > 1, case .curve(let c1, let c2, let q) = commands[1] {
                commands[1] = .curve(c1 - start.direction * startTrim, c2, q)
            }
        }
        return Path2D(commands)
    }
}

/// Where an arrow's heads go: each end's tip and the unit direction a head there points.
struct ArrowEnds {
    var end: (tip: Point, direction: Point)?
    var start: (tip: Point, direction: Point)?

    init(_ path: Path2D) {
        // The points the path visits, control points included: the tangent at a Bézier
        // end runs toward its nearest distinct control point.
        let points = path.points
        if let tip = points.last, let from = points.dropLast().last(where: { ($0 - tip).length > 1e-9 }) {
            end = (tip, Self.unit(tip - from))
        }
        if let tip = points.first, let toward = points.dropFirst().first(where: { ($0 - tip).length > 1e-9 }) {
            start = (tip, Self.unit(tip - toward))
        }
    }

    private static func unit(_ v: Point) -> Point { v * (1 / v.length) }
}
