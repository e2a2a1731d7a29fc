import Foundation
import PlanCore

/// The picture for a cue or palpation trick, drawn on the side-lying body of the hip
/// series: the radio dial on the outside of the hip, the hand scratching the side of the
/// hip, the hand resting there over the working muscle, or the small range.
public func scene(for illustration: Illustration, size: Size, options: FigureOptions = FigureOptions()) -> Scene {
    let camera = Camera(azimuth: .degrees(15), elevation: .degrees(50))
    var canvas = FigureCanvas(camera: camera, options: options)
    let p = options.proportions
    switch illustration {
    case .dial:
        let m = IllustrationPoses.movement(rotation: 35, hand: false, p)
        canvas.addGround(for: [m.start, m.end])
        canvas.addBodies([(m.start, true, m.movingGroups()), (m.end, false, nil)])
        canvas.addDial(on: m.end)
        canvas.addMovementArrow(m)
    case .scratch:
        let body = IllustrationPoses.body(rotation: 0, hand: true, p)
        canvas.addGround(for: [body])
        canvas.addBody(body)
        canvas.addScratchMarks(on: body)
    case .rest:
        let m = IllustrationPoses.movement(rotation: 20, hand: true, p)
        canvas.addGround(for: [m.start, m.end])
        canvas.addBodies([(m.start, true, [.rightLeg]), (m.end, false, nil)])
        canvas.addHighlight(RegionPatch(.hipRotators, on: m.end.skeleton, proportions: p))
        canvas.addRipples(on: m.end)
    case .smallRange:
        let m = IllustrationPoses.movement(rotation: 12, hand: false, p)
        let full = IllustrationPoses.movement(rotation: 40, hand: false, p)
        canvas.addGround(for: [m.start, full.end])
        canvas.addBodies([(m.start, true, [.rightLeg]), (m.end, false, nil)])
        canvas.addHighlight(RegionPatch(.hipRotators, on: m.end.skeleton, proportions: p))
        canvas.addSmallRange(small: m, full: full)
    }
    return canvas.render(size: size)
}

/// The side-lying body the illustrations are drawn on: the clam of the hip series, with the
/// top hand either on the mat or on the side of the hip.
enum IllustrationPoses {
    static func angles(rotation: Double, hand: Bool) -> PoseAngles {
        var a: [JointMotion: Double] = [
            .leftHipFlexion: 45, .rightHipFlexion: 45, .leftKneeFlexion: 90, .rightKneeFlexion: 90,
            .leftHipAbduction: -4, .rightHipAbduction: -4, .rightHipRotation: rotation,
        ]
        if hand {
            // The top arm reaches back and down so the palm lies on the side of the hip.
            a[.rightShoulderFlexion] = -28
            a[.rightShoulderAbduction] = 6
            a[.rightShoulderRotation] = 0
            a[.rightElbowFlexion] = 62
            a[.rightWristFlexion] = 15
        }
        return PoseAngles(a.mapValues { Angle.degrees($0) })
    }

    static func body(rotation: Double, hand: Bool, _ p: BodyProportions) -> PlacedBody {
        BodyPlacement.place(angles(rotation: rotation, hand: hand), base: .sideLying, proportions: p)
    }

    static func movement(rotation: Double, hand: Bool, _ p: BodyProportions) -> Movement {
        let spec = FigureSpec(base: .sideLying, start: angles(rotation: 0, hand: hand),
                              end: angles(rotation: rotation, hand: hand), view: .back)
        return Movement(spec, proportions: p)
    }
}

extension FigureCanvas {
    /// A point on the outside of the top hip, and the plane of that surface.
    private func hipSurface(_ body: PlacedBody) -> (centre: Vector3, e1: Vector3, e2: Vector3) {
        let s = body.skeleton, f = s[BodyFrame.pelvis], p = body.proportions
        let centre = s[.rightHip] + f.xAxis * (p.pelvisRadius + 0.004) - f.yAxis * (0.012 * p.stature)
        return (centre, f.yAxis, f.zAxis)
    }

    /// A ring of points on the hip's surface around its centre, `radius` metres out.
    private func ring(_ body: PlacedBody, radius: Double, from a0: Double, to a1: Double, steps: Int = 40) -> [Point] {
        let (c, e1, e2) = hipSurface(body)
        return (0...steps).map { i in
            let a = (a0 + (a1 - a0) * Double(i) / Double(steps)) * .pi / 180
            return project(c + e1 * (cos(a) * radius) + e2 * (sin(a) * radius))
        }
    }

