import Foundation
import Testing
@testable import Figures
import PlanCore

@Test(arguments: HipSeriesPoses.all.map(\.name))
func topKneeRisesWhileThePelvisStaysPut(_ name: String) throws {
    let spec = try #require(HipSeriesPoses.all.first { $0.name == name }).spec
    let m = Movement(spec)
    #expect(m.end.skeleton[.rightKnee].z > m.start.skeleton[.rightKnee].z + 0.08)
    #expect(m.start.skeleton[.leftHip].distance(to: m.end.skeleton[.leftHip]) < 0.01)
    #expect(m.start.skeleton[.rightHip].distance(to: m.end.skeleton[.rightHip]) < 0.01)
    // The bottom leg does not move.
    #expect(m.start.skeleton[.leftKnee].distance(to: m.end.skeleton[.leftKnee]) < 0.01)
}

@Test func setUpPutsTheFeetInLineWithTheSitBones() {
    let s = Movement(HipSeriesPoses.feetDown).start.skeleton
    // Along the mat, the heels are no further forward than the knees and no further back
    // than the back of the pelvis.
    let pelvisBack = s[.pelvis].y - BodyProportions.adult.pelvisRadius
    for heel in [s[.leftHeel], s[.rightHeel]] {
        #expect(heel.y > pelvisBack - 0.03)
        #expect(heel.y < s[.leftKnee].y)
    }
}

@Test func positionOneLiftsTheFeetWithTheKneesDown() {
    let lifted = Movement(HipSeriesPoses.feetLifted).start.skeleton
    let down = Movement(HipSeriesPoses.feetDown).start.skeleton
    let p = BodyProportions.adult
    // Feet off the mat, higher than in the clam, and the bottom knee down on the mat.
    #expect(lifted[.leftAnkle].z > down[.leftAnkle].z + 0.06)
    #expect(lifted[.leftAnkle].z - p.shankRadius > 0.06)
    #expect(lifted[.leftKnee].z - p.thighRadius < 0.03)
    #expect(lifted[.rightKnee].z < down[.rightKnee].z + 0.02)
    // The feet stay lifted at the end.
    let end = Movement(HipSeriesPoses.feetLifted).end.skeleton
    #expect(end[.rightAnkle].z > down[.rightAnkle].z + 0.05)
}

@Test func positionTwoKeepsTheFeetTogether() {
    let m = Movement(HipSeriesPoses.feetDown)
    let p = BodyProportions.adult
    for s in [m.start.skeleton, m.end.skeleton] {
        // Ankles touching or nearly (their drawn surfaces within 2 cm) and on the mat.
        #expect(s[.leftAnkle].distance(to: s[.rightAnkle]) < 2 * p.shankRadius + 0.02)
        #expect(s[.leftAnkle].z - p.shankRadius < 0.03)
    }
    #expect(m.start.skeleton[.rightAnkle].distance(to: m.end.skeleton[.rightAnkle]) < 0.03)
}

@Test func positionThreeIsATabletopAtNinetyDegrees() {
    let m = Movement(HipSeriesPoses.tabletop)
    for s in [m.start.skeleton, m.end.skeleton] {
        let trunkDown = (s[.pelvis] - s[.spineMiddle]).normalized
        for (hip, knee, ankle) in [(BodyPoint.leftHip, BodyPoint.leftKnee, BodyPoint.leftAnkle),
                                   (.rightHip, .rightKnee, .rightAnkle)] {
            let thigh = (s[knee] - s[hip]).normalized
            let shank = (s[ankle] - s[knee]).normalized
            let hipAngle = acos(max(-1, min(1, thigh.dot(trunkDown)))) * 180 / .pi
            let kneeAngle = acos(max(-1, min(1, thigh.dot(shank)))) * 180 / .pi
            #expect(abs(hipAngle - 90) <= 5, "hip \(hipAngle)")
            #expect(abs(kneeAngle - 90) <= 5, "knee \(kneeAngle)")
        }
    }
}
