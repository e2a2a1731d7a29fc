import Foundation
import Testing
@testable import Figures
import PlanCore

/// Distances the model keeps fixed: every drawn segment, plus the rigid offsets of the trunk.
private let rigidPairs: [(BodyPoint, BodyPoint)] =
    BodySegment.all(.adult).filter { $0.from != $0.to }.map { ($0.from, $0.to) } + [
        (.pelvis, .leftHip), (.pelvis, .rightHip), (.neckBase, .leftShoulder), (.neckBase, .rightShoulder),
        (.skullBase, .head), (.leftAnkle, .leftToe), (.rightAnkle, .rightHeel),
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