    /// The radio dial: a round face with ticks and a pointer on the outside of the hip, and
    /// a turning arrow around its rim.
    mutating func addDial(on body: PlacedBody) {
        let p = body.proportions
        // Larger than life: the dial is a picture to hold in mind, not an object on the hip.
        let r = 0.09 * p.stature
        let (c, e1, e2) = hipSurface(body)
        let face = ring(body, radius: r, from: 0, to: 360, steps: 48)
        add(.path(.polygon(face), ShapeStyle(fill: .white, stroke: style.bodyOutline, lineWidth: lineUnit * 1.4),
                  metreWidth: 0))
        for i in 0..<12 {
            let a = Double(i) * .pi / 6
            let dir = e1 * cos(a) + e2 * sin(a)
            var tick = Path2D()
            tick.move(to: project(c + dir * (r * 0.78)))
            tick.line(to: project(c + dir * (r * 0.93)))
            add(.path(tick, ShapeStyle(stroke: style.bodyOutline, lineWidth: lineUnit), metreWidth: 0))
        }
        // The pointer follows the thigh, as if the dial turned the thigh bone.
        let thigh = (body.skeleton[.rightKnee] - body.skeleton[.rightHip])
        let along = Vector3(0, 0, 0) + e1 * thigh.dot(e1) + e2 * thigh.dot(e2)
        let pointer = along.length > 1e-6 ? along.normalized : e1
        var needle = Path2D()
        needle.move(to: project(c))
        needle.line(to: project(c + pointer * (r * 0.7)))
        add(.path(needle, ShapeStyle(stroke: style.arrow, lineWidth: lineUnit * 2.2), metreWidth: 0))
        add(.disc(center: project(c), radius: r * 0.14, extra: 0, ShapeStyle(fill: style.bodyOutline)))
        // The turn: from the pointer, back around the rim (the thigh turning outward).
        let start = atan2(pointer.dot(e2), pointer.dot(e1)) * 180 / .pi
        addArrow(ring(body, radius: r * 1.25, from: start + 30, to: start - 120), weight: 3)
    }

    /// Short zig-zag scratch marks beside the fingertips on the side of the hip, with two
    /// movement ticks either side of the hand.
    mutating func addScratchMarks(on body: PlacedBody) {
        let s = body.skeleton, p = body.proportions
        let (_, e1, e2) = hipSurface(body)
        let hand = s[.rightHand]
        let up = s[BodyFrame.pelvis].xAxis * (p.handRadius * 0.8)
        for k in -1...1 {
            let base = hand + up + e2 * (Double(k) * 0.04 * p.stature) + e1 * (0.02 * p.stature)
            let zig = (0...4).map { i -> Point in
                let t = Double(i) / 4
                return project(base + e1 * (0.08 * p.stature * t) + e2 * ((i % 2 == 0 ? -1 : 1) * 0.012 * p.stature))
            }
            var path = Path2D()
            path.move(to: zig[0])
            for q in zig.dropFirst() { path.line(to: q) }
            add(.path(path, ShapeStyle(stroke: style.arrow, lineWidth: lineUnit * 2.2, lineJoin: .miter), metreWidth: 0))
        }
        // A back-and-forth arrow: the hand rubs briskly.
        let wrist = s[.rightWrist]
        let mid = (wrist + hand) * 0.5 + up * 4
        let a = project(mid - e2 * (0.08 * p.stature)), b = project(mid + e2 * (0.08 * p.stature))
        var rub = Path2D()
        rub.move(to: a)
        rub.line(to: b)
        add(.arrow(rub, ShapeStyle(stroke: style.arrow, lineWidth: lineUnit * 2), metreWidth: 0, head: lineUnit * 7))
        var back = Path2D()
        back.move(to: b)
        back.line(to: a)
        add(.arrow(back, ShapeStyle(stroke: style.arrow, lineWidth: lineUnit * 2), metreWidth: 0, head: lineUnit * 7))
    }

    /// Rings spreading from under the resting hand: the muscle moving beneath it.
    mutating func addRipples(on body: PlacedBody) {
        let p = body.proportions
        for (i, r) in [0.07, 0.1, 0.13].enumerated() {
            let arc = ring(body, radius: r * p.stature, from: -150, to: -40)
            var path = Path2D.smooth(through: arc)
            path = path.mapped { $0 }
            add(.path(path, ShapeStyle(stroke: style.arrow.withAlpha(1 - Double(i) * 0.25),
                                       lineWidth: lineUnit * 2.2), metreWidth: 0))
            let arc2 = ring(body, radius: r * p.stature, from: 30, to: 140)
            add(.path(.smooth(through: arc2), ShapeStyle(stroke: style.arrow.withAlpha(1 - Double(i) * 0.25),
                                                         lineWidth: lineUnit * 2.2), metreWidth: 0))
        }
    }

    /// The small range: a dotted arc for the whole range, a short solid arrow for the part
    /// used, and a stop bar where the work is still felt in the hip.
    mutating func addSmallRange(small: Movement, full: Movement) {
        let p = small.start.proportions
        let centre = small.end.skeleton[BodyPoint.pelvis]
        let fullPath = offsetPath(full.path(of: .rightKnee), by: p.thighRadius + 0.05, awayFrom: centre).map(project)
        var dotted = Path2D.smooth(through: fullPath)
        dotted = dotted.mapped { $0 }
        add(.path(dotted, ShapeStyle(stroke: style.farOutline, lineWidth: lineUnit * 2, dash: [2, 3]),
                  metreWidth: 0))
        // The used part follows the same curve up to the smaller turn.
        let used = Array(fullPath.prefix(max(2, fullPath.count * 12 / 40)))
        addArrow(used, weight: 3)
        if used.count >= 2 {
            let tip = used[used.count - 1], back = used[used.count - 2]
            let d = tip - back
            let n = Point(x: -d.y, y: d.x) * (1 / max(d.length, 1e-9))
            var bar = Path2D()
            let half = 0.05 * p.stature
            bar.move(to: tip + d * (0.6 / max(d.length, 1e-9) * 0.02) + n * half)
            bar.line(to: tip + d * (0.6 / max(d.length, 1e-9) * 0.02) - n * half)
            add(.path(bar, ShapeStyle(stroke: style.arrow, lineWidth: lineUnit * 3.4, lineCap: .round), metreWidth: 0))
        }
    }
}
