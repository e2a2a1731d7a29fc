import Foundation
import PlanCore

/// A body posed and placed in the world, resting on the floor plane (z = 0).
public struct PlacedBody: Sendable, Hashable {
    /// Joint positions in world coordinates, metres.
    public var skeleton: Skeleton
    /// The base position it rests in.
    public var base: BodyPosition
    /// The full joint angles used, base defaults included.
    public var angles: PoseAngles
    /// The proportions it was built with.
    public var proportions: BodyProportions
    /// The turn about the mat's cross axis that settles a lying body on its supports.
    public var pitch: Angle
    /// The height the body was lifted by so that it touches the floor.
    public var lift: Double
    /// The slide along the floor that keeps the feet (or whatever stayed down) where the
    /// previous pose of the movement had them.
    public var slide: Vector3 = .zero

    /// The translation applied after the turns: slide plus lift.
    public var offset: Vector3 { slide + Vector3(0, 0, lift) }

    /// The drawn segments with their world end points.
    public var segments: [BodySegment] { BodySegment.all(proportions) }

    /// The lowest point of the drawn body (segment surfaces included) above the floor.
    public var lowestHeight: Double { Self.lowest(skeleton, proportions) }

    static func lowest(_ s: Skeleton, _ p: BodyProportions) -> Double {
        BodySegment.all(p).map { min(s[$0.from].z, s[$0.to].z) - $0.radius }.min() ?? 0
    }
}

/// How a base position lays the body on the mat, and the resting that settles it.
///
/// Lying bodies lie along the world x axis (the mat's long edge) with the head toward -x.
/// Side-lying rests on the left side, right side up, facing +y; supine faces up with its
/// right side toward -y; prone and quadruped face down with their right side toward +y.
/// Standing, kneeling and seated bodies stand up along z and face -y. A camera at azimuth
/// 0 stands at the -y edge of the mat.
public enum BodyPlacement {
    /// The turn from the body frame (x right, y forward, z up) to the world frame.
    public static func orientation(for base: BodyPosition) -> Rotation3 {
        switch base {
        case .standing, .kneeling, .seated:
            return Rotation3(xAxis: Vector3(-1, 0, 0), yAxis: Vector3(0, -1, 0), zAxis: Vector3(0, 0, 1))
        case .supine:
            return Rotation3(xAxis: Vector3(0, -1, 0), yAxis: Vector3(0, 0, 1), zAxis: Vector3(-1, 0, 0))
        case .prone, .quadruped:
            return Rotation3(xAxis: Vector3(0, 1, 0), yAxis: Vector3(0, 0, -1), zAxis: Vector3(-1, 0, 0))
        case .sideLying:
            return Rotation3(xAxis: Vector3(0, 0, 1), yAxis: Vector3(0, 1, 0), zAxis: Vector3(-1, 0, 0))
        }
    }

    /// Angles a base position implies for joints its pose data leaves out: the bottom arm
    /// pillowing the head and the top hand on the mat in front
    /// of the chest when lying on the side, hands and knees under the body on all
    /// fours, knees folded when kneeling, hips bent when seated.
    public static func defaultAngles(for base: BodyPosition) -> PoseAngles {
        switch base {
        case .sideLying:
            return PoseAngles([.leftShoulderFlexion: .degrees(165), .leftElbowFlexion: .degrees(35),
                               .neckSideBend: .degrees(-12),
                               .rightShoulderFlexion: .degrees(80), .rightShoulderRotation: .degrees(-50),
                               .rightElbowFlexion: .degrees(50)])
        case .quadruped:
            return PoseAngles([.leftShoulderFlexion: .degrees(90), .rightShoulderFlexion: .degrees(90),
                               // Arms are longer than thighs, so the back slopes up toward
                               // the shoulders; hips a little under 90 keep the thighs upright.
                               .leftHipFlexion: .degrees(66), .rightHipFlexion: .degrees(66),
                               // The tops of the feet lie along the mat: further than pose
                               // data may point a foot, which is why the base supplies it.
                               .leftKneeFlexion: .degrees(90), .rightKneeFlexion: .degrees(90),
                               .leftAnkleFlexion: .degrees(-85), .rightAnkleFlexion: .degrees(-85),
                               .neckFlexion: .degrees(-10)])
        case .kneeling:
            return PoseAngles([.leftKneeFlexion: .degrees(90), .rightKneeFlexion: .degrees(90),
                               .leftAnkleFlexion: .degrees(-85), .rightAnkleFlexion: .degrees(-85)])
        case .seated:
            return PoseAngles([.leftHipFlexion: .degrees(90), .rightHipFlexion: .degrees(90)])
        case .supine, .prone, .standing:
            return PoseAngles()
        }
    }

