/// One degree of freedom of the body model that pose data may set, named as in library
/// files (`right-hip.rotation`). Zero everywhere is the anatomical neutral pose: standing
/// tall, arms by the sides, palms in. Signs follow anatomy:
/// - `flexion`: positive bends the joint forward (hip and shoulder forward, knee and elbow
///   bend; spine and neck curl forward; ankle pulls the toes up). Negative is extension
///   (ankle: pointing the foot).
/// - `abduction`: positive moves the limb out to the side, away from the midline.
/// - `rotation`: positive turns the limb outward (external rotation); at the hip this is
///   what raises the top knee in a clam.
/// - `side-bend`: positive bends the trunk toward the body's right side.
/// - `twist`: positive turns the chest toward the body's right side.
///
/// One motion is not a joint: `body.tilt` rocks the whole body on the mat beyond where it
/// would settle, for the moments of a movement that only momentum holds (rolling back onto
/// the shoulder blades). Positive tips a seated, kneeling or standing body back, and lifts
/// the feet end of a lying one.
public enum JointMotion: String, Sendable, Hashable, CaseIterable {
    case bodyTilt = "body.tilt"

    case spineFlexion = "spine.flexion"
    case spineSideBend = "spine.side-bend"
    case spineTwist = "spine.twist"
    case neckFlexion = "neck.flexion"
    case neckSideBend = "neck.side-bend"
    case neckTwist = "neck.twist"

    case leftShoulderFlexion = "left-shoulder.flexion"
    case leftShoulderAbduction = "left-shoulder.abduction"
    case leftShoulderRotation = "left-shoulder.rotation"
    case leftElbowFlexion = "left-elbow.flexion"
    case leftWristFlexion = "left-wrist.flexion"
    case rightShoulderFlexion = "right-shoulder.flexion"
    case rightShoulderAbduction = "right-shoulder.abduction"
    case rightShoulderRotation = "right-shoulder.rotation"
    case rightElbowFlexion = "right-elbow.flexion"
    case rightWristFlexion = "right-wrist.flexion"

    case leftHipFlexion = "left-hip.flexion"
    case leftHipAbduction = "left-hip.abduction"
    case leftHipRotation = "left-hip.rotation"
    case leftKneeFlexion = "left-knee.flexion"
    case leftAnkleFlexion = "left-ankle.flexion"
    case rightHipFlexion = "right-hip.flexion"
    case rightHipAbduction = "right-hip.abduction"
    case rightHipRotation = "right-hip.rotation"
    case rightKneeFlexion = "right-knee.flexion"
    case rightAnkleFlexion = "right-ankle.flexion"

    /// The range pose data may use, in degrees: wide enough for every movement a mat class
    /// asks for, narrow enough to catch a typo such as 900.
    public var allowedRange: ClosedRange<Double> {
        switch self {
        case .bodyTilt: return -120...120
        case .spineFlexion: return -60...110
        case .spineSideBend, .spineTwist: return -60...60
        case .neckFlexion: return -60...70
        case .neckSideBend, .neckTwist: return -70...70
        case .leftShoulderFlexion, .rightShoulderFlexion: return -60...180
        case .leftShoulderAbduction, .rightShoulderAbduction: return -30...180
        case .leftShoulderRotation, .rightShoulderRotation: return -90...90
        case .leftElbowFlexion, .rightElbowFlexion: return 0...150
        case .leftWristFlexion, .rightWristFlexion: return -80...80
        case .leftHipFlexion, .rightHipFlexion: return -30...140
        case .leftHipAbduction, .rightHipAbduction: return -30...90
        case .leftHipRotation, .rightHipRotation: return -60...70
        case .leftKneeFlexion, .rightKneeFlexion: return 0...160
        case .leftAnkleFlexion, .rightAnkleFlexion: return -50...30
        }
    }
}

/// A body pose as joint angles; joints not named stay at zero (anatomical neutral).
public struct PoseAngles: Sendable, Hashable {
    /// The angles set, by joint motion.
    public var angles: [JointMotion: Angle]

    public init(_ angles: [JointMotion: Angle] = [:]) { self.angles = angles }

    /// The angle of one joint motion (zero when not set).
    public subscript(_ motion: JointMotion) -> Angle {
        get { angles[motion] ?? .zero }
        set { angles[motion] = newValue }
    }

    /// This pose with `other`'s angles laid over it: how an end pose is read (it names only
    /// what moves).
    public func overlaid(with other: PoseAngles) -> PoseAngles {
        PoseAngles(angles.merging(other.angles) { _, new in new })
    }
}

/// Where the figure's camera looks from. Named views look at a body lying along the mat
/// (or standing on it); free views give azimuth and elevation in degrees.
public enum CameraView: Sendable, Hashable {
    /// Looking at the body's front (standing) or down from above the mat's long edge.
    case front
    /// Looking along the mat from the side the body faces, as a teacher walking past sees it.
    case side
    /// Looking straight down on the mat.
    case top
    /// Looking from behind the body.
    case back
    /// Any direction: azimuth around the vertical axis, elevation above the floor.
    case free(azimuth: Angle, elevation: Angle)
}

/// A muscle region the figure highlights as the place to feel the work.
public enum BodyRegion: String, Sendable, Hashable, CaseIterable {
    case hipRotators = "hip-rotators"
    case glutes
    case hipFlexors = "hip-flexors"
    case quadriceps
    case hamstrings
    case adductors
    case abductors
    case calves
    case abdominals
    case obliques
    case lowerBack = "lower-back"
    case upperBack = "upper-back"
    case chest
    case shoulders
    case neck
}

/// The pose data of an exercise's figure: the base position, the start and end poses, the
/// camera, and what to highlight. The figure is drawn for the right side working; the left
/// side is its mirror.
public struct FigureSpec: Sendable, Hashable {
    /// The base position the body rests in on the floor plane.
    public var base: BodyPosition
    /// The pose at the start of the movement.
    public var start: PoseAngles
    /// The pose at the end of the movement (already overlaid on `start`).
    public var end: PoseAngles
    /// Where the camera looks from.
    public var view: CameraView
    /// The muscles to highlight.
    public var highlight: [BodyRegion]
    /// What the figure marks on the body: angle arcs, contact labels, the arrow's shape.
    public var annotations: [FigureAnnotation]
    /// The props drawn with the body (the mat is always drawn under floor positions).
    public var props: [FigureProp]
    /// Where the spec was read from, for diagnostics about it.
    public var span: SourceSpan?

    public init(base: BodyPosition, start: PoseAngles, end: PoseAngles, view: CameraView,
                highlight: [BodyRegion] = [], annotations: [FigureAnnotation] = [],
                props: [FigureProp] = [], span: SourceSpan? = nil) {
        self.base = base
        self.start = start
        self.end = end
        self.view = view
        self.highlight = highlight
        self.annotations = annotations
        self.props = props
        self.span = span
    }
}
