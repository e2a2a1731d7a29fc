import Foundation
import Testing
@testable import Figures
import PlanCore

/// Distances the model keeps fixed: every drawn segment, plus the rigid offsets of the trunk.
private let rigidPairs: [(BodyPoint, BodyPoint)] =
    BodySegment.all(.adult).filter { $0.from != $0.to }.map { ($0.from, $0.to) } + [
        (.pelvis, .leftHip), (.pelvis, .rightHip), (.neckBase, .leftShoulder), (.neckBase, .rightShoulder),
        (.skullBase, .head), (.leftAnkle, .leftToe), (.rightAnkle, .rightHeel),
        (.spineMiddle, .chestFront), (.pelvis, .seat),
    ]

/// Poses that exercise every joint, in and out of the usual range.
private let samplePoses: [PoseAngles] = {
    var poses: [PoseAngles] = [PoseAngles()]
    for (i, m) in JointMotion.allCases.enumerated() {
        var p = PoseAngles()
        p[m] = .degrees(m.allowedRange.upperBound)
        p[JointMotion.allCases[(i + 7) % JointMotion.allCases.count]] = .degrees(m.allowedRange.lowerBound / 2)
        poses.append(p)
    }
    return poses + HipSeriesPoses.all.flatMap { [$0.spec.start, $0.spec.end] }
}()

@Test func segmentLengthsAreTheSameInEveryPose() {
    let neutral = Skeleton(pose: PoseAngles())
    for base in BodyPosition.allCases {
        for pose in samplePoses {
            let s = BodyPlacement.place(pose, base: base).skeleton
            for (a, b) in rigidPairs {
                #expect(abs(s[a].distance(to: s[b]) - neutral[a].distance(to: neutral[b])) < 1e-9,
                        "\(a)-\(b) in \(base)")
            }
        }
    }
}

@Test func proportionsFollowTheStatureRatios() {
    let p = BodyProportions.adult
    let s = Skeleton(pose: PoseAngles(), proportions: p)
    #expect(abs(s[.rightHip].distance(to: s[.rightKnee]) - 0.245 * p.stature) < 1e-9)
    #expect(abs(s[.rightKnee].distance(to: s[.rightAnkle]) - 0.246 * p.stature) < 1e-9)
    #expect(abs(s[.rightShoulder].distance(to: s[.rightElbow]) - 0.186 * p.stature) < 1e-9)
    // Standing, the hip joints are at 0.530 H and the shoulders near 0.818 H.
    let standing = BodyPlacement.place(PoseAngles(), base: .standing).skeleton
    #expect(abs(standing[.rightHip].z - 0.530 * p.stature) < 0.02 * p.stature)
    #expect(abs(standing[.rightShoulder].z - 0.818 * p.stature) < 0.02 * p.stature)
}

@Test func signConventionsFollowTheLibraryFormat() {
    func point(_ m: JointMotion, _ deg: Double, _ b: BodyPoint) -> Vector3 {
        Skeleton(pose: PoseAngles([m: .degrees(deg)]))[b]
    }
    // Body frame: x right, y forward, z up.
    #expect(point(.rightHipFlexion, 60, .rightKnee).y > 0.1)
    #expect(point(.leftHipFlexion, 60, .leftKnee).y > 0.1)
    #expect(point(.rightHipAbduction, 30, .rightKnee).x > 0.15)
    #expect(point(.leftHipAbduction, 30, .leftKnee).x < -0.15)
    #expect(point(.rightKneeFlexion, 90, .rightAnkle).y < -0.3)
    #expect(point(.rightShoulderFlexion, 90, .rightWrist).y > 0.4)
    #expect(point(.leftShoulderAbduction, 90, .leftWrist).x < -0.5)
    #expect(point(.rightElbowFlexion, 90, .rightWrist).y > 0.2)
    #expect(point(.spineFlexion, 40, .head).y > 0.2)
    #expect(point(.spineSideBend, 30, .head).x > 0.15)
    #expect(point(.neckFlexion, 40, .head).y > point(.neckFlexion, 0, .head).y + 0.05)
    #expect(point(.rightAnkleFlexion, 20, .rightToe).z > point(.rightAnkleFlexion, 0, .rightToe).z + 0.02)
    // Twisting right turns the chest's front toward the right: the left shoulder comes forward.
    #expect(point(.spineTwist, 30, .leftShoulder).y > 0.05)
    // Rotating a straight leg outward turns the toes out.
    #expect(point(.rightHipRotation, 30, .rightToe).x > point(.rightHipRotation, 0, .rightToe).x + 0.05)
    #expect(point(.leftHipRotation, 30, .leftToe).x < point(.leftHipRotation, 0, .leftToe).x - 0.05)
}