    /// True for the bases whose body settles by tipping onto its supports; a standing body
    /// balances instead.
    static func settles(_ base: BodyPosition) -> Bool { base != .standing }

    /// The turn that tips a body of this base by `pitch`: about the mat's cross axis for
    /// lying bodies (head up or down), about its long axis for kneeling and seated ones
    /// (leaning forward or back).
    public static func tip(_ base: BodyPosition, _ pitch: Angle) -> Rotation3 {
        switch base {
        case .kneeling, .seated, .standing: return .aboutX(pitch)
        case .supine, .prone, .sideLying, .quadruped: return .aboutY(pitch)
        }
    }

    /// Poses and places a body. When `keeping` is given (the start of the same movement)
    /// and its placement still holds the new pose up on its supports, that placement is
    /// kept, so what stays still in the pose data stays still in the figure.
    public static func place(_ pose: PoseAngles, base: BodyPosition,
                             proportions p: BodyProportions = .adult,
                             keeping previous: PlacedBody? = nil) -> PlacedBody {
        let angles = defaultAngles(for: base).overlaid(with: pose)
        let local = Skeleton(pose: angles, proportions: p)
        let oriented = local.transformed(orientation(for: base))

        if let previous, previous.base == base, previous.proportions == p,
           previous.angles[.bodyTilt] == angles[.bodyTilt] {
            let tipped = oriented.transformed(tip(base, previous.pitch), then: previous.offset)
            let low = PlacedBody.lowest(tipped, p)
            // Kept only while the body still rests on both ends of what the previous pose
            // rested on: a bridge's feet must stay down, so its body tips instead, while a
            // march that lifts one foot of two keeps the bridge where it was.
            let across = base == .kneeling || base == .seated
            let before = contactPoints(previous.skeleton, p, across: across)
            let after = heights(tipped, p)
            let down = touching(previous.skeleton, p)
            // A planted foot may roll onto its edge as the knee swings (hip rotation turns
            // the whole leg). The foot is drawn as a line along its middle, which then rises
            // by up to half the foot's breadth (about 0.055 of stature, Winter): within 3 cm
            // of the mat it still rests where it did.
            let segs = BodySegment.all(p)
            let still = down.filter {
                after[$0] < ([.leftHeel, .rightHeel].contains(segs[$0 / 2].from) ? 0.03 : 0.01)
            }.map { before[$0].x }
            let ends = (down.map { before[$0].x }.min() ?? 0, down.map { before[$0].x }.max() ?? 0)
            let stillDown = !still.isEmpty && (still.min() ?? 0) < ends.0 + 0.05 && (still.max() ?? 0) > ends.1 - 0.05
            if abs(low) < 1e-6, stillDown, !settles(base) || isStable(tipped, p, across: across, alsoResting: still) {
                return PlacedBody(skeleton: tipped, base: base, angles: angles, proportions: p,
                                  pitch: previous.pitch, lift: previous.lift, slide: previous.slide)
            }
        }

        var pitch = startingPitch(oriented, base: base, p)
        if settles(base) {
            // Each pass turns the body so the support edge under its centre of mass lies flat;
            // a second pass corrects for the round segments' radii.
            for _ in 0..<3 {
                let tipped = oriented.transformed(tip(base, pitch))
                let tilt = supportTilt(tipped, p, across: base == .kneeling || base == .seated)
                if abs(tilt.degrees) < 1e-4 { break }
                pitch = pitch + tilt
            }
            pitch = Angle(degrees: max(-75, min(75, pitch.degrees)))
        }
        // A tilt the pose data asks for rocks the body on from where it settles: a positive
        // one tips an upright body back and lifts the feet end of a lying one.
        pitch = pitch - angles[.bodyTilt]
        let tipped = oriented.transformed(tip(base, pitch))
        let lift = -PlacedBody.lowest(tipped, p)
        var placed = tipped.translated(Vector3(0, 0, lift))
        var slide = Vector3.zero
        if let previous, previous.base == base, previous.proportions == p {
            // Slide so a part that rested on the floor before, and still does, has not
            // moved along it: a foot first, else whatever touches.
            let segs = BodySegment.all(p)
            let before = heights(previous.skeleton, p), after = heights(placed, p)
            let kept = before.indices.filter { before[$0] < 0.005 && after[$0] < 0.005 }
            // A foot that stays down may rock from heel to toe; within 2 cm of the mat in
            // both poses it still counts as the part that stayed put.
            let legs = before.indices.filter {
                [.leftLeg, .rightLeg].contains(segs[$0 / 2].group) && before[$0] < 0.02 && after[$0] < 0.02
            }
            if let i = (legs.isEmpty ? kept : legs).last {
                let seg = segs[i / 2]
                let point = i % 2 == 0 ? seg.from : seg.to
                let d = previous.skeleton[point] - placed[point]
                slide = Vector3(d.x, d.y, 0)
                placed = placed.translated(slide)
            }
        }
        return PlacedBody(skeleton: placed, base: base, angles: angles,
                          proportions: p, pitch: pitch, lift: lift, slide: slide)
    }

