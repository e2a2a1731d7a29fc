import PlanCore

/// The positions of every `BodyPoint` in one frame, with forward kinematics from joint angles.
public struct Skeleton: Sendable, Hashable {
    /// Positions indexed by `BodyPoint.rawValue`.
    public private(set) var positions: [Vector3]
    /// Segment orientations indexed by `BodyFrame.rawValue`: each maps the segment's own
    /// axes (x right, y forward, z toward the head at neutral) into this skeleton's frame.
    public private(set) var frames: [Rotation3]

    /// A skeleton from explicit positions (one per `BodyPoint`, in order) and frames (one
    /// per `BodyFrame`).
    public init(positions: [Vector3], frames: [Rotation3]) {
        precondition(positions.count == BodyPoint.allCases.count, "one position per body point")
        precondition(frames.count == BodyFrame.allCases.count, "one frame per body frame")
        self.positions = positions
        self.frames = frames
    }

    /// The orientation of a segment.
    public subscript(_ frame: BodyFrame) -> Rotation3 { frames[frame.rawValue] }

    /// The position of a point.
    public subscript(_ point: BodyPoint) -> Vector3 {
        get { positions[point.rawValue] }
        set { positions[point.rawValue] = newValue }
    }

    /// This skeleton moved by a rotation about the origin, then a translation.
    public func transformed(_ rotation: Rotation3, then offset: Vector3 = .zero) -> Skeleton {
        Skeleton(positions: positions.map { rotation.apply($0) + offset }, frames: frames.map { rotation * $0 })
    }

    /// This skeleton moved by a translation.
    public func translated(_ offset: Vector3) -> Skeleton {
        Skeleton(positions: positions.map { $0 + offset }, frames: frames)
    }