@Test func sideLyingRestsOnTheLeftSideWithTheHeadOnTheBottomArm() {
    let body = BodyPlacement.place(HipSeriesPoses.feetDown.start, base: .sideLying)
    let s = body.skeleton
    #expect(s[.rightHip].z > s[.leftHip].z + 0.15)
    #expect(abs(body.lowestHeight) < 1e-9)
    // The bottom arm lies under the head.
    let arm = (s[.leftShoulder] + s[.leftElbow]) * 0.5
    #expect(arm.z < s[.head].z)
    #expect(abs(s[.head].z - BodyProportions.adult.headRadius - (s[.leftElbow].z + BodyProportions.adult.upperArmRadius)) < 0.06)
}

@Test(arguments: BodyPosition.allCases)
func everyBaseRestsOnTheFloor(_ base: BodyPosition) {
    for pose in samplePoses {
        let body = BodyPlacement.place(pose, base: base)
        #expect(abs(body.lowestHeight) < 1e-6, "\(base) lowest \(body.lowestHeight)")
    }
}

@Test func allFoursRestsOnHandsAndKnees() {
    let s = BodyPlacement.place(PoseAngles(), base: .quadruped).skeleton
    let p = BodyProportions.adult
    #expect(s[.leftKnee].z - p.thighRadius < 0.02)
    #expect(s[.leftHand].z - p.handRadius < 0.03)
    #expect(s[.pelvis].z > 0.4)
}

@Test func kneesSwayingOverPlantedFeetLeaveTheTrunkWhereItRests() {
    // Lying on the back, feet flat: both knees sway to one side, rolling the feet onto
    // their edges. The trunk rests where it did, so the figure shows only the legs moving.
    let start = PoseAngles([.leftHipFlexion: .degrees(45), .rightHipFlexion: .degrees(45),
                            .leftKneeFlexion: .degrees(90), .rightKneeFlexion: .degrees(90),
                            .leftAnkleFlexion: .degrees(-45), .rightAnkleFlexion: .degrees(-45)])
    let end = start.overlaid(with: PoseAngles([.rightHipRotation: .degrees(55), .leftHipRotation: .degrees(-55)]))
    let spec = FigureSpec(base: .supine, start: start, end: end, view: .top, highlight: [])
    let movement = Movement(spec)
    for point in [BodyPoint.pelvis, .neckBase, .head, .leftAnkle, .rightAnkle] {
        #expect(movement.start.skeleton[point].distance(to: movement.end.skeleton[point]) < 0.001, "\(point)")
    }
    #expect(movement.end.skeleton[.rightKnee].y < movement.start.skeleton[.rightKnee].y - 0.15)
    #expect(!movement.movingGroups().contains(.trunk))
}

