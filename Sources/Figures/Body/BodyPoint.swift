import PlanCore

/// A named point of the body model: joint centres and the ends of the hands and feet.
public enum BodyPoint: Int, Sendable, Hashable, CaseIterable {
    /// The midpoint of the hip joints: the root of the model.
    case pelvis
    case spineMiddle
    case neckBase
    case skullBase
    case head
    case leftShoulder, rightShoulder
    case leftElbow, rightElbow
    case leftWrist, rightWrist
    case leftHand, rightHand
    case leftHip, rightHip
    case leftKnee, rightKnee
    case leftAnkle, rightAnkle
    case leftHeel, rightHeel
    case leftToe, rightToe
    /// The front of the rib cage, ahead of the spine: the chest's deepest point.
    case chestFront
    /// The buttocks, behind the hip joints.
    case seat
}

extension BodyPoint {
    /// The same point on the other side of the body (midline points are their own mirror).
    public var mirrored: BodyPoint {
        switch self {
        case .pelvis, .spineMiddle, .neckBase, .skullBase, .head, .chestFront, .seat: return self
        case .leftShoulder: return .rightShoulder
        case .rightShoulder: return .leftShoulder
        case .leftElbow: return .rightElbow
        case .rightElbow: return .leftElbow
        case .leftWrist: return .rightWrist
        case .rightWrist: return .leftWrist
        case .leftHand: return .rightHand
        case .rightHand: return .leftHand
        case .leftHip: return .rightHip
        case .rightHip: return .leftHip
        case .leftKnee: return .rightKnee
        case .rightKnee: return .leftKnee
        case .leftAnkle: return .rightAnkle
        case .rightAnkle: return .leftAnkle
        case .leftHeel: return .rightHeel
        case .rightHeel: return .leftHeel
        case .leftToe: return .rightToe
        case .rightToe: return .leftToe
        }
    }
}

/// The body side a limb belongs to, or the midline.
public enum BodySide: Sendable, Hashable {
    case left, right, middle
}

/// A round segment of the drawn body: a capsule between two points.
public struct BodySegment: Sendable, Hashable {
    /// The drawn groups: each is outlined as one shape, so a limb shows no seam at its joints.
    public enum Group: Sendable, Hashable, CaseIterable {
        case trunk, head, leftArm, rightArm, leftLeg, rightLeg
    }

    public var from: BodyPoint
    public var to: BodyPoint
    /// Drawn radius in metres.
    public var radius: Double
    public var group: Group
    /// Mass as a fraction of body mass (Winter, table 4.1), centred at the segment's middle.
    public var massFraction: Double

    /// The side of the body the segment's group is on.
    public var side: BodySide {
        switch group {
        case .leftArm, .leftLeg: return .left
        case .rightArm, .rightLeg: return .right
        case .trunk, .head: return .middle
        }
    }

    /// Every segment of the model for the given proportions.
    public static func all(_ p: BodyProportions) -> [BodySegment] {
        var list: [BodySegment] = [
            BodySegment(from: .leftHip, to: .rightHip, radius: p.pelvisRadius, group: .trunk, massFraction: 0.142),
            BodySegment(from: .pelvis, to: .spineMiddle, radius: p.waistRadius, group: .trunk, massFraction: 0.139),
            BodySegment(from: .spineMiddle, to: .neckBase, radius: p.chestRadius, group: .trunk, massFraction: 0.216),
            BodySegment(from: .leftShoulder, to: .rightShoulder, radius: p.shoulderRadius, group: .trunk, massFraction: 0),
            // The rib cage deeper in front and the buttocks behind: a side view shows which
            // way the body faces, and a lying body rests on them as a real one does.
            BodySegment(from: .chestFront, to: .chestFront, radius: p.chestFrontRadius, group: .trunk, massFraction: 0),
            BodySegment(from: .seat, to: .seat, radius: p.seatRadius, group: .trunk, massFraction: 0),
            BodySegment(from: .neckBase, to: .skullBase, radius: p.neckRadius, group: .head, massFraction: 0.01),
            BodySegment(from: .head, to: .head, radius: p.headRadius, group: .head, massFraction: 0.071),
        ]
        for side in [BodySide.left, .right] {
            let l = side == .left
            let arm: Group = l ? .leftArm : .rightArm
            let leg: Group = l ? .leftLeg : .rightLeg
            list += [
                BodySegment(from: l ? .leftShoulder : .rightShoulder, to: l ? .leftElbow : .rightElbow,
                            radius: p.upperArmRadius, group: arm, massFraction: 0.028),
                BodySegment(from: l ? .leftElbow : .rightElbow, to: l ? .leftWrist : .rightWrist,
                            radius: p.forearmRadius, group: arm, massFraction: 0.016),
                BodySegment(from: l ? .leftWrist : .rightWrist, to: l ? .leftHand : .rightHand,
                            radius: p.handRadius, group: arm, massFraction: 0.006),
                BodySegment(from: l ? .leftHip : .rightHip, to: l ? .leftKnee : .rightKnee,
                            radius: p.thighRadius, group: leg, massFraction: 0.100),
                BodySegment(from: l ? .leftKnee : .rightKnee, to: l ? .leftAnkle : .rightAnkle,
                            radius: p.shankRadius, group: leg, massFraction: 0.0465),
                BodySegment(from: l ? .leftHeel : .rightHeel, to: l ? .leftToe : .rightToe,
                            radius: p.footRadius, group: leg, massFraction: 0.0145),
            ]
        }
        return list
    }
}

/// A segment whose orientation the skeleton keeps, for placing marks on its surface.
public enum BodyFrame: Int, Sendable, Hashable, CaseIterable {
    case pelvis, waist, chest, neck
    case leftUpperArm, rightUpperArm, leftForearm, rightForearm
    case leftThigh, rightThigh, leftShank, rightShank, leftFoot, rightFoot
}