    /// Where settling starts: on all fours, the turn that puts the hands and the knees level,
    /// so a bent or arched back still rests on hands and knees (settling from flat can
    /// roll such a body onto its head or its feet); flat for every other base.
    private static func startingPitch(_ s: Skeleton, base: BodyPosition, _ p: BodyProportions) -> Angle {
        guard base == .quadruped else { return .zero }
        let hands = (s[.leftHand] + s[.rightHand]) * 0.5 - Vector3(0, 0, p.handRadius)
        let knees = (s[.leftKnee] + s[.rightKnee]) * 0.5 - Vector3(0, 0, p.thighRadius)
        let d = knees - hands
        guard abs(d.x) > 0.05 else { return .zero }
        return .radians(atan2(d.z, d.x))
    }

    /// Surface points of the drawn body seen along the tipping axis: (position along the
    /// floor, lowest z). `across` measures along y (for a turn about x) instead of x.
    private static func contactPoints(_ s: Skeleton, _ p: BodyProportions,
                                      across: Bool = false) -> [(x: Double, z: Double)] {
        BodySegment.all(p).flatMap { seg in
            [s[seg.from], s[seg.to]].map { q in (x: across ? -q.y : q.x, z: q.z - seg.radius) }
        }
    }

    /// The slope of the lower convex hull's edge under the centre of mass: the turn that
    /// would lay that edge flat on the floor.
    private static func supportTilt(_ s: Skeleton, _ p: BodyProportions, across: Bool) -> Angle {
        let com = across ? -s.centreOfMass(p).y : s.centreOfMass(p).x
        let pts = contactPoints(s, p, across: across).sorted { $0.x == $1.x ? $0.z < $1.z : $0.x < $1.x }
        var hull: [(x: Double, z: Double)] = []
        for q in pts {
            while hull.count >= 2 {
                let a = hull[hull.count - 2], b = hull[hull.count - 1]
                let cross = (b.x - a.x) * (q.z - a.z) - (b.z - a.z) * (q.x - a.x)
                if cross <= 0 { hull.removeLast() } else { break }
            }
            hull.append(q)
        }
        for i in 0..<(hull.count - 1) where hull[i].x <= com && com <= hull[i + 1].x {
            let a = hull[i], b = hull[i + 1]
            guard b.x - a.x > 1e-9 else { continue }
            return .radians(atan2(b.z - a.z, b.x - a.x))
        }
        return .zero
    }

    /// The lowest surface height of each segment end, in `BodySegment.all` order.
    private static func heights(_ s: Skeleton, _ p: BodyProportions) -> [Double] {
        BodySegment.all(p).flatMap { [s[$0.from].z - $0.radius, s[$0.to].z - $0.radius] }
    }

    /// The indices (as in `heights`) of the segment ends that touch the floor.
    private static func touching(_ s: Skeleton, _ p: BodyProportions) -> [Int] {
        heights(s, p).enumerated().filter { $0.element < 0.005 }.map(\.offset)
    }

    /// True when the centre of mass lies over the span of points touching the floor, or of
    /// `alsoResting`: positions along the floor of parts that still count as resting on it.
    private static func isStable(_ s: Skeleton, _ p: BodyProportions, across: Bool,
                                 alsoResting: [Double] = []) -> Bool {
        let touching = contactPoints(s, p, across: across).filter { $0.z < 0.005 }.map(\.x) + alsoResting
        guard let lo = touching.min(), let hi = touching.max() else { return false }
        let com = across ? -s.centreOfMass(p).y : s.centreOfMass(p).x
        return com >= lo - 0.01 && com <= hi + 0.01
    }
}
