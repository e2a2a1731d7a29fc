import Foundation
import PlanCore

extension BodyLandmark {
    /// The body points the place stands for: a pair name gives both sides, a foot its heel
    /// and toe.
    public var points: [BodyPoint] {
        switch self {
        case .head: return [.head]
        case .chest: return [.spineMiddle, .neckBase]
        case .pelvis: return [.pelvis]
        case .hips: return [.leftHip, .rightHip]
        case .knees: return [.leftKnee, .rightKnee]
        case .feet: return [.leftHeel, .leftToe, .rightHeel, .rightToe]
        case .hands: return [.leftHand, .rightHand]
        case .thighs: return [.leftKnee, .rightKnee]
        case .shins: return [.leftAnkle, .rightAnkle]
        case .leftShoulder: return [.leftShoulder]
        case .rightShoulder: return [.rightShoulder]
        case .leftElbow: return [.leftElbow]
        case .rightElbow: return [.rightElbow]
        case .leftHand: return [.leftHand]
        case .rightHand: return [.rightHand]
        case .leftHip: return [.leftHip]
        case .rightHip: return [.rightHip]
        case .leftKnee: return [.leftKnee]
        case .rightKnee: return [.rightKnee]
        case .leftFoot: return [.leftHeel, .leftToe]
        case .rightFoot: return [.rightHeel, .rightToe]
        }
    }

    /// The place in the words of a label ("feet", "knees").
    var words: String {
        switch self {
        case .leftShoulder, .rightShoulder: return "shoulder"
        case .leftElbow, .rightElbow: return "elbow"
        case .leftHand, .rightHand: return "hand"
        case .leftHip, .rightHip: return "hip"
        case .leftKnee, .rightKnee: return "knee"
        case .leftFoot, .rightFoot: return "foot"
        default: return rawValue
        }
    }

    /// True for a pair (`feet`), which a label speaks of in the plural.
    var isPlural: Bool { [.hips, .knees, .feet, .hands, .thighs, .shins].contains(self) }
}

extension AnnotatedJoint {
    /// The joint's vertex, the direction its limb would point at zero bend (the segment
    /// above continued), and the point its limb points to.
    func geometry(_ s: Skeleton) -> (vertex: Vector3, reference: Vector3, limb: Vector3) {
        switch self {
        case .leftHip, .rightHip:
            let (hip, knee): (BodyPoint, BodyPoint) = self == .leftHip ? (.leftHip, .leftKnee) : (.rightHip, .rightKnee)
            return (s[hip], -s[BodyFrame.pelvis].zAxis, s[knee])
        case .leftKnee, .rightKnee:
            let (hip, knee, ankle): (BodyPoint, BodyPoint, BodyPoint) = self == .leftKnee
                ? (.leftHip, .leftKnee, .leftAnkle) : (.rightHip, .rightKnee, .rightAnkle)
            return (s[knee], (s[knee] - s[hip]).normalized, s[ankle])
        case .leftShoulder, .rightShoulder:
            let (shoulder, elbow): (BodyPoint, BodyPoint) = self == .leftShoulder
                ? (.leftShoulder, .leftElbow) : (.rightShoulder, .rightElbow)
            return (s[shoulder], -s[BodyFrame.chest].zAxis, s[elbow])
        case .leftElbow, .rightElbow:
            let (shoulder, elbow, wrist): (BodyPoint, BodyPoint, BodyPoint) = self == .leftElbow
                ? (.leftShoulder, .leftElbow, .leftWrist) : (.rightShoulder, .rightElbow, .rightWrist)
            return (s[elbow], (s[elbow] - s[shoulder]).normalized, s[wrist])
        }
    }

    /// The joint's bend in the skeleton, in degrees: the turn from the reference direction
    /// to the limb.
    public func bend(in s: Skeleton) -> Double {
        let g = geometry(s)
        let limb = (g.limb - g.vertex).normalized
        return acos(max(-1, min(1, limb.dot(g.reference.normalized)))) * 180 / .pi
    }
}

/// How annotations are drawn: sizes in metres of the body they mark.
enum AnnotationMetrics {
    /// An angle arc's radius at the hip: outside the pelvis, whose drawn radius is about
    /// 0.11 m, so the arc is not hidden under it.
    static let hipArcRadius = 0.17
    /// At the other joints: outside the limb's outline.
    static let limbArcRadius = 0.11
    /// Within this height of the mat a part counts as resting on it.
    static let restingHeight = 0.02
    /// A contact mark reaches this far either side of the part that rests, in segment radii.
    static let contactHalfLength = 2.6
    /// Angles are named to the nearest fifteen degrees (45, 60, 90): the drawing is a
    /// guide, not a measurement, and a turning thigh changes its bend by a few degrees.
    static let angleStep = 15.0
    /// An angle's value sits this many arc radii out along the middle of the arc.
    static let angleLabelDistance = 2.2
}

extension FigureCanvas {
    /// The marks that go on the mat under the bodies: shadows under lifted parts and
    /// contact marks under resting ones.
    mutating func addGroundAnnotations(_ annotations: [FigureAnnotation], on body: PlacedBody) {
        for annotation in annotations {
            switch annotation {
            case .lifted(let place, _):
                grouped("annotation lifted") { $0.addShadows(under: place, of: body) }
            case .down(let place, _):
                grouped("annotation down") { $0.addContactMarks(under: place, of: body) }
            case .angle, .label, .arrow: break
            }
        }
    }

