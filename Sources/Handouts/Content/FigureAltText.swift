import Figures
import PlanCore

/// What each diagram shows, in a sentence a screen reader speaks in its place: written from
/// the exercise's own pose data (the position, the shape of the legs, what moves and which
/// side), so a new library exercise gets its alt text with its diagram.
///
/// Diagrams are drawn with the right side working; lying on the side, that is the top side,
/// so the body lies on its left.
public enum FigureAltText {
    /// The alt text of an exercise's diagram: "Lying on the left side with knees bent and
    /// feet lifted, the top knee rises as the thigh turns in the hip."
    public static func text(for exercise: Exercise) -> String {
        let spec = ExerciseFigures.spec(for: exercise)
        let movement = Movement(spec)
        var shape = [legs(movement.start)]
        if let feet = feet(movement.start) { shape.append(feet) }
        let still = shape.compactMap { $0 }
        var sentence = position(spec.base, sided: exercise.sided)
        if !still.isEmpty { sentence += " with " + still.joined(separator: " and ") }
        sentence += ", " + (motion(movement) ?? "holding still") + "."
        let marks = annotations(spec, movement.end)
        if !marks.isEmpty { sentence += " Marked: \(list(marks))." }
        let regions = spec.highlight.map(regionName)
        if !regions.isEmpty {
            sentence += " Shading marks \(list(regions)), where you feel it."
        }
        return sentence
    }

    /// The picture's labels in words, as the diagram prints them: "feet off the mat",
    /// "knees stay down", "about 90° at the top hip".
    public static func annotations(for exercise: Exercise) -> [String] {
        let spec = ExerciseFigures.spec(for: exercise)
        return annotations(spec, Movement(spec).end)
    }

    static func annotations(_ spec: FigureSpec, _ end: PlacedBody) -> [String] {
        let sideLying = spec.base == .sideLying
        func place(_ p: BodyLandmark) -> (words: String, plural: Bool) {
            let raw = p.rawValue
            let plural = ["hips", "knees", "feet", "hands", "thighs", "shins"].contains(raw)
            guard raw.hasPrefix("left-") || raw.hasPrefix("right-") else { return (raw, plural) }
            let right = raw.hasPrefix("right-")
            let side = sideLying ? (right ? "top" : "bottom") : (right ? "right" : "left")
            return ("\(side) \(raw.split(separator: "-").last.map(String.init) ?? raw)", false)
        }
        return spec.annotations.compactMap { a in
            switch a {
            case .lifted(let p, let text): return text ?? "\(place(p).words) off the mat"
            case .down(let p, let text):
                let (words, plural) = place(p)
                return text ?? "\(words) \(plural ? "stay" : "stays") down"
            case .label(_, let text): return text
            case .angle(let joint):
                let motion: JointMotion
                switch joint {
                case .leftHip: motion = .leftHipFlexion
                case .rightHip: motion = .rightHipFlexion
                case .leftKnee: motion = .leftKneeFlexion
                case .rightKnee: motion = .rightKneeFlexion
                case .leftShoulder: motion = .leftShoulderFlexion
                case .rightShoulder: motion = .rightShoulderFlexion
                case .leftElbow: motion = .leftElbowFlexion
                case .rightElbow: motion = .rightElbowFlexion
                }
                // Rounded as a teacher says it: to the nearest 5 degrees.
                let degrees = Int((abs(end.angles[motion].degrees) / 5).rounded()) * 5
                let name = place(BodyLandmark(rawValue: joint.rawValue) ?? .hips).words
                return "about \(degrees)° at the \(name)"
            case .arrow: return nil
            }
        }
    }

    /// The alt text of a tip's picture.
    public static func text(for illustration: Illustration) -> String {
        switch illustration {
        case .dial:
            return "Lying on the left side with knees bent. A dial is drawn on the outside of the top hip. As it turns, the top knee rises."
        case .scratch:
            return "Lying on the left side with knees bent, the top hand gives the side of the top hip a quick scratch."
        case .rest:
            return "Lying on the left side with knees bent. The top hand rests on the shaded muscles at the side of the top hip as the knee rises a little."
        case .smallRange:
            return "Lying on the left side with knees bent, the top knee rises only a little way, well short of its full range."
        }
    }