    /// Forward kinematics in the body frame: pelvis at the origin, x to the body's right,
    /// y forward, z toward the head.
    ///
    /// Shoulder angles compose, outermost first, as rotation about the trunk's long axis,
    /// abduction about its front-to-back axis, then flexion about its side-to-side axis.
    /// Hip angles compose the other way round, flexion outermost: abduction opens the leg to
    /// the side and flexion then carries it forward, as anatomists measure a flexed hip (the
    /// seated straddle, the fire hydrant); hip rotation then turns the whole leg
    /// about the line from the hip joint to the ankle. With the leg straight that is the
    /// anatomical rotation of the thigh about its own length; with the knee bent it swings
    /// the knee out while the foot stays where it is: the clam, which is how the library
    /// format defines hip rotation. Spine and neck angles compose as flexion,
    /// then side-bend, then twist, and the spine's angles are shared equally between its two
    /// segments.
    public init(pose: PoseAngles, proportions p: BodyProportions = .adult) {
        func deg(_ m: JointMotion) -> Angle { pose[m] }
        var pos = [Vector3](repeating: .zero, count: BodyPoint.allCases.count)
        func set(_ b: BodyPoint, _ v: Vector3) { pos[b.rawValue] = v }
        var fr = [Rotation3](repeating: .identity, count: BodyFrame.allCases.count)
        func set(_ f: BodyFrame, _ r: Rotation3) { fr[f.rawValue] = r }

        // Trunk: right-handed turns; forward flexion tips +z toward +y, a turn of -x.
        let half = Rotation3.aboutX(deg(.spineFlexion) * -0.5)
            * Rotation3.aboutY(deg(.spineSideBend) * 0.5)
            * Rotation3.aboutZ(deg(.spineTwist) * -0.5)
        let lower = half
        let upper = half * half
        set(.pelvis, .zero)
        let mid = lower.apply(Vector3(0, 0, p.lowerSpine))
        set(.spineMiddle, mid)
        let neckBase = mid + upper.apply(Vector3(0, 0, p.upperSpine))
        set(.neckBase, neckBase)
        let neckFrame = upper * Rotation3.aboutX(deg(.neckFlexion) * -1)
            * Rotation3.aboutY(deg(.neckSideBend)) * Rotation3.aboutZ(deg(.neckTwist) * -1)
        let skull = neckBase + neckFrame.apply(Vector3(0, 0, p.neck))
        set(.skullBase, skull)
        set(.head, skull + neckFrame.apply(Vector3(0, p.headRadius * 0.15, p.headCentre)))
        set(.chestFront, mid + upper.apply(Vector3(0, p.chestFrontDepth, p.upperSpine * 0.45)))
        set(.seat, Vector3(0, -p.seatDepth, p.seatRadius * 0.2))
        set(.pelvis, Rotation3.identity)
        set(.waist, lower)
        set(.chest, upper)
        set(.neck, neckFrame)

        for right in [false, true] {
            // Mirror: on the left a positive abduction or rotation turns the other way.
            let m: Double = right ? 1 : -1
            let shoulderMotions: (JointMotion, JointMotion, JointMotion, JointMotion, JointMotion) = right
                ? (.rightShoulderFlexion, .rightShoulderAbduction, .rightShoulderRotation,
                   .rightElbowFlexion, .rightWristFlexion)
                : (.leftShoulderFlexion, .leftShoulderAbduction, .leftShoulderRotation,
                   .leftElbowFlexion, .leftWristFlexion)
            let shoulder = neckBase + upper.apply(Vector3(m * p.shoulderHalfWidth, 0, -p.shoulderDrop))
            let armFrame = upper * Rotation3.aboutZ(deg(shoulderMotions.2) * -m)
                * Rotation3.aboutY(deg(shoulderMotions.1) * -m)
                * Rotation3.aboutX(deg(shoulderMotions.0))
            let elbow = shoulder + armFrame.apply(Vector3(0, 0, -p.upperArm))
            let forearmFrame = armFrame * Rotation3.aboutX(deg(shoulderMotions.3))
            let wrist = elbow + forearmFrame.apply(Vector3(0, 0, -p.forearm))
            // Palms face in at neutral, so wrist flexion bends the hand toward the midline.
            let handFrame = forearmFrame * Rotation3.aboutY(deg(shoulderMotions.4) * m)
            let hand = wrist + handFrame.apply(Vector3(0, 0, -p.hand))
            set(right ? .rightShoulder : .leftShoulder, shoulder)
            set(right ? .rightElbow : .leftElbow, elbow)
            set(right ? .rightWrist : .leftWrist, wrist)
            set(right ? .rightHand : .leftHand, hand)
            set(right ? .rightUpperArm : .leftUpperArm, armFrame)
            set(right ? .rightForearm : .leftForearm, forearmFrame)

            let legMotions: (JointMotion, JointMotion, JointMotion, JointMotion, JointMotion) = right
                ? (.rightHipFlexion, .rightHipAbduction, .rightHipRotation, .rightKneeFlexion, .rightAnkleFlexion)
                : (.leftHipFlexion, .leftHipAbduction, .leftHipRotation, .leftKneeFlexion, .leftAnkleFlexion)
            let hip = Vector3(m * p.hipHalfWidth, 0, 0)
            // Abduction first, in the standing body's front plane, then flexion swings that leg
            // forward: a flexed hip abducts about the thigh's floating axis, so seated legs open
            // into a straddle and a kneeling leg lifts out to the side.
            let swung = Rotation3.aboutX(deg(legMotions.0)) * Rotation3.aboutY(deg(legMotions.1) * -m)
            let reach = swung.apply(Vector3(0, 0, -p.thigh)
                + Rotation3.aboutX(deg(legMotions.3) * -1).apply(Vector3(0, 0, -p.shank)))
            // The whole leg turns about the line from the hip to the ankle.
            let thighFrame = Rotation3.about(reach, deg(legMotions.2) * m) * swung
            let knee = hip + thighFrame.apply(Vector3(0, 0, -p.thigh))
            let shankFrame = thighFrame * Rotation3.aboutX(deg(legMotions.3) * -1)
            let ankle = knee + shankFrame.apply(Vector3(0, 0, -p.shank))
            let footFrame = shankFrame * Rotation3.aboutX(deg(legMotions.4))
            set(right ? .rightHip : .leftHip, hip)
            set(right ? .rightThigh : .leftThigh, thighFrame)
            set(right ? .rightShank : .leftShank, shankFrame)
            set(right ? .rightFoot : .leftFoot, footFrame)
            set(right ? .rightKnee : .leftKnee, knee)
            set(right ? .rightAnkle : .leftAnkle, ankle)
            set(right ? .rightHeel : .leftHeel, ankle + footFrame.apply(Vector3(0, -p.rearfoot, -p.ankleHeight)))
            set(right ? .rightToe : .leftToe, ankle + footFrame.apply(Vector3(0, p.forefoot, -p.ankleHeight)))
        }
        positions = pos
        frames = fr
    }

    /// The centre of mass, from the segments' mass fractions.
    public func centreOfMass(_ p: BodyProportions = .adult) -> Vector3 {
        var sum = Vector3.zero, mass = 0.0
        for s in BodySegment.all(p) where s.massFraction > 0 {
            sum = sum + (self[s.from] + self[s.to]) * (0.5 * s.massFraction)
            mass += s.massFraction
        }
        return sum * (1 / mass)
    }
}
