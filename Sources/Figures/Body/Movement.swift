import PlanCore

/// The start and end of a figure's movement, both placed on the floor, with the path of
/// any body point between them.
public struct Movement: Sendable, Hashable {
    /// The body at the start of the movement.
    public var start: PlacedBody
    /// The body at the end; it keeps the start's placement while that still rests it on
    /// the floor, so what the pose data holds still stays still.
    public var end: PlacedBody

    /// The movement of a figure's pose data.
    public init(_ spec: FigureSpec, proportions: BodyProportions = .adult) {
        start = BodyPlacement.place(spec.start, base: spec.base, proportions: proportions)
        end = BodyPlacement.place(spec.end, base: spec.base, proportions: proportions, keeping: start)
    }

    /// The body part groups with a point that moves more than `tolerance` metres.
    public func movingGroups(tolerance: Double = 0.004) -> Set<BodySegment.Group> {
        var groups = Set<BodySegment.Group>()
        for seg in start.segments {
            for p in [seg.from, seg.to] where start.skeleton[p].distance(to: end.skeleton[p]) > tolerance {
                groups.insert(seg.group)
            }
        }
        return groups
    }

    /// The body point that travels furthest, and how far; nil when nothing moves.
    public var mostMovingPoint: (point: BodyPoint, distance: Double)? {
        let best = BodyPoint.allCases.map { ($0, start.skeleton[$0].distance(to: end.skeleton[$0])) }
            .max { $0.1 < $1.1 }
        guard let best, best.1 > 0.005 else { return nil }
        return (best.0, best.1)
    }

    /// The body in between: joint angles and placement blended linearly, `t` from 0 to 1.
    public func body(at t: Double) -> PlacedBody {
        var angles = PoseAngles()
        for m in JointMotion.allCases {
            let a = start.angles[m], b = end.angles[m]
            if a != .zero || b != .zero { angles[m] = a + (b - a) * t }
        }
        let p = start.proportions
        let pitch = start.pitch + (end.pitch - start.pitch) * t
        let lift = start.lift + (end.lift - start.lift) * t
        let slide = start.slide + (end.slide - start.slide) * t
        let local = Skeleton(pose: angles, proportions: p)
        let world = local.transformed(BodyPlacement.tip(start.base, pitch) * BodyPlacement.orientation(for: start.base),
                                      then: slide + Vector3(0, 0, lift))
        return PlacedBody(skeleton: world, base: start.base, angles: angles, proportions: p, pitch: pitch,
                          lift: lift, slide: slide)
    }

    /// Where a point goes on the way from start to end, in `steps` equal steps of the angles.
    public func path(of point: BodyPoint, steps: Int = 16) -> [Vector3] {
        (0...max(1, steps)).map { body(at: Double($0) / Double(max(1, steps))).skeleton[point] }
    }
}