    // MARK: Pieces

    static func position(_ base: BodyPosition, sided: Bool) -> String {
        switch base {
        case .supine: return "Lying on the back"
        case .sideLying: return sided ? "Lying on the left side" : "Lying on one side"
        case .prone: return "Lying face down"
        case .quadruped: return "On hands and knees"
        case .kneeling: return "Kneeling"
        case .seated: return "Sitting"
        case .standing: return "Standing"
        }
    }

    /// A joint angle above this reads as bent, in degrees.
    static let bent = 40.0
    /// Hips and knees both above this read as a tabletop (about a right angle), in degrees.
    static let rightAngle = 75.0
    /// A heel this far above the floor, in metres, reads as lifted: lying on the back a
    /// resting heel sits some 3 cm up, a raised one 30 cm or more.
    static let lifted = 0.18
    /// Lying on the side the top foot rests on the bottom one, so only the bottom heel
    /// tells: it rests some 5 cm up and hovers at 20 cm in position 1 of the hip series.
    static let bottomHeelLifted = 0.12
    /// A leg joint that turns at least this far, in degrees, is the movement even when an
    /// arm turns further (the arms reaching for a lifted leg).
    static let legMovement = 30.0

    /// The shape of the legs at the start, when it is worth saying.
    static func legs(_ body: PlacedBody) -> String? {
        let a = body.angles
        let knees = [a[.leftKneeFlexion].degrees, a[.rightKneeFlexion].degrees]
        let hips = [a[.leftHipFlexion].degrees, a[.rightHipFlexion].degrees]
        switch body.base {
        case .standing, .kneeling, .quadruped:
            return nil
        case .seated, .supine, .sideLying, .prone:
            if knees.allSatisfy({ $0 >= rightAngle }) && hips.allSatisfy({ $0 >= rightAngle }) {
                return "hips and knees bent to a right angle"
            }
            if knees.allSatisfy({ $0 >= bent }) { return "knees bent" }
            if knees.contains(where: { $0 >= bent }) { return "one knee bent" }
            return "legs long"
        }
    }

    /// Whether the feet are off the floor at the start, lying down with the knees bent.
    static func feet(_ body: PlacedBody) -> String? {
        guard [.supine, .sideLying].contains(body.base),
              [body.angles[.leftKneeFlexion], body.angles[.rightKneeFlexion]].allSatisfy({ $0.degrees >= bent })
        else { return nil }
        let floor = body.lowestHeight
        if body.base == .sideLying {
            return body.skeleton[.leftHeel].z - floor > bottomHeelLifted ? "feet lifted" : nil
        }
        let up = [body.skeleton[.leftHeel].z, body.skeleton[.rightHeel].z].filter { $0 - floor > lifted }.count
        return up == 2 ? "feet lifted" : up == 1 ? "one foot lifted" : nil
    }

