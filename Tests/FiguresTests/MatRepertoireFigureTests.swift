import Foundation
import Testing
@testable import Figures
import PlanCore

/// The mat repertoire's diagrams are posed as their text says: each check reads the placed
/// body of a library exercise (lying bodies lie along x with the head toward -x, z up).
@Suite("Mat repertoire figures")
struct MatRepertoireFigureTests {
    static let p = BodyProportions.adult
    /// How far above the mat a part may be drawn and still read as resting on it: the round
    /// segments of the model touch the mat at a point, so a flat-lying thigh or chest sits
    /// a few centimetres up at its other end.
    static let resting = 0.08

    /// The placed start and end of a library exercise's figure.
    static func movement(_ id: String) throws -> Movement {
        let exercise = try #require(BuiltInLibrary.loaded.library.exercises[id], "no exercise '\(id)'")
        return Movement(try #require(exercise.figure, "\(id) has no figure"))
    }

    /// The height of a point's drawn surface above the mat.
    static func clearance(_ s: Skeleton, _ point: BodyPoint, radius: Double) -> Double {
        s[point].z - radius
    }

    /// The angle in degrees at `b` between the segments to `a` and to `c`.
    static func angle(_ s: Skeleton, _ a: BodyPoint, _ b: BodyPoint, _ c: BodyPoint) -> Double {
        let u = (s[a] - s[b]).normalized, v = (s[c] - s[b]).normalized
        return acos(max(-1, min(1, u.dot(v)))) * 180 / .pi
    }

    /// The rise of the line from `a` to `b` above the floor plane, in degrees.
    static func elevation(_ s: Skeleton, from a: BodyPoint, to b: BodyPoint) -> Double {
        let d = s[b] - s[a]
        return atan2(d.z, (d.x * d.x + d.y * d.y).squareRoot()) * 180 / .pi
    }

    @Test func theHundredCurlsUpWithTheLegsRaised() throws {
        let m = try Self.movement("hundred")
        for s in [m.start.skeleton, m.end.skeleton] {
            // Head and shoulders off the mat, the pelvis down on it.
            #expect(Self.clearance(s, .head, radius: Self.p.headRadius) > 0.1)
            #expect(Self.clearance(s, .neckBase, radius: Self.p.chestRadius) > 0.05)
            #expect(Self.clearance(s, .pelvis, radius: Self.p.pelvisRadius) < 0.03)
            // Straight legs on a raised diagonal, feet well off the mat.
            for (hip, knee, ankle) in [(BodyPoint.leftHip, BodyPoint.leftKnee, BodyPoint.leftAnkle),
                                       (.rightHip, .rightKnee, .rightAnkle)] {
                #expect(Self.angle(s, hip, knee, ankle) > 170)
                #expect(Self.elevation(s, from: hip, to: ankle) > 30)
            }
            // The arms reach long toward the feet, hovering over the mat.
            for (shoulder, hand) in [(BodyPoint.leftShoulder, BodyPoint.leftHand), (.rightShoulder, .rightHand)] {
                #expect(s[hand].x > s[shoulder].x + 0.4)
                #expect(Self.clearance(s, hand, radius: Self.p.handRadius) > 0.02)
            }
        }
        // The arms pump: the hands travel up and down, nothing else moves much.
        #expect(m.mostMovingPoint.map { [.leftHand, .rightHand].contains($0.point) } == true)
        #expect(m.start.skeleton[.pelvis].distance(to: m.end.skeleton[.pelvis]) < 0.01)
    }

    @Test func theRollUpPeelsTheSpineOffTheMat() throws {
        let m = try Self.movement("roll-up")
        let start = m.start.skeleton, end = m.end.skeleton
        // Lying flat with the arms up, then the shoulders well up off the mat.
        #expect(Self.clearance(start, .neckBase, radius: Self.p.chestRadius) < 0.02)
        #expect(start[.leftHand].z > start[.leftShoulder].z + 0.5)
        #expect(end[.neckBase].z > start[.neckBase].z + 0.2)
        // The legs stay long and low on the mat.
        for ankle in [BodyPoint.leftAnkle, .rightAnkle] {
            #expect(Self.clearance(end, ankle, radius: Self.p.shankRadius) < 0.06)
        }
    }

    @Test func theRollOverTakesTheLegsOverTheHead() throws {
        let end = try Self.movement("roll-over").end.skeleton
        // Hips lifted off the mat, the feet past the head, the shoulders down.
        #expect(Self.clearance(end, .pelvis, radius: Self.p.pelvisRadius) > 0.15)
        #expect(end[.leftToe].x < end[.head].x)
        #expect(Self.clearance(end, .neckBase, radius: Self.p.chestRadius) < 0.03)
    }

    @Test func theDoubleLegStretchReachesLongBothWays() throws {
        let m = try Self.movement("double-leg-stretch")
        let start = m.start.skeleton, end = m.end.skeleton
        // Hugging the knees in: the knees near the chest, the heels near the seat.
        #expect(start[.leftKnee].distance(to: start[.neckBase]) < 0.5)
        #expect(Self.angle(start, .leftHip, .leftKnee, .leftAnkle) < 80)
        // Then the hands reach past the head and the straight legs past the hips.
        #expect(end[.leftHand].x < end[.head].x)
        #expect(end[.leftAnkle].x > end[.leftHip].x + 0.3)
        #expect(Self.angle(end, .leftHip, .leftKnee, .leftAnkle) > 170)
        #expect(Self.clearance(end, .head, radius: Self.p.headRadius) > 0.05)
    }

    @Test func theSingleLegStretchBendsOneKneeAndReachesTheOther() throws {
        let m = try Self.movement("single-leg-stretch")
        for (s, bent, long) in [(m.start.skeleton, BodyPoint.rightKnee, BodyPoint.leftKnee),
                                (m.end.skeleton, .leftKnee, .rightKnee)] {
            let bentHip: BodyPoint = bent == .rightKnee ? .rightHip : .leftHip
            let bentAnkle: BodyPoint = bent == .rightKnee ? .rightAnkle : .leftAnkle
            let longHip: BodyPoint = long == .rightKnee ? .rightHip : .leftHip
            let longAnkle: BodyPoint = long == .rightKnee ? .rightAnkle : .leftAnkle
            #expect(Self.angle(s, bentHip, bent, bentAnkle) < 80)
            #expect(Self.angle(s, longHip, long, longAnkle) > 170)
            #expect(Self.clearance(s, longAnkle, radius: Self.p.shankRadius) > 0.1)
        }
    }

    @Test func theSwanLiesProneWithTheChestLifted() throws {
        let m = try Self.movement("swan")
        let start = m.start.skeleton, end = m.end.skeleton
        // Face down and flat at the start (within a resting body's 8 cm of the mat); then the
        // chest and head rise over the hands.
        #expect(Self.clearance(start, .neckBase, radius: Self.p.chestRadius) < Self.resting)
        #expect(Self.clearance(end, .neckBase, radius: Self.p.chestRadius) > 0.2)
        #expect(end[.head].z > end[.neckBase].z)
        #expect(Self.elevation(end, from: .pelvis, to: .neckBase) > 25)
        // The front of the body faces the mat, and the pelvis and legs stay down on it.
        #expect(m.end.skeleton[BodyFrame.pelvis].apply(Vector3(0, 1, 0)).z < -0.5)
        #expect(Self.clearance(end, .pelvis, radius: Self.p.pelvisRadius) < Self.resting)
        for knee in [BodyPoint.leftKnee, .rightKnee] {
            #expect(Self.clearance(end, knee, radius: Self.p.thighRadius) < Self.resting)
        }
    }

    @Test func theTeaserBalancesInAV() throws {
        let end = try Self.movement("teaser").end.skeleton
        // Both arms of the V rise from the seat, which is the lowest part of the body.
        #expect(Self.elevation(end, from: .pelvis, to: .neckBase) > 15)
        #expect(Self.elevation(end, from: .leftHip, to: .leftAnkle) > 25)
        #expect(Self.elevation(end, from: .rightHip, to: .rightAnkle) > 25)
        let trunk = (end[.neckBase] - end[.pelvis]).normalized
        let legs = (end[.leftAnkle] - end[.leftHip]).normalized
        let opening = acos(max(-1, min(1, trunk.dot(legs)))) * 180 / .pi
        #expect(opening > 35 && opening < 110, "the V opens \(opening) degrees")
        #expect(end[.pelvis].z < min(end[.neckBase].z, end[.leftKnee].z))
        // The legs are straight and the hands reach forward toward them.
        #expect(Self.angle(end, .leftHip, .leftKnee, .leftAnkle) > 170)
        #expect((end[.leftHand] - end[.leftShoulder]).dot(legs) > 0.1)
    }

    /// Seated work done with the legs apart opens them into a straddle: the feet stand far
    /// wider than the hips, at the start with the legs long on the mat.
    @Test(arguments: [("saw", 0.7), ("spine-stretch-forward", 0.45)])
    func seatedStraddlesOpenTheLegsWide(_ id: String, feetApart: Double) throws {
        let m = try Self.movement(id)
        for s in [m.start.skeleton, m.end.skeleton] {
            let hips = (s[.leftHip] - s[.rightHip]).length
            let ankles = (s[.leftAnkle] - s[.rightAnkle]).length
            #expect(ankles > feetApart, "\(id): ankles \(ankles) m apart")
            #expect(ankles > 3 * hips)
        }
        let s = m.start.skeleton
        for (ankle, knee) in [(BodyPoint.leftAnkle, BodyPoint.leftKnee), (.rightAnkle, .rightKnee)] {
            #expect(Self.clearance(s, ankle, radius: Self.p.shankRadius) < Self.resting, "\(id): the legs rest on the mat")
            #expect(Self.clearance(s, knee, radius: Self.p.thighRadius) < Self.resting)
        }
    }

    /// Spine stretch forward curls forward from a seat that stays on the mat, the arms
    /// reaching forward above the legs, never down through the mat to lift the body off it.
    @Test func theSpineStretchCurlsForwardFromASeatThatStaysDown() throws {
        let m = try Self.movement("spine-stretch-forward")
        for s in [m.start.skeleton, m.end.skeleton] {
            #expect(Self.clearance(s, .pelvis, radius: Self.p.pelvisRadius) < Self.resting, "the seat rests on the mat")
        }
        let end = m.end.skeleton
        for (hand, shoulder) in [(BodyPoint.leftHand, BodyPoint.leftShoulder), (.rightHand, .rightShoulder)] {
            #expect(Self.clearance(end, hand, radius: Self.p.handRadius) > 0.15, "the hands reach above the legs")
            #expect(abs(end[hand].z - end[shoulder].z) < 0.2, "the arms reach forward, near level")
        }
        // The trunk curls forward: the neck well ahead of the pelvis, lower than at the start.
        #expect(end[.neckBase].z < m.start.skeleton[.neckBase].z - 0.1)
    }

    /// The saw twists to reach one hand past the other foot, its legs still down.
    @Test func theSawTwistsOverLegsThatStayDown() throws {
        let m = try Self.movement("saw")
        let s = m.end.skeleton
        for point in [BodyPoint.leftAnkle, .rightAnkle] {
            #expect(Self.clearance(s, point, radius: Self.p.shankRadius) < Self.resting)
        }
        // One hand reaches to the opposite foot: nearer it than to its own side's foot.
        let crossing = [(BodyPoint.rightHand, BodyPoint.leftAnkle, BodyPoint.rightAnkle), (.leftHand, .rightAnkle, .leftAnkle)]
            .map { (s[$0.0] - s[$0.1]).length / (s[$0.0] - s[$0.2]).length }
        #expect(crossing.contains { $0 < 0.9 }, "\(crossing)")
    }

    /// The rolling exercises roll back: from balancing in a ball to resting on the upper
    /// back with the feet high, which only `body.tilt` can pose, since a body at rest would
    /// settle back onto its seat.
    @Test(arguments: ["rolling-like-a-ball", "seal"])
    func theRollingExercisesRollBackOntoTheShoulders(_ id: String) throws {
        let m = try Self.movement(id)
        let start = m.start.skeleton, end = m.end.skeleton
        #expect(end[.neckBase].z < start[.neckBase].z - 0.12, "\(id): the shoulders go down toward the mat")
        #expect(end[.leftAnkle].z > start[.leftAnkle].z + 0.15, "\(id): the feet go up")
        #expect(end[.pelvis].z - Self.p.pelvisRadius > Self.resting, "\(id): the seat leaves the mat")
        let back = min(Self.clearance(end, .neckBase, radius: Self.p.chestRadius),
                       Self.clearance(end, .spineMiddle, radius: Self.p.chestRadius))
        #expect(back < Self.resting, "\(id): resting on the upper back, \(back) m up")
        #expect(Self.clearance(end, .head, radius: Self.p.headRadius) > 0.01, "\(id): not on the head")
    }

    @Test func theSideKickLiftsTheTopLegWhileLyingOnTheSide() throws {
        let m = try Self.movement("side-kick-up-down")
        // Lying on the left side: the hips are stacked, the right one above.
        #expect(m.start.skeleton[.rightHip].z > m.start.skeleton[.leftHip].z + 0.1)
        #expect(m.end.skeleton[.rightAnkle].z > m.start.skeleton[.rightAnkle].z + 0.25)
        #expect(m.start.skeleton[.leftAnkle].distance(to: m.end.skeleton[.leftAnkle]) < 0.01)
        // The kick front and back swings the top leg along the mat, in front and then behind.
        let kick = try Self.movement("side-kick-front-back")
        let pelvisX = kick.start.skeleton[.pelvis].x
        #expect(kick.start.skeleton[.rightAnkle].y > kick.start.skeleton[.pelvis].y + 0.5)
        #expect(kick.end.skeleton[.rightAnkle].y < kick.end.skeleton[.pelvis].y)
        #expect(kick.end.skeleton[.rightAnkle].x > pelvisX)
    }

    @Test func thePlanksHoldALongStraightLine() throws {
        for id in ["push-up", "leg-pull-front"] {
            let start = try Self.movement(id).start.skeleton
            // Hands and toes on the mat, and the hip close to the line from shoulder to ankle.
            #expect(Self.clearance(start, .leftHand, radius: Self.p.handRadius) < 0.03, "\(id)")
            #expect(Self.clearance(start, .leftToe, radius: Self.p.footRadius) < 0.03, "\(id)")
            #expect(Self.angle(start, .leftShoulder, .leftHip, .leftAnkle) > 165, "\(id)")
            #expect(Self.clearance(start, .pelvis, radius: Self.p.pelvisRadius) > 0.15, "\(id)")
        }
        // The push-up bends the elbows and lowers the chest.
        let push = try Self.movement("push-up")
        #expect(push.end.skeleton[.neckBase].z < push.start.skeleton[.neckBase].z - 0.1)
        #expect(Self.angle(push.end.skeleton, .leftShoulder, .leftElbow, .leftWrist) < 120)
        // The leg pull lifts one straight leg behind.
        let pull = try Self.movement("leg-pull-front")
        #expect(pull.end.skeleton[.rightAnkle].z > pull.start.skeleton[.rightAnkle].z + 0.1)
    }

    @Test func theShoulderBridgeKicksFromAHighBridge() throws {
        let m = try Self.movement("shoulder-bridge")
        for s in [m.start.skeleton, m.end.skeleton] {
            // Hips lifted, shoulders down, the standing foot down.
            #expect(Self.clearance(s, .pelvis, radius: Self.p.pelvisRadius) > 0.15)
            #expect(Self.clearance(s, .neckBase, radius: Self.p.chestRadius) < 0.05)
            #expect(Self.clearance(s, .leftHeel, radius: Self.p.footRadius) < 0.03)
            #expect(Self.angle(s, .rightHip, .rightKnee, .rightAnkle) > 170)
        }
        // The kick starts high, toward the ceiling.
        #expect(Self.elevation(m.start.skeleton, from: .rightHip, to: .rightAnkle) > 45)
    }

    @Test func theDownwardDogPutsTheHipsHighest() throws {
        let end = try Self.movement("downward-dog").end.skeleton
        // An upside-down V: hands and feet on the mat, the hips the highest point of the body
        // (the buttocks, behind them, are higher still).
        let others = BodyPoint.allCases.filter { ![.pelvis, .leftHip, .rightHip, .seat].contains($0) }
        #expect(others.allSatisfy { end[$0].z < end[.pelvis].z }, "the hips are not the highest point")
        #expect(Self.clearance(end, .leftHand, radius: Self.p.handRadius) < 0.03)
        #expect(min(Self.clearance(end, .leftHeel, radius: Self.p.footRadius),
                    Self.clearance(end, .leftToe, radius: Self.p.footRadius)) < 0.03)
        // Long arms in line with the back, straight legs, and a sharp fold at the hips.
        #expect(Self.angle(end, .leftShoulder, .leftElbow, .leftWrist) > 170)
        #expect(Self.angle(end, .leftHip, .leftKnee, .leftAnkle) > 170)
        #expect(Self.angle(end, .neckBase, .pelvis, .leftAnkle) < 110)
    }

    @Test func theDeadBugReachesTheOppositeArmAndLeg() throws {
        let m = try Self.movement("dead-bug")
        let start = m.start.skeleton, end = m.end.skeleton
        // Tabletop legs and arms to the ceiling, the back down on the mat.
        #expect(Self.angle(start, .leftHip, .leftKnee, .leftAnkle) < 100)
        #expect(start[.leftHand].z > start[.leftShoulder].z + 0.5)
        // The right arm reaches past the head and the left leg reaches long and low.
        #expect(end[.rightHand].x < end[.head].x)
        #expect(Self.angle(end, .leftHip, .leftKnee, .leftAnkle) > 170)
        #expect(end[.leftAnkle].z < start[.leftAnkle].z)
        // The other arm and leg stay where they were.
        #expect(start[.leftHand].distance(to: end[.leftHand]) < 0.02)
        #expect(start[.rightAnkle].distance(to: end[.rightAnkle]) < 0.02)
        #expect(Self.clearance(end, .spineMiddle, radius: Self.p.waistRadius) < Self.resting)
    }

    @Test func theToeTapLowersOneFootToTheMat() throws {
        let m = try Self.movement("toe-taps")
        #expect(Self.clearance(m.start.skeleton, .rightHeel, radius: Self.p.footRadius) > 0.2)
        #expect(min(Self.clearance(m.end.skeleton, .rightHeel, radius: Self.p.footRadius),
                    Self.clearance(m.end.skeleton, .rightToe, radius: Self.p.footRadius)) < 0.05)
        // The knee stays bent, and the other leg holds its tabletop.
        #expect(Self.angle(m.end.skeleton, .rightHip, .rightKnee, .rightAnkle) < 100)
        #expect(m.start.skeleton[.leftAnkle].distance(to: m.end.skeleton[.leftAnkle]) < 0.02)
    }

    @Test func theLowLungeKneelsOnTheBackKneeWithTheArmsUp() throws {
        let end = try Self.movement("low-lunge").end.skeleton
        // The back knee (left) down, the front foot (right) flat and ahead of the front knee's hip.
        #expect(Self.clearance(end, .leftKnee, radius: Self.p.shankRadius) < 0.03)
        #expect(Self.clearance(end, .rightHeel, radius: Self.p.footRadius) < 0.03)
        #expect(Self.clearance(end, .rightKnee, radius: Self.p.shankRadius) > 0.3)
        // The trunk upright and the hands above the head.
        #expect(Self.elevation(end, from: .pelvis, to: .neckBase) > 60)
        #expect(end[.leftHand].z > end[.head].z && end[.rightHand].z > end[.head].z)
    }

    @Test func theRibBreathingRestsTheHandsOnTheRibs() throws {
        let m = try Self.movement("rib-breathing")
        for s in [m.start.skeleton, m.end.skeleton] {
            // The ribs: the chest segment from the middle of the spine to the base of the neck.
            let a = s[.spineMiddle], b = s[.neckBase]
            func distanceToRibs(_ q: Vector3) -> Double {
                let t = max(0, min(1, (q - a).dot(b - a) / (b - a).dot(b - a)))
                return q.distance(to: a + (b - a) * t)
            }
            // Each palm rests on the chest's surface, on its own side of the body (supine lies
            // with its right side toward -y), lower than the shoulders.
            for (hand, wrist, side) in [(BodyPoint.leftHand, BodyPoint.leftWrist, -1.0), (.rightHand, .rightWrist, 1.0)] {
                let palm = (s[hand] + s[wrist]) * 0.5
                #expect(distanceToRibs(palm) < Self.p.chestRadius + Self.p.handRadius + 0.05, "\(hand)")
                #expect((palm.y - a.y) * side < 0, "\(hand) on its own side")
                #expect(palm.x > (s[.leftShoulder].x + s[.rightShoulder].x) / 2, "\(hand) below the shoulders")
            }
        }
    }

    @Test func theBandedClamIsTheHipSeriesClam() throws {
        let lib = BuiltInLibrary.loaded.library
        let clam = try #require(lib.exercises["clam-with-band"]?.figure)
        let series = try #require(lib.exercises["hip-rotation-feet-down"]?.figure)
        #expect(clam.start == series.start && clam.view == series.view && clam.highlight == series.highlight)
        let m = Movement(clam)
        #expect(m.end.skeleton[.rightKnee].z > m.start.skeleton[.rightKnee].z + 0.08)
        #expect(m.start.skeleton[.rightAnkle].distance(to: m.end.skeleton[.rightAnkle]) < 0.03)
    }

    @Test func theCorkscrewCirclesBothLegsTogetherWithTheShouldersDown() throws {
        let m = try Self.movement("corkscrew")
        let start = m.start.skeleton, end = m.end.skeleton
        for s in [start, end] {
            // Both legs up, together: the ankles high above the hips, a hip's width apart.
            for ankle in [BodyPoint.leftAnkle, .rightAnkle] { #expect(s[ankle].z > s[.pelvis].z + 0.6) }
            let apart = s[.leftAnkle].distance(to: s[.rightAnkle])
            #expect(abs(apart - s[.leftHip].distance(to: s[.rightHip])) < 0.03)
        }
        // The legs swing to one side (supine lies with its left side toward +y) and come down
        // a little, while the trunk stays where it was, flat on the mat.
        #expect(end[.leftAnkle].y > start[.leftAnkle].y + 0.2)
        #expect(end[.leftAnkle].z < start[.leftAnkle].z)
        for point in [BodyPoint.pelvis, .neckBase, .leftShoulder, .rightShoulder] {
            #expect(start[point].distance(to: end[point]) < 0.01, "\(point)")
        }
        #expect(Self.clearance(end, .neckBase, radius: Self.p.chestRadius) < 0.02)
    }

    @Test func theOpenLegRockerBalancesInAVThenRocksBackToTheShoulderBlades() throws {
        let m = try Self.movement("open-leg-rocker")
        let start = m.start.skeleton, end = m.end.skeleton
        // The V: balanced on the seat, trunk and legs both well up off the mat, legs wider
        // than the shoulders, hands holding the ankles.
        #expect(Self.clearance(start, .neckBase, radius: Self.p.chestRadius) > 0.3)
        #expect(start[.leftAnkle].z > start[.pelvis].z + 0.5)
        #expect(start[.leftAnkle].distance(to: start[.rightAnkle])
                > start[.leftShoulder].distance(to: start[.rightShoulder]) + 0.2)
        for s in [start, end] {
            for (hand, wrist, ankle) in [(BodyPoint.leftHand, BodyPoint.leftWrist, BodyPoint.leftAnkle),
                                         (.rightHand, .rightWrist, .rightAnkle)] {
                let grip = s[wrist] * 0.4 + s[hand] * 0.6
                #expect(grip.distance(to: s[ankle]) < 0.05, "\(hand) holds the ankle")
            }
        }
        // Rocked back: the upper back on the mat, the head not, the pelvis lifted and the
        // feet past it toward the head.
        #expect(Self.clearance(end, .neckBase, radius: Self.p.chestRadius) < 0.02)
        #expect(Self.clearance(end, .head, radius: Self.p.headRadius) > 0.05)
        #expect(end[.pelvis].z > start[.pelvis].z + 0.1)
        #expect(end[.leftAnkle].x < end[.pelvis].x)
    }

    @Test func threadTheNeedleSlidesTheArmUnderTheBodyAndLowersTheShoulder() throws {
        let m = try Self.movement("thread-the-needle")
        let start = m.start.skeleton, end = m.end.skeleton
        // On all fours (the body's left toward -y) with the right arm up to the ceiling.
        #expect(start[.rightHand].z > start[.head].z + 0.3)
        #expect(Self.clearance(start, .leftHand, radius: Self.p.handRadius) < 0.03)
        // The right hand slides along the mat past the left hand and the left shoulder,
        // the right shoulder drops below the left, the head comes down to the mat.
        #expect(Self.clearance(end, .rightHand, radius: Self.p.handRadius) < 0.03)
        #expect(end[.rightHand].y < end[.leftHand].y - 0.2)
        #expect(end[.rightHand].y < end[.leftShoulder].y)
        #expect(end[.rightShoulder].z < end[.leftShoulder].z - 0.1)
        #expect(Self.clearance(end, .head, radius: Self.p.headRadius) < 0.03)
        // The left hand and the knees stay where they were.
        #expect(start[.leftHand].distance(to: end[.leftHand]) < 0.02)
        for knee in [BodyPoint.leftKnee, .rightKnee] {
            #expect(Self.clearance(end, knee, radius: Self.p.thighRadius) < 0.03)
        }
    }

    @Test func theMermaidSitsWithTheLegsFoldedAndBendsOverTheRaisedArm() throws {
        let m = try Self.movement("mermaid")
        let start = m.start.skeleton, end = m.end.skeleton
        for s in [start, end] {
            // Seated with the legs folded on the mat, one shin in front and one foot behind
            // (seated faces -y, its left toward +x), the left hand on the mat.
            #expect(Self.clearance(s, .pelvis, radius: Self.p.pelvisRadius) < 0.03)
            for knee in [BodyPoint.leftKnee, .rightKnee] {
                #expect(Self.clearance(s, knee, radius: Self.p.thighRadius) < 0.04, "\(knee)")
            }
            #expect(s[.leftAnkle].y < s[.pelvis].y - 0.2)
            #expect(s[.rightAnkle].y > s[.pelvis].y + 0.1)
            #expect(Self.clearance(s, .leftHand, radius: Self.p.handRadius) < 0.03)
        }
        // Tall with the right arm up, then bent to the left with that arm over the head.
        #expect(start[.rightHand].z > start[.head].z + 0.3)
        #expect(end[.head].x > start[.head].x + 0.2)
        #expect(end[.rightHand].x > end[.head].x)
        #expect(end[.rightHand].z > end[.head].z)
        #expect(start[.pelvis].distance(to: end[.pelvis]) < 0.01)
    }
}
