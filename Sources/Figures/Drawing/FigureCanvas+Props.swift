import Foundation
import PlanCore

extension FigureCanvas {
    /// Draws the props that lie under the body or beside it (`over` false: blocks,
    /// cushions, balls, a wall, a chair) or across it (`over` true: straps and bands), each
    /// as a group named `prop <kind>`.
    mutating func addProps(_ props: [PlacedProp], over: Bool) {
        for prop in props where prop.overBody == over && prop.prop.kind != .mat {
            grouped("prop \(prop.prop.kind.rawValue)") { canvas in
                // Farther solids first.
                let solids = prop.solids.sorted { canvas.depth(of: $0) < canvas.depth(of: $1) }
                for solid in solids { canvas.addSolid(solid, soft: prop.prop.kind == .cushion) }
                for cord in prop.cords { canvas.addCord(cord, radius: prop.cordRadius) }
            }
        }
    }

    private func depth(of solid: PlacedProp.Solid) -> Double {
        switch solid {
        case .ball(let c, _), .box(let c, _): return camera.depth(c)
        }
    }

    /// A ball, or a box; a soft box (a cushion) is drawn as a rounded pillow.
    private mutating func addSolid(_ solid: PlacedProp.Solid, soft: Bool = false) {
        let outline = ShapeStyle(fill: style.propFill, stroke: style.propOutline, lineWidth: lineUnit * 1.4)
        switch solid {
        case .ball(let c, let r):
            add(.disc(center: project(c), radius: r, extra: lineUnit * 0.7, ShapeStyle(fill: style.propOutline)))
            add(.disc(center: project(c), radius: r, extra: 0, ShapeStyle(fill: style.propFill)))
            // A seam across the ball, so it reads as round rather than as a flat disc.
            let seam = (0...12).map { i -> Point in
                let t = (-60 + 120 * Double(i) / 12) * .pi / 180
                return project(c) + Point(x: sin(t) * r * 0.55, y: -cos(t) * r * 0.9)
            }
            add(.path(.smooth(through: seam), ShapeStyle(stroke: style.propOutline, lineWidth: lineUnit), metreWidth: 0))
        case .box(let c, let h):
            let corners = [-1.0, 1.0].flatMap { x in [-1.0, 1.0].flatMap { y in [-1.0, 1.0].map { z in
                c + Vector3(x * h.x, y * h.y, z * h.z)
            } } }
            let hull = convexHull(corners.map(project))
            if soft {
                add(.path(.smooth(through: hull + hull.prefix(3)), outline, metreWidth: 0))
                return
            }
            add(.path(.polygon(hull), outline, metreWidth: 0))
            // The faces turned to the camera, outlined so the box shows its edges.
            let toward = camera.towardCamera
            for axis in 0..<3 {
                let n: Vector3 = axis == 0 ? Vector3(1, 0, 0) : axis == 1 ? Vector3(0, 1, 0) : Vector3(0, 0, 1)
                for sign in [-1.0, 1.0] where n.dot(toward) * sign > 0.05 {
                    let face = corners.filter { q in
                        let d = q - c
                        return abs((axis == 0 ? d.x : axis == 1 ? d.y : d.z) - sign * (axis == 0 ? h.x : axis == 1 ? h.y : h.z)) < 1e-9
                    }
                    add(.path(.polygon(convexHull(face.map(project))),
                              ShapeStyle(stroke: style.propOutline, lineWidth: lineUnit), metreWidth: 0))
                }
            }
        }
    }

    private mutating func addCord(_ points: [Vector3], radius: Double) {
        guard points.count >= 2 else { return }
        var path = Path2D()
        path.move(to: project(points[0]))
        for q in points.dropFirst() { path.line(to: project(q)) }
        add(.path(path, ShapeStyle(stroke: style.propOutline, lineWidth: 1.6 * lineUnit), metreWidth: 2 * radius))
        add(.path(path, ShapeStyle(stroke: style.cord, lineWidth: 0), metreWidth: 2 * radius))
    }
}