    /// What moves from the start to the end, as a clause; nil when nothing does.
    static func motion(_ m: Movement) -> String? {
        // A body rocked on the mat (rolling back) is the movement, whatever the hips do.
        let tilt = (m.end.angles[.bodyTilt] - m.start.angles[.bodyTilt]).degrees
        if abs(tilt) >= 20 { return tilt > 0 ? "the body rolls back" : "the body rolls up" }
        let pelvisRise = m.end.skeleton[.pelvis].z - m.start.skeleton[.pelvis].z
        // A change of this many metres in the pelvis's height is the movement itself.
        let travel = 0.06
        if pelvisRise > travel { return m.start.base == .standing ? "the body rises" : "the hips lift off the mat" }
        if pelvisRise < -travel { return m.start.base == .standing ? "the hips and knees bend and the body lowers" : "the hips lower to the mat" }

        let changes = JointMotion.allCases.map { ($0, (m.end.angles[$0] - m.start.angles[$0]).degrees) }
            .filter { abs($0.1) >= 5 }
        let legs = changes.filter { Self.legJoints.contains($0.0) }
        let biggestLeg = legs.max { abs($0.1) < abs($1.1) }
        let biggest = changes.max { abs($0.1) < abs($1.1) }
        // A back that changes its curve this much (cat and cow) is the movement, whatever
        // the legs do with it.
        let spine = changes.first { $0.0 == .spineFlexion }
        let pick = (spine.map { abs($0.1) >= 60 } ?? false) ? spine
            : (biggestLeg.map { abs($0.1) >= legMovement } ?? false) ? biggestLeg : biggest
        guard let (joint, change) = pick else { return nil }
        let partner = changes.first { $0.0 == mirror(joint) }.map(\.1)
        let both = partner.map { ($0 > 0) == (change > 0) && abs($0) >= abs(change) * 0.6 } ?? false
        let limb = Limb(joint: joint, base: m.start.base, both: both)
        let gain = change > 0
        let base = m.start.base
        func turn(of j: JointMotion) -> Double { (m.end.angles[j] - m.start.angles[j]).degrees }
        let kneeBent = m.end.angles[limb.kneeJoint(joint)].degrees >= bent
        switch joint {
        case .leftHipRotation, .rightHipRotation:
            if base == .sideLying && limb.isTop && gain { return "the top knee rises as the thigh turns in the hip" }
            if let partner, (partner > 0) != gain, abs(partner) >= abs(change) * 0.6 {
                // One thigh turning out as the other turns in: the knees sway together.
                let toward = (joint == .rightHipRotation) == gain ? "right" : "left"
                return "both knees sway to the \(toward)"
            }
            if base == .supine && kneeBent { return "\(limb.knee) \(gain ? "fall\(limb.s) open to the side" : "draw\(limb.s) in")" }
            return "\(limb.thigh) turn\(limb.s) \(gain ? "outward" : "inward") in the hip"
        case .leftHipAbduction, .rightHipAbduction:
            if m.start.base == .sideLying && limb.isTop { return gain ? "the top leg lifts" : "the top leg lowers" }
            if m.start.base == .sideLying && limb.isBottom { return gain ? "the bottom leg lowers" : "the bottom leg lifts" }
            return "\(limb.leg) \(gain ? "open\(limb.s) out to the side" : "draw\(limb.s) in")"
        case .leftHipFlexion, .rightHipFlexion:
            if base == .quadruped || base == .prone {
                return gain ? "\(limb.knee) draw\(limb.s) in under the body" : "\(limb.leg) reach\(limb.es) back"
            }
            if gain && base == .supine { return kneeBent ? "\(limb.knee) draw\(limb.s) toward the chest" : "\(limb.leg) lift\(limb.s)" }
            if gain && base == .standing && kneeBent { return "\(limb.knee) lift\(limb.s) in front" }
            return gain ? "\(limb.leg) swing\(limb.s) forward at the hip" : "\(limb.leg) swing\(limb.s) back at the hip"
        case .leftKneeFlexion, .rightKneeFlexion:
            let hip = joint == .rightKneeFlexion ? JointMotion.rightHipFlexion : .leftHipFlexion
            if !gain && base == .supine && turn(of: hip) >= 20 { return "\(limb.leg) straighten\(limb.s) up toward the ceiling" }
            if gain && base == .standing && turn(of: hip) >= 20 { return "\(limb.knee) lift\(limb.s) in front" }
            return gain ? "\(limb.knee) bend\(limb.s)" : "\(limb.leg) straighten\(limb.s)"
        case .leftAnkleFlexion, .rightAnkleFlexion:
            return gain ? "\(limb.toes) pull up" : "\(limb.foot) point\(limb.s)"
        case .leftShoulderFlexion, .rightShoulderFlexion:
            return gain ? "\(limb.arm) reach\(limb.es) forward and up" : "\(limb.arm) lower\(limb.s)"
        case .leftShoulderAbduction, .rightShoulderAbduction:
            return gain ? "\(limb.arm) open\(limb.s) out to the side" : "\(limb.arm) come\(limb.s) in to the side"
        case .leftShoulderRotation, .rightShoulderRotation:
            return "\(limb.arm) turn\(limb.s) \(gain ? "outward" : "inward")"
        case .leftElbowFlexion, .rightElbowFlexion:
            return gain ? "\(limb.elbow) bend\(limb.s)" : "\(limb.arm) straighten\(limb.s)"
        case .leftWristFlexion, .rightWristFlexion:
            return "\(limb.hand) bend\(limb.s) at the wrist"
        case .spineFlexion:
            let from = m.start.angles[.spineFlexion].degrees
            if gain { return from < -10 ? "the back moves from arched to rounded" : "the back rounds" }
            return from > 10 ? "the back moves from rounded to arched" : "the back arches"
        case .spineSideBend:
            return "the trunk bends toward the \(gain ? "right" : "left")"
        case .spineTwist:
            return "the chest turns toward the \(gain ? "right" : "left")"
        case .neckFlexion:
            return gain ? "the head nods forward" : "the head tips back"
        case .neckSideBend:
            return "the head tilts toward the \(gain ? "right" : "left") shoulder"
        case .neckTwist:
            return "the head turns to the \(gain ? "right" : "left")"
        case .bodyTilt:
            return gain ? "the body rolls back" : "the body rolls up"
        }
    }