    /// The marks that go over the bodies: angle arcs with their values and the labels.
    mutating func addAnnotations(_ annotations: [FigureAnnotation], on body: PlacedBody) {
        for annotation in annotations {
            switch annotation {
            case .angle(let joint):
                grouped("annotation angle") { $0.addAngleArc(joint, on: body) }
            case .lifted(let place, let text):
                let words = text ?? "\(place.words) off the mat"
                grouped("annotation label") { $0.addCallout(words, to: $0.lowestPoint(place, of: body), below: true) }
            case .down(let place, let text):
                let words = text ?? "\(place.words) \(place.isPlural ? "stay" : "stays") down"
                grouped("annotation label") { $0.addCallout(words, to: $0.lowestPoint(place, of: body), below: true) }
            case .label(let place, let text):
                grouped("annotation label") { $0.addCallout(text, to: $0.centre(place, of: body)) }
            case .arrow: break
            }
        }
    }

    /// The projected middle of a place.
    func centre(_ place: BodyLandmark, of body: PlacedBody) -> Point {
        let pts = place.points.map { body.skeleton[$0] }
        return project(pts.reduce(.zero, +) * (1 / Double(max(pts.count, 1))))
    }

    /// The projected bottom of a place: the point of it nearest the mat, at its surface.
    func lowestPoint(_ place: BodyLandmark, of body: PlacedBody) -> Point {
        let s = body.skeleton
        guard let low = place.points.min(by: { s[$0].z < s[$1].z }) else { return .zero }
        let r = body.segments.first { $0.from == low || $0.to == low }?.radius ?? 0
        return project(s[low] - Vector3(0, 0, r))
    }

    /// A soft shadow on the mat under each part of a place, as wide as the part: with the
    /// part drawn above it, the gap between them shows the part is held off the mat.
    private mutating func addShadows(under place: BodyLandmark, of body: PlacedBody) {
        let s = body.skeleton
        for seg in body.segments where place.points.contains(seg.from) || place.points.contains(seg.to) {
            let a = s[seg.from], b = s[seg.to]
            guard min(a.z, b.z) - seg.radius > AnnotationMetrics.restingHeight else { continue }
            let r = seg.radius * 1.3
            // The shadow is a flat capsule on the floor: its outline, projected.
            let d = Vector3(b.x - a.x, b.y - a.y, 0)
            let u = d.length > 1e-6 ? d.normalized : Vector3(1, 0, 0)
            let n = Vector3(-u.y, u.x, 0)
            let ring = (0..<32).map { i -> Point in
                let t = Double(i) / 32 * 2 * .pi
                let end = cos(t) >= 0 ? Vector3(b.x, b.y, 0) : Vector3(a.x, a.y, 0)
                return project(end + u * (cos(t) * r) + n * (sin(t) * r))
            }
            add(.path(.polygon(ring), ShapeStyle(fill: style.shadow), metreWidth: 0))
            // A dashed drop line from the part's underside to its shadow: the gap, measured.
            let low = a.z < b.z ? a : b
            var drop = Path2D()
            drop.move(to: project(low - Vector3(0, 0, seg.radius)))
            drop.line(to: project(Vector3(low.x, low.y, 0)))
            add(.path(drop, ShapeStyle(stroke: style.text, lineWidth: lineUnit * 1.3, dash: [2, 1.6]), metreWidth: 0))
        }
    }

    /// A short dark line on the mat under each part of a place that rests on it.
    private mutating func addContactMarks(under place: BodyLandmark, of body: PlacedBody) {
        let s = body.skeleton
        for point in place.points {
            guard let seg = body.segments.first(where: { $0.from == point || $0.to == point }) else { continue }
            let q = s[point]
            guard q.z - seg.radius <= AnnotationMetrics.restingHeight else { continue }
            let half = seg.radius * AnnotationMetrics.contactHalfLength
            var line = Path2D()
            line.move(to: project(Vector3(q.x - half, q.y, 0)))
            line.line(to: project(Vector3(q.x + half, q.y, 0)))
            add(.path(line, ShapeStyle(stroke: style.bodyOutline, lineWidth: lineUnit * 2.6), metreWidth: 0))
        }
    }

    /// An arc at a joint from the direction of zero bend to the limb, a dashed line along
    /// that direction, and the bend in words ("about 90°").
    private mutating func addAngleArc(_ joint: AnnotatedJoint, on body: PlacedBody) {
        let g = joint.geometry(body.skeleton)
        let ref = g.reference.normalized
        let limb = (g.limb - g.vertex).normalized
        let bend = joint.bend(in: body.skeleton)
        guard bend > 8 else { return }
        var v = limb - ref * limb.dot(ref)
        guard v.length > 1e-6 else { return }
        v = v.normalized
        let isHip = joint == .leftHip || joint == .rightHip
        let r = isHip ? AnnotationMetrics.hipArcRadius : AnnotationMetrics.limbArcRadius
        let theta = bend * .pi / 180
        var reference = Path2D()
        reference.move(to: project(g.vertex))
        reference.line(to: project(g.vertex + ref * (r * 1.35)))
        add(.path(reference, ShapeStyle(stroke: style.text, lineWidth: lineUnit * 1.1, dash: [2.5, 2]), metreWidth: 0))
        let arc = (0...24).map { i -> Point in
            let t = theta * Double(i) / 24
            return project(g.vertex + (ref * cos(t) + v * sin(t)) * r)
        }
        add(.path(.smooth(through: arc), ShapeStyle(stroke: style.text, lineWidth: lineUnit * 1.6), metreWidth: 0))
        let rounded = Int((bend / AnnotationMetrics.angleStep).rounded() * AnnotationMetrics.angleStep)
        let mid = ref * cos(theta / 2) + v * sin(theta / 2)
        add(.text("about \(rounded)°", at: project(g.vertex + mid * (r * AnnotationMetrics.angleLabelDistance))))
    }
}
