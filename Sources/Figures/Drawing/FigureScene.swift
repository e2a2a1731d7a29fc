import Foundation
import PlanCore

/// The diagram of an exercise's pose data: the mat, the start pose as a dashed ghost, the
/// end pose solid, an arrow whose shape says the movement, a translucent patch over each
/// target region, and the annotations the pose data asks for (shadows under lifted parts,
/// contact marks, angle arcs, labels), fitted into a frame of `size` with margins.
public func scene(for spec: FigureSpec, size: Size, options: FigureOptions = FigureOptions()) -> Scene {
    let movement = Movement(spec, proportions: options.proportions)
    var canvas = FigureCanvas(camera: Camera(spec.view, base: spec.base), options: options)
    let props = spec.props.map { PlacedProp($0, on: movement.end) }
    canvas.addGround(for: [movement.start, movement.end], extra: props.flatMap(\.extent))
    canvas.addGroundAnnotations(spec.annotations, on: movement.end)
    canvas.addProps(props, over: false)
    let moving = movement.movingGroups()
    canvas.addBodies([(movement.start, true, moving), (movement.end, false, nil)])
    canvas.addProps(props, over: true)
    canvas.addHighlights(spec.highlight, on: movement.end, side: RegionPatch.side(for: movement))
    canvas.addAnnotations(spec.annotations, on: movement.end)
    let shape = spec.annotations.lazy.compactMap { a -> ArrowShape? in
        if case .arrow(let shape) = a { return shape } else { return nil }
    }.last ?? .path
    canvas.grouped("annotation arrow \(shape.rawValue)") { $0.addMovementArrow(movement, shape: shape) }
    return canvas.render(size: size)
}

extension FigureCanvas {
    /// A knee bent this far carries the foot with it: the knee is the part to follow.
    static let bentKnee = 60.0

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

    /// An arrow for the movement: beside the path of the point that moves most (set off
    /// from the limb, on the outside of its curve and never down into the floor), a short
    /// arc of that path, or a circle around the point for stirs and circles.
    mutating func addMovementArrow(_ movement: Movement, shape: ArrowShape = .path) {
        guard shape != .none, var moving = movement.mostMovingPoint else { return }
        // When the pelvis itself travels (a bridge), that is the movement to show.
        let pelvis = movement.start.skeleton[.pelvis].distance(to: movement.end.skeleton[.pelvis])
        if pelvis > 0.06 { moving = (.pelvis, pelvis) }
        // When the back changes its curve (cat and cow), the middle of the back shows it.
        let bend = abs((movement.end.angles[.spineFlexion] - movement.start.angles[.spineFlexion]).degrees)
        let back = movement.start.skeleton[.spineMiddle].distance(to: movement.end.skeleton[.spineMiddle])
        if bend >= 30, back > 0.04, pelvis <= 0.06 { moving = (.spineMiddle, back) }
        // A bent leg that swings from the hip (a fire hydrant, knee stirs) shows its
        // movement at the knee: the foot only follows it.
        for (knee, foot) in [(BodyPoint.leftKnee, [BodyPoint.leftAnkle, .leftHeel, .leftToe]),
                             (.rightKnee, [.rightAnkle, .rightHeel, .rightToe])] where foot.contains(moving.point) {
            let bent = (knee == .leftKnee ? movement.end.angles[.leftKneeFlexion] : movement.end.angles[.rightKneeFlexion]).degrees
            let travel = movement.start.skeleton[knee].distance(to: movement.end.skeleton[knee])
            if bent >= Self.bentKnee, travel >= moving.distance * 0.4 { moving = (knee, travel) }
        }
        let radius = movement.end.segments
            .filter { $0.from == moving.point || $0.to == moving.point }
            .map(\.radius).max() ?? 0.03
        if shape == .circle {
            addCircleArrow(around: moving.point, movement, clearance: radius + 0.05)
            return
        }
        var path = movement.path(of: moving.point)
        guard let first = path.first, let last = path.last, (project(last) - project(first)).length > 0.02 else { return }
        // A short movement gets an arrow drawn from a little before its start, so the arrow
        // reads at handout size; the ghost still shows where the movement begins. A short
        // arc says the range is small, so it keeps its own length.
        if shape == .path, (project(last) - project(first)).length < 0.2 {
            path = (1...4).map { movement.body(at: -0.25 * Double(5 - $0)).skeleton[moving.point] } + path
        }
        let centre = movement.end.skeleton[BodyPoint.pelvis]
        addArrow(offsetPath(path, by: radius + 0.06, awayFrom: centre).map(project),
                 weight: shape == .short ? 3 : 2.6)
    }

