/// A place on the body that a figure's annotations and props attach to, named as in library
/// files (`right-foot`). A pair name (`feet`, `knees`) means both sides together.
public enum BodyLandmark: String, Sendable, Hashable, CaseIterable {
    case head, chest, pelvis
    case hips, knees, feet, hands, thighs, shins
    case leftShoulder = "left-shoulder", rightShoulder = "right-shoulder"
    case leftElbow = "left-elbow", rightElbow = "right-elbow"
    case leftHand = "left-hand", rightHand = "right-hand"
    case leftHip = "left-hip", rightHip = "right-hip"
    case leftKnee = "left-knee", rightKnee = "right-knee"
    case leftFoot = "left-foot", rightFoot = "right-foot"
}

/// A joint whose angle a figure can mark with an arc and its value.
public enum AnnotatedJoint: String, Sendable, Hashable, CaseIterable {
    case leftHip = "left-hip", rightHip = "right-hip"
    case leftKnee = "left-knee", rightKnee = "right-knee"
    case leftShoulder = "left-shoulder", rightShoulder = "right-shoulder"
    case leftElbow = "left-elbow", rightElbow = "right-elbow"
}

/// The shape of a figure's movement arrow: it says what kind of movement it is.
public enum ArrowShape: String, Sendable, Hashable, CaseIterable {
    /// Along the path of the part that moves most (the default).
    case path
    /// A short arc: a small range, done with care.
    case short
    /// A circle: stirs and circles, the movement goes round.
    case circle
    /// No arrow: a held stretch or a rest.
    case none
}

/// One thing a figure marks on top of the body, from its pose data's `annotate:` list.
public enum FigureAnnotation: Sendable, Hashable {
    /// An arc at a joint with its bend in words ("about 90°").
    case angle(AnnotatedJoint)
    /// A place held off the mat: a soft shadow on the mat under it, and a short label
    /// (`text`, or "<place> off the mat").
    case lifted(BodyLandmark, text: String?)
    /// A place resting on the mat: contact marks under it and a short label (`text`, or
    /// "<place> stay down").
    case down(BodyLandmark, text: String?)
    /// A short label pointing at a place.
    case label(BodyLandmark, text: String)
    /// The movement arrow's shape.
    case arrow(ArrowShape)
}
/// A kind of prop a figure can draw.
public enum PropKind: String, Sendable, Hashable, CaseIterable {
    case mat, band, ball, block, cushion, strap, towel, wall, chair

    /// Where the prop goes when the pose data names none.
    public var defaultPlace: BodyLandmark {
        switch self {
        case .mat: return .pelvis
        case .band: return .thighs
        case .ball: return .knees
        case .block: return .pelvis
        case .cushion: return .head
        case .strap, .towel: return .rightFoot
        case .wall: return .feet
        case .chair: return .hands
        }
    }

    /// The places this prop can attach to.
    public var places: [BodyLandmark] {
        switch self {
        case .mat: return [.pelvis]
        case .band: return [.thighs, .knees, .shins, .rightFoot, .leftFoot]
        case .ball: return [.knees, .pelvis, .hands]
        case .block: return [.pelvis, .hands, .rightHand, .leftHand, .head]
        case .cushion: return [.head, .pelvis, .knees]
        case .strap, .towel: return [.rightFoot, .leftFoot, .feet]
        case .wall: return [.feet, .hands, .pelvis]
        case .chair: return [.hands, .rightHand, .leftHand, .pelvis]
        }
    }
}

/// A prop of a figure, from its pose data's `props:` list, attached to a place on the body.
public struct FigureProp: Sendable, Hashable {
    public var kind: PropKind
    /// Where it attaches; a strap under a foot also runs to the hands.
    public var place: BodyLandmark

    public init(_ kind: PropKind, at place: BodyLandmark? = nil) {
        self.kind = kind
        self.place = place ?? kind.defaultPlace
    }
}
