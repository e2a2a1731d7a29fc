import Foundation
import Testing
@testable import Figures
import PlanCore

/// How far a point lies outside a solid (0 inside it).
private func distance(_ q: Vector3, to solid: PlacedProp.Solid) -> Double {
    switch solid {
    case .ball(let c, let r): return max(0, q.distance(to: c) - r)
    case .box(let c, let h):
        let d = q - c
        let out = Vector3(max(0, abs(d.x) - h.x), max(0, abs(d.y) - h.y), max(0, abs(d.z) - h.z))
        return out.length
    }
}

/// How far a point lies from a polyline.
private func distance(_ q: Vector3, toCord cord: [Vector3]) -> Double {
    zip(cord, cord.dropFirst()).map { a, b in
        let ab = b - a
        let t = max(0, min(1, (q - a).dot(ab) / max(ab.dot(ab), 1e-12)))
        return q.distance(to: a + ab * t)
    }.min() ?? .infinity
}

/// The distance from a body point's drawn surface to the nearest solid of a prop, or
/// 0 where the surface is inside one.
private func gap(_ body: PlacedBody, _ point: BodyPoint, _ prop: PlacedProp) -> Double {
    let r = body.segments.filter { $0.from == point || $0.to == point }.map(\.radius).max() ?? 0
    return max(0, (prop.solids.map { distance(body.skeleton[point], to: $0) }.min() ?? .infinity) - r)
}

private func body(_ base: BodyPosition, _ angles: [JointMotion: Double]) -> PlacedBody {
    BodyPlacement.place(PoseAngles(angles.mapValues { Angle.degrees($0) }), base: base)
}

/// The allowed tolerance: a prop touches when its surface is within 1.5 cm of the body's.
private let touching = 0.015

@Test func solidPropsTouchTheBodyPointsTheyAttachTo() {
    let clam = Movement(HipSeriesPoses.feetDown).end
    let bridge = body(.supine, [.leftHipFlexion: 50, .rightHipFlexion: 50, .leftKneeFlexion: 100, .rightKneeFlexion: 100,
                                .spineFlexion: -10])
    let lying = body(.supine, [.leftHipFlexion: 45, .rightHipFlexion: 45, .leftKneeFlexion: 90, .rightKneeFlexion: 90])
    let standing = body(.standing, [.leftShoulderFlexion: 50, .rightShoulderFlexion: 50])
    let cases: [(FigureProp, PlacedBody, [BodyPoint])] = [
        (FigureProp(.cushion), clam, [.head]),
        (FigureProp(.cushion), lying, [.head]),
        (FigureProp(.ball, at: .knees), clam, [.leftKnee, .rightKnee]),
        (FigureProp(.ball, at: .pelvis), lying, [.pelvis]),
        (FigureProp(.block, at: .pelvis), bridge, [.pelvis]),
        (FigureProp(.wall, at: .feet), lying, [.leftToe, .rightToe]),
        (FigureProp(.chair, at: .hands), standing, [.leftHand, .rightHand]),
    ]
    for (prop, body, points) in cases {
        let placed = PlacedProp(prop, on: body)
        #expect(!placed.solids.isEmpty)
        for point in points {
            #expect(gap(body, point, placed) <= touching, "\(prop.kind) at \(prop.place): \(point) is \(gap(body, point, placed)) m off")
        }
        // Solids stand on the floor, never under it.
        for solid in placed.solids {
            switch solid {
            case .ball(let c, let r): #expect(c.z - r > -1e-9)
            case .box(let c, let h): #expect(c.z - h.z > -1e-9)
            }
        }
    }
}

@Test func strapsAndBandsRunFromTheirPlacesToTheHands() throws {
    let lib = BuiltInLibrary.loaded.library
    let spec = try #require(lib.exercises["hamstring-stretch"]?.figure)
    #expect(spec.props.map(\.kind) == [.strap], "the hamstring stretch holds its strap")
    let body = Movement(spec).end
    let p = body.proportions
    let strap = PlacedProp(spec.props[0], on: body)
    #expect(strap.cords.count == 2)
    for hand in [BodyPoint.leftHand, .rightHand] {
        #expect(strap.cords.map { distance(body.skeleton[hand], toCord: $0) }.min() ?? 1 <= p.handRadius)
    }
    // Each end passes under the sole of the lifted foot.
    for cord in strap.cords {
        let sole = distance(body.skeleton[.rightHeel] + (body.skeleton[.rightToe] - body.skeleton[.rightHeel]) * 0.7,
                            toCord: cord)
        #expect(sole <= p.footRadius + 0.02)
    }
    // A band around the thighs hugs both, just above the knees.
    let band = PlacedProp(FigureProp(.band), on: Movement(HipSeriesPoses.feetDown).end)
    let clam = Movement(HipSeriesPoses.feetDown).end.skeleton
    for (hip, knee) in [(BodyPoint.leftHip, BodyPoint.leftKnee), (.rightHip, .rightKnee)] {
        let thigh = clam[hip] + (clam[knee] - clam[hip]) * 0.8
        let d = distance(thigh, toCord: band.cords[0])
        #expect(d <= p.thighRadius + 0.03 && d >= p.thighRadius * 0.8, "\(d)")
    }
}

@Test func everyPropIsANamedGroupInSVGAndTheWebPage() throws {
    let lib = BuiltInLibrary.loaded.library
    let spec = try #require(lib.exercises["hamstring-stretch"]?.figure)
    let s = scene(for: spec, size: Size(width: 420, height: 280))
    #expect(s.groups(named: "strap").count == 1)
    #expect(s.svgElements().contains("<g class=\"prop strap\">"))
    for kind in PropKind.allCases where kind != .mat {
        var withProp = HipSeriesPoses.feetDown
        withProp.props = [FigureProp(kind)]
        let markup = scene(for: withProp, size: Size(width: 420, height: 280)).svgElements()
        #expect(markup.contains("<g class=\"prop \(kind.rawValue)\">"), "\(kind)")
    }
}