    /// A circling arrow around a point's mid position, in the plane across the limb that
    /// carries it (the thigh for a knee, the whole leg for a foot), most of the way round.
    mutating func addCircleArrow(around point: BodyPoint, _ movement: Movement, clearance: Double) {
        let s = movement.body(at: 0.5).skeleton
        let a = movement.start.skeleton[point], b = movement.end.skeleton[point]
        let centre = (a + b) * 0.5
        let root: BodyPoint
        switch point {
        case .leftKnee, .leftAnkle, .leftHeel, .leftToe: root = .leftHip
        case .rightKnee, .rightAnkle, .rightHeel, .rightToe: root = .rightHip
        case .leftElbow, .leftWrist, .leftHand: root = .leftShoulder
        case .rightElbow, .rightWrist, .rightHand: root = .rightShoulder
        default: root = .pelvis
        }
        var axis = (centre - s[root]).normalized
        if axis.length < 0.5 { axis = Vector3(0, 0, 1) }
        // Two directions across the axis; the first as near the drawing's horizontal as it
        // can be, so the circle starts at its side.
        var u = camera.right - axis * camera.right.dot(axis)
        if u.length < 1e-3 { u = camera.up - axis * camera.up.dot(axis) }
        u = u.normalized
        let w = axis.cross(u).normalized
        let r = max(a.distance(to: b) / 2, clearance)
        let ring = (0...40).map { i -> Vector3 in
            let t = (20 + 300 * Double(i) / 40) * .pi / 180
            return centre + u * (cos(t) * r) + w * (sin(t) * r)
        }
        addArrow(ring.map(project), weight: 2.6)
    }

    /// The path moved sideways in the world: to the outside of its bend, or away from
    /// `centre` when it is straight, across the line of sight (so the offset shows), and
    /// never down toward the floor; trimmed a little at its end so the arrowhead does not
    /// touch the body.
    func offsetPath(_ path: [Vector3], by distance: Double, awayFrom centre: Vector3) -> [Vector3] {
        guard let first = path.first, let last = path.last else { return path }
        let chord = last - first
        let mid = path[path.count / 2]
        let toward = camera.towardCamera
        func across(_ v: Vector3) -> Vector3 { v - toward * v.dot(toward) }
        var normal = across(mid - (first + last) * 0.5)
        if normal.length < across(chord).length * 0.05 {
            // A straight path: away from the centre, square to the chord.
            let c = chord.normalized
            let away = mid - centre
            normal = across(away - c * away.dot(c))
        }
        // An arrow drawn under a limb would lie on the mat, away from what moves.
        if normal.z < 0 { normal = Vector3(normal.x, normal.y, 0) }
        if normal.length < 1e-6 { normal = Vector3(0, 0, 1) }
        let n = normal.normalized
        let floor = AnnotationMetrics.restingHeight
        let moved = path.map { q -> Vector3 in
            let m = q + n * distance
            return Vector3(m.x, m.y, max(m.z, floor))
        }
        // Drop the last sixteenth of the way so the head stops short of the end pose.
        return moved.count > 4 ? Array(moved.dropLast(moved.count / 16)) : moved
    }
}
