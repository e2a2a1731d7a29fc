import PlanCore

/// Where a target region sits on a posed body: a round-ended patch between two points.
public struct RegionPatch: Sendable, Hashable {
    public var from: Vector3
    public var to: Vector3
    /// Half-width of the patch, metres.
    public var radius: Double

    /// The patch for a region on one side (the working side, right unless told) of a posed
    /// skeleton.
    public init(_ region: BodyRegion, on s: Skeleton, proportions p: BodyProportions = .adult,
                side: BodySide = .right) {
        let h = p.stature
        let left = side == .left
        let pelvis = s[BodyFrame.pelvis], waist = s[BodyFrame.waist], chest = s[BodyFrame.chest]
        let thigh = s[left ? BodyFrame.leftThigh : .rightThigh], shank = s[left ? BodyFrame.leftShank : .rightShank]
        // Marks are written for the right side; on the left, points swap sides and x mirrors.
        func at(_ base: BodyPoint, _ f: Rotation3, _ x: Double, _ y: Double, _ z: Double) -> Vector3 {
            s[left ? base.mirrored : base] + f.apply(Vector3(left ? -x : x, y, z))
        }
        let rt = p.thighRadius, rw = p.waistRadius, rc = p.chestRadius
        switch region {
        case .hipRotators:
            // Behind the hip joint and out toward the side of the hip.
            from = at(.rightHip, pelvis, 0.03 * h, -0.05 * h, 0.018 * h)
            to = at(.rightHip, pelvis, 0.035 * h, -0.045 * h, -0.02 * h)
            radius = 0.036 * h
        case .glutes:
            from = at(.rightHip, pelvis, 0.01 * h, -0.06 * h, 0.03 * h)
            to = at(.rightHip, pelvis, 0.015 * h, -0.055 * h, -0.01 * h)
            radius = 0.05 * h
        case .hipFlexors:
            from = at(.rightHip, pelvis, -0.01 * h, 0.05 * h, 0.035 * h)
            to = at(.rightHip, thigh, 0, 0.6 * rt, -0.06 * h)
            radius = 0.026 * h
        case .quadriceps:
            from = at(.rightHip, thigh, 0, 0.65 * rt, -0.06 * h)
            to = at(.rightKnee, thigh, 0, 0.65 * rt, 0.045 * h)
            radius = 0.028 * h
        case .hamstrings:
            from = at(.rightHip, thigh, 0, -0.65 * rt, -0.07 * h)
            to = at(.rightKnee, thigh, 0, -0.65 * rt, 0.045 * h)
            radius = 0.028 * h
        case .adductors:
            from = at(.rightHip, thigh, -0.65 * rt, 0, -0.04 * h)
            to = at(.rightHip, thigh, -0.65 * rt, 0, -0.15 * h)
            radius = 0.026 * h
        case .abductors:
            from = at(.rightHip, pelvis, 0.055 * h, -0.01 * h, 0.035 * h)
            to = at(.rightHip, thigh, 0.7 * rt, 0, -0.08 * h)
            radius = 0.028 * h
        case .calves:
            from = at(.rightKnee, shank, 0, -0.6 * p.shankRadius, -0.04 * h)
            to = at(.rightKnee, shank, 0, -0.6 * p.shankRadius, -0.14 * h)
            radius = 0.024 * h
        case .abdominals:
            from = at(.pelvis, waist, 0, 0.75 * rw, 0.03 * h)
            to = at(.pelvis, waist, 0, 0.75 * rw, p.lowerSpine * 0.95)
            radius = 0.035 * h
        case .obliques:
            from = at(.pelvis, waist, 0.75 * rw, 0.2 * rw, 0.04 * h)
            to = at(.pelvis, waist, 0.75 * rw, 0.2 * rw, p.lowerSpine * 0.95)
            radius = 0.028 * h
        case .lowerBack:
            from = at(.pelvis, waist, 0, -0.75 * rw, 0.03 * h)
            to = at(.pelvis, waist, 0, -0.75 * rw, p.lowerSpine * 0.9)
            radius = 0.03 * h
        case .upperBack:
            from = at(.spineMiddle, chest, 0, -0.75 * rc, 0.03 * h)
            to = at(.spineMiddle, chest, 0, -0.75 * rc, p.upperSpine * 0.85)
            radius = 0.038 * h
        case .chest:
            from = at(.spineMiddle, chest, -0.035 * h, 0.75 * rc, p.upperSpine * 0.7)
            to = at(.spineMiddle, chest, 0.035 * h, 0.75 * rc, p.upperSpine * 0.7)
            radius = 0.03 * h
        case .shoulders:
            from = at(.rightShoulder, chest, 0.01 * h, 0, 0.012 * h)
            to = from
            radius = 0.035 * h
        case .neck:
            from = at(.neckBase, s[BodyFrame.neck], 0, -0.6 * p.neckRadius, 0.005 * h)
            to = at(.neckBase, s[BodyFrame.neck], 0, -0.6 * p.neckRadius, 0.045 * h)
            radius = 0.02 * h
        }
    }

    /// The side a figure's highlight belongs on: the right (the side figures show working),
    /// unless only the left side's limbs move.
    public static func side(for movement: Movement) -> BodySide {
        let groups = movement.movingGroups()
        let rightMoves = groups.contains(.rightLeg) || groups.contains(.rightArm)
        let leftMoves = groups.contains(.leftLeg) || groups.contains(.leftArm)
        return leftMoves && !rightMoves ? .left : .right
    }

    /// A short name for a label, in plain words.
    public static func label(for region: BodyRegion) -> String {
        switch region {
        case .hipRotators: return "deep hip rotators"
        case .glutes: return "seat muscles"
        case .hipFlexors: return "front of hip"
        case .quadriceps: return "front of thigh"
        case .hamstrings: return "back of thigh"
        case .adductors: return "inner thigh"
        case .abductors: return "outer hip"
        case .calves: return "calf"
        case .abdominals: return "belly"
        case .obliques: return "side of waist"
        case .lowerBack: return "lower back"
        case .upperBack: return "upper back"
        case .chest: return "chest"
        case .shoulders: return "shoulder"
        case .neck: return "neck"
        }
    }
}
