import Foundation
import PlanCore

/// The diagram of an exercise's pose data: the mat, the start pose as a faint ghost, the
/// end pose solid, a curved arrow along the part that moves most, and a translucent patch
/// over each target region, fitted into a frame of `size` with margins.
public func scene(for spec: FigureSpec, size: Size, options: FigureOptions = FigureOptions()) -> Scene {
    let movement = Movement(spec, proportions: options.proportions)
    var canvas = FigureCanvas(camera: Camera(spec.view, base: spec.base), options: options)
    canvas.addGround(for: [movement.start, movement.end])
    let moving = movement.movingGroups()
    canvas.addBodies([(movement.start, true, moving), (movement.end, false, nil)])
    canvas.addHighlights(spec.highlight, on: movement.end, side: RegionPatch.side(for: movement))
    canvas.addMovementArrow(movement)
    return canvas.render(size: size)
}

extension FigureCanvas {
    /// A mat under floor positions, a shadow under standing ones.
    mutating func addGround(for bodies: [PlacedBody], extra: [Vector3] = []) {
        guard let first = bodies.first else { return }
        if first.base.isFloor { addMat(under: bodies, extra: extra) } else { addShadow(under: first) }
    }

    /// Patches over the target regions, labelled when the options ask for labels.
    mutating func addHighlights(_ regions: [BodyRegion], on body: PlacedBody, side: BodySide = .right) {
        var seen = Set<BodyRegion>()
        for region in regions where seen.insert(region).inserted {
            let patch = RegionPatch(region, on: body.skeleton, proportions: body.proportions, side: side)
            addHighlight(patch)
            if options.labels {
                addCallout(RegionPatch.label(for: region), to: project((patch.from + patch.to) * 0.5))
            }
        }
    }

    /// A curved arrow beside the path of the point that moves most, set off from the limb
    /// on the outside of its curve.
    mutating func addMovementArrow(_ movement: Movement) {
        guard var moving = movement.mostMovingPoint else { return }
        // When the pelvis itself travels (a bridge), that is the movement to show.
        let pelvis = movement.start.skeleton[.pelvis].distance(to: movement.end.skeleton[.pelvis])
        if pelvis > 0.06 { moving = (.pelvis, pelvis) }
        // When the back changes its curve (cat and cow), the middle of the back shows it.
        let bend = abs((movement.end.angles[.spineFlexion] - movement.start.angles[.spineFlexion]).degrees)
        let back = movement.start.skeleton[.spineMiddle].distance(to: movement.end.skeleton[.spineMiddle])
        if bend >= 30, back > 0.04, pelvis <= 0.06 { moving = (.spineMiddle, back) }
        var path = movement.path(of: moving.point).map(project)
        guard let first = path.first, let last = path.last, (last - first).length > 0.02 else { return }
        // A short movement gets an arrow drawn from a little before its start, so the arrow
        // reads at handout size; the ghost still shows where the movement begins.
        if (last - first).length < 0.2 {
            let before = (1...4).map { movement.body(at: -0.25 * Double(5 - $0)).skeleton[moving.point] }.map(project)
            path = before + path
        }
        let radius = movement.end.segments
            .filter { $0.from == moving.point || $0.to == moving.point }
            .map(\.radius).max() ?? 0.03
        addArrow(offsetPath(path, by: radius + 0.06, awayFrom: project(movement.end.skeleton[.pelvis])))
    }

    /// The path moved sideways: to the outside of its bend, or away from `centre` when it
    /// is straight; trimmed a little at its end so the arrowhead does not touch the body.
    func offsetPath(_ path: [Point], by distance: Double, awayFrom centre: Point) -> [Point] {
        guard let first = path.first, let last = path.last else { return path }
        let chord = last - first
        let mid = path[path.count / 2]
        var normal = mid - (first + last) * 0.5
        if normal.length < chord.length * 0.05 {
            normal = Point(x: -chord.y, y: chord.x)
            if (mid - centre).x * normal.x + (mid - centre).y * normal.y < 0 { normal = normal * -1 }
        }
        let n = normal * (1 / max(normal.length, 1e-9))
        let moved = path.map { $0 + n * distance }
        // Drop the last sixteenth of the way so the head stops short of the end pose.
        return moved.count > 4 ? Array(moved.dropLast(moved.count / 16)) : moved
    }
}