/// `body.tilt` tips an upright body back (seated and kneeling bodies face -y, so back is
/// +y) and lifts the feet end of a lying one (the feet lie toward +x), as the README says.
@Test func aPositiveBodyTiltTipsBackOrLiftsTheFeet() {
    var tilted = PoseAngles()
    tilted[.bodyTilt] = .degrees(30)
    for base in [BodyPosition.seated, .kneeling, .standing] {
        let upright = BodyPlacement.place(PoseAngles(), base: base).skeleton
        let back = BodyPlacement.place(tilted, base: base).skeleton
        #expect(back[.head].y - back[.pelvis].y > upright[.head].y - upright[.pelvis].y + 0.2, "\(base)")
    }
    for base in [BodyPosition.supine, .prone, .sideLying, .quadruped] {
        let flat = BodyPlacement.place(PoseAngles(), base: base).skeleton
        let lifted = BodyPlacement.place(tilted, base: base).skeleton
        #expect(lifted[.leftAnkle].z > flat[.leftAnkle].z + 0.2, "\(base)")
        if base != .quadruped { #expect(lifted[.head].z < lifted[.leftAnkle].z, "\(base)") }
    }
}

/// The rib cage is deeper in front and the buttocks sit behind the hips, so a body shows
/// which way it faces: face up, the chest rises above the spine and the body rests on its
/// buttocks; face down, the chest rests on the mat and the buttocks are up; standing, the
/// chest is ahead of the spine and the buttocks behind the hips.
@Test func theTrunkShowsItsFrontAndBack() {
    let p = BodyProportions.adult
    func clearance(_ s: Skeleton, _ point: BodyPoint, _ radius: Double) -> Double { s[point].z - radius }
    let supine = BodyPlacement.place(PoseAngles(), base: .supine).skeleton
    #expect(supine[.chestFront].z > supine[.spineMiddle].z + 0.04)
    #expect(supine[.seat].z < supine[.pelvis].z - 0.04)
    #expect(clearance(supine, .seat, p.seatRadius) < 0.01)
    let prone = BodyPlacement.place(PoseAngles(), base: .prone).skeleton
    #expect(prone[.chestFront].z < prone[.spineMiddle].z - 0.04)
    #expect(clearance(prone, .chestFront, p.chestFrontRadius) < 0.01)
    #expect(prone[.seat].z > prone[.pelvis].z + 0.04)
    // Standing faces -y.
    let standing = BodyPlacement.place(PoseAngles(), base: .standing).skeleton
    #expect(standing[.chestFront].y < standing[.spineMiddle].y - 0.04)
    #expect(standing[.seat].y > standing[.pelvis].y + 0.04)
    // Their surfaces stand out beyond the round chest and pelvis they sit on.
    #expect(p.chestFrontDepth + p.chestFrontRadius > p.chestRadius + 0.025)
    #expect(p.seatDepth + p.seatRadius > p.pelvisRadius + 0.02)
}

/// A foot is drawn as a foot: full and round at the heel, narrow at the toes, with a flat
/// sole, so which way it points reads when the foot is a few millimetres long.
@Test func aFootIsFullAtTheHeelAndNarrowAtTheToesOnAFlatSole() throws {
    let body = BodyPlacement.place(PoseAngles(), base: .standing)
    // From the body's right side: the toes point left on the drawing, the sole is at the bottom.
    let canvas = FigureCanvas(camera: Camera(azimuth: .degrees(90), elevation: .zero), options: FigureOptions())
    let segment = try #require(body.segments.first { $0.from == .rightHeel })
    let outline = try #require(canvas.footOutline(segment, of: body))
    #expect(canvas.footOutline(body.segments[0], of: body) == nil, "only feet get a foot's outline")
    let heel = canvas.project(body.skeleton[.rightHeel]), toe = canvas.project(body.skeleton[.rightToe])
    let axis = (toe - heel) * (1 / (toe - heel).length)
    func along(_ q: Point) -> Double { (q - heel).x * axis.x + (q - heel).y * axis.y }
    func across(_ q: Point) -> Double { (q - heel).x * -axis.y + (q - heel).y * axis.x }
    let length = (toe - heel).length
    let points = outline.points
    func thickness(near t: Double) -> Double {
        let near = points.filter { abs(along($0) - t * length) < 0.02 }.map(across)
        return (near.max() ?? 0) - (near.min() ?? 0)
    }
    #expect(thickness(near: 0) > 1.7 * thickness(near: 1), "the heel is fuller than the toes")
    // The sole: the lowest point under the heel and under the toes at one height.
    func lowest(near t: Double) -> Double {
        points.filter { abs(along($0) - t * length) < 0.02 }.map(\.y).max() ?? 0
    }
    #expect(abs(lowest(near: 0) - lowest(near: 1)) < 0.004)
    // And on the floor: the drawing's y grows downward, the floor is at z = 0.
    #expect(abs(lowest(near: 0) - canvas.project(Vector3(body.skeleton[.rightHeel].x, body.skeleton[.rightHeel].y, 0)).y) < 0.004)
}

/// The tapered outline a foot is drawn with: every point it passes through lies on one of
/// its two circles, it goes round the outside of both, and where one circle holds the other
/// it is that circle alone.
@Test func aTaperedCapsuleWrapsBothCircles() throws {
    let a = Point(x: 0, y: 0), b = Point(x: 10, y: 4)
    let path = Path2D.taperedCapsule(from: a, radius: 3, to: b, radius: 1)
    var ends: [Point] = []
    for command in path.commands {
        switch command {
        case .move(let p), .line(let p): ends.append(p)
        case .curve(_, _, let p): ends.append(p)
        case .close: break
        }
    }
    #expect(ends.count >= 6)
    for p in ends {
        let onA = abs((p - a).length - 3) < 1e-9, onB = abs((p - b).length - 1) < 1e-9
        #expect(onA || onB, "\(p) is on neither circle")
    }
    // Sampled along the curves, the outline never comes inside either circle.
    var samples: [Point] = []
    var previous = Point.zero
    for command in path.commands {
        switch command {
        case .move(let p), .line(let p): previous = p
        case .curve(let c1, let c2, let p):
            for i in 1...8 {
                let t = Double(i) / 8, u = 1 - t
                let q = previous * (u * u * u) + c1 * (3 * u * u * t) + c2 * (3 * u * t * t) + p * (t * t * t)
                #expect((q - a).length > 3 - 0.01 && (q - b).length > 1 - 0.01, "the outline cuts into a circle")
                #expect(min(abs((q - a).length - 3), abs((q - b).length - 1)) < 0.01, "a curve leaves its circle")
                samples.append(q)
            }
            previous = p
        case .close: break
        }
    }
    // The far side of each circle is on the outline: round ends, not cut off.
    let axis = (b - a) * (1 / (b - a).length)
    #expect(samples.contains { ($0 - (a - axis * 3)).length < 0.3 })
    #expect(samples.contains { ($0 - (b + axis * 1)).length < 0.15 })
    // One circle inside the other: the larger circle.
    #expect(Path2D.taperedCapsule(from: a, radius: 3, to: Point(x: 1, y: 0), radius: 1) == .circle(center: a, radius: 3))
}