    /// The joint motions of the legs, which say more about a mat exercise than the arms do.
    static let legJoints: Set<JointMotion> = [
        .leftHipFlexion, .leftHipAbduction, .leftHipRotation, .leftKneeFlexion, .leftAnkleFlexion,
        .rightHipFlexion, .rightHipAbduction, .rightHipRotation, .rightKneeFlexion, .rightAnkleFlexion,
    ]

    /// The same joint motion on the body's other side, or the motion itself on the midline.
    static func mirror(_ j: JointMotion) -> JointMotion {
        let name = j.rawValue
        if name.hasPrefix("left-") { return JointMotion(rawValue: "right-" + name.dropFirst(5)) ?? j }
        if name.hasPrefix("right-") { return JointMotion(rawValue: "left-" + name.dropFirst(6)) ?? j }
        return j
    }

    /// How a limb is named: "the top leg" lying on the side, "the right arm", or "both legs".
    struct Limb {
        var side: String
        var both: Bool
        var isTop: Bool
        var isBottom: Bool

        init(joint: JointMotion, base: BodyPosition, both: Bool) {
            let right = joint.rawValue.hasPrefix("right-")
            self.both = both
            isTop = !both && base == .sideLying && right
            isBottom = !both && base == .sideLying && joint.rawValue.hasPrefix("left-")
            side = base == .sideLying ? (right ? "top" : "bottom") : (right ? "right" : "left")
        }

        /// The knee of the leg `joint` belongs to (the right knee for a midline joint).
        func kneeJoint(_ joint: JointMotion) -> JointMotion {
            joint.rawValue.hasPrefix("left-") ? .leftKneeFlexion : .rightKneeFlexion
        }

        func part(_ one: String, _ two: String) -> String { both ? "both \(two)" : "the \(side) \(one)" }
        var leg: String { part("leg", "legs") }
        var thigh: String { part("thigh", "thighs") }
        var knee: String { part("knee", "knees") }
        var foot: String { part("foot", "feet") }
        var toes: String { both ? "the toes of both feet" : "the toes of the \(side) foot" }
        var arm: String { part("arm", "arms") }
        var elbow: String { part("elbow", "elbows") }
        var hand: String { part("hand", "hands") }
        /// The verb ending for one limb or two: "lifts" or "lift".
        var s: String { both ? "" : "s" }
        var es: String { both ? "" : "es" }
    }

    static func regionName(_ r: BodyRegion) -> String {
        switch r {
        case .hipRotators: return "the deep hip rotators at the back of the hip"
        case .glutes: return "the buttock muscles"
        case .hipFlexors: return "the front of the hip"
        case .quadriceps: return "the front of the thigh"
        case .hamstrings: return "the back of the thigh"
        case .adductors: return "the inner thigh"
        case .abductors: return "the outer hip"
        case .calves: return "the calves"
        case .abdominals: return "the belly muscles"
        case .obliques: return "the sides of the waist"
        case .lowerBack: return "the lower back"
        case .upperBack: return "the upper back"
        case .chest: return "the chest"
        case .shoulders: return "the shoulders"
        case .neck: return "the neck"
        }
    }

    /// "a", "a and b", "a, b and c".
    static func list(_ items: [String]) -> String {
        guard items.count > 1, let last = items.last else { return items.first ?? "" }
        return items.dropLast().joined(separator: ", ") + " and " + last
    }
}
