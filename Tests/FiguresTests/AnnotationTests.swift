import Foundation
import Testing
@testable import Figures
import PlanCore

/// The lowest surface height of the drawn segments touching any of `points`.
private func surfaceHeight(_ body: PlacedBody, _ points: [BodyPoint]) -> Double {
    body.segments.filter { points.contains($0.from) || points.contains($0.to) }
        .map { min(body.skeleton[$0.from].z, body.skeleton[$0.to].z) - $0.radius }.min() ?? .infinity
}

/// The texts of the labels inside groups named `word`.
private func labels(in scene: Scene, _ word: String) -> [String] {
    scene.groups(named: word).flatMap(\.elements).flatMap(\.flattened).compactMap {
        if case .label(let l) = $0 { return l.text } else { return nil }
    }
}

private let size = Size(width: 420, height: 280)

@Test func feetLiftedHoldsBothFeetOffTheMatWithTheKneesDown() {
    let m = Movement(HipSeriesPoses.feetLifted)
    for body in [m.start, m.end] {
        // Every part of both feet clears the mat by a gap that shows at print size: in a
        // blind test a gap of 5 cm could not be told from feet resting on the mat.
        #expect(surfaceHeight(body, BodyLandmark.feet.points) > 0.09, "\(surfaceHeight(body, BodyLandmark.feet.points))")
        #expect(surfaceHeight(body, [.leftKnee]) < AnnotationMetrics.restingHeight)
    }
    let s = scene(for: HipSeriesPoses.feetLifted, size: size)
    #expect(!s.groups(named: "lifted").isEmpty, "a shadow under the lifted feet")
    #expect(labels(in: s, "label").contains("feet off the mat"))
    #expect(labels(in: s, "label").contains("knees stay down"))
}

@Test func feetDownRestsTheFeetOnTheMat() {
    let m = Movement(HipSeriesPoses.feetDown)
    for body in [m.start, m.end] {
        #expect(surfaceHeight(body, [.leftHeel, .leftToe]) < AnnotationMetrics.restingHeight)
    }
    let s = scene(for: HipSeriesPoses.feetDown, size: size)
    // Contact marks are drawn only under parts that rest: there are some.
    let marks = s.groups(named: "down").flatMap(\.elements)
    #expect(!marks.isEmpty)
    #expect(labels(in: s, "label") == ["feet stay down"])
}

@Test func tabletopMarksNinetyDegreesAtHipAndKnee() {
    let m = Movement(HipSeriesPoses.tabletop)
    for joint in [AnnotatedJoint.rightHip, .rightKnee, .leftHip, .leftKnee] {
        #expect(abs(joint.bend(in: m.start.skeleton) - 90) < 6, "\(joint)")
    }
    // The clam's hips bend half as far: the angle is what tells the two apart.
    #expect(abs(AnnotatedJoint.rightHip.bend(in: Movement(HipSeriesPoses.feetDown).start.skeleton) - 45) < 6)
    let s = scene(for: HipSeriesPoses.tabletop, size: size)
    #expect(s.groups(named: "angle").count == 2)
    #expect(labels(in: s, "angle") == ["about 90°", "about 90°"])
}

@Test func aCircleArrowGoesMostOfTheWayRound() throws {
    var spec = FigureSpec(base: .supine,
                          start: PoseAngles([.rightHipFlexion: .degrees(100), .rightKneeFlexion: .degrees(100)]),
                          end: PoseAngles([.rightHipFlexion: .degrees(115), .rightKneeFlexion: .degrees(100),
                                           .rightHipAbduction: .degrees(25)]),
                          view: .side, annotations: [.arrow(.circle)])
    func arrowPoints(_ s: Scene) -> [Point] {
        s.leaves.compactMap { e -> [Point]? in
            if case .arrow(let path, _, _, _) = e { return path.points } else { return nil }
        }.flatMap { $0 }
    }
    let circle = arrowPoints(scene(for: spec, size: size))
    let centre = circle.reduce(Point.zero, +) * (1 / Double(circle.count))
    // The turn the arrow sweeps around its centre.
    var swept = 0.0
    for (a, b) in zip(circle, circle.dropFirst()) {
        var d = atan2(b.y - centre.y, b.x - centre.x) - atan2(a.y - centre.y, a.x - centre.x)
        if d > .pi { d -= 2 * .pi }
        if d < -.pi { d += 2 * .pi }
        swept += d
    }
    #expect(abs(swept) > 1.5 * .pi, "swept \(swept)")
    spec.annotations = []
    let plain = arrowPoints(scene(for: spec, size: size))
    #expect(!plain.isEmpty)
    #expect(!scene(for: spec, size: size).groups(named: "path").isEmpty)
    spec.annotations = [.arrow(.none)]
    #expect(arrowPoints(scene(for: spec, size: size)).isEmpty)
}

@Test func anArrowIsNeverPushedIntoTheFloor() {
    // A knee swinging out to the side on all fours: the bend's outside points down.
    let spec = FigureSpec(base: .quadruped, start: PoseAngles(), end: PoseAngles([.rightHipAbduction: .degrees(45)]),
                          view: .free(azimuth: .degrees(120), elevation: .degrees(25)))
    let m = Movement(spec)
    let canvas = FigureCanvas(camera: Camera(spec.view, base: spec.base), options: FigureOptions())
    let path = canvas.offsetPath(m.path(of: .rightKnee), by: 0.1, awayFrom: m.end.skeleton[BodyPoint.pelvis])
    for (moved, knee) in zip(path, m.path(of: .rightKnee)) {
        #expect(moved.z >= knee.z - 1e-9)
    }
}

@Test func annotationsAreNamedGroupsInSVG() {
    let svg = scene(for: HipSeriesPoses.tabletop, size: size).svg()
    #expect(svg.contains("<g class=\"annotation angle\">"))
    #expect(svg.contains("<g class=\"annotation arrow path\">"))
    #expect(svg.contains("about 90°"))
}

@Test func fireHydrantLiftsTheKneeAwayFromTheMidline() throws {
    let spec = try #require(BuiltInLibrary.loaded.library.exercises["fire-hydrant"]?.figure)
    let m = Movement(spec)
    // On all fours the body's right side is toward +y: the midline runs through the pelvis.
    let midline = m.start.skeleton[BodyPoint.pelvis].y
    let before = m.start.skeleton[.rightKnee], after = m.end.skeleton[.rightKnee]
    #expect(after.y - midline > before.y - midline + 0.2, "the knee swings out to the side")
    #expect(after.z > before.z + 0.15, "and up off the mat")
    #expect(m.end.skeleton[.leftKnee].z - BodyProportions.adult.thighRadius < AnnotationMetrics.restingHeight)
}

/// The side plank on the knees rests on the bottom knee and forearm (elbow and hand both
/// down), and lifts the pelvis from the mat into a line from the knees to the head.
@Test func theSidePlankRestsOnTheForearmAndKneeAndLiftsTheHips() throws {
    let spec = try #require(BuiltInLibrary.loaded.library.exercises["side-plank-knees"]?.figure)
    let m = Movement(spec)
    let p = BodyProportions.adult, resting = AnnotationMetrics.restingHeight
    let end = m.end.skeleton
    #expect(end[.leftElbow].z - p.forearmRadius < resting + 0.02, "the elbow is down")
    #expect(end[.leftHand].z - p.handRadius < resting + 0.02, "so is the hand: the forearm lies on the mat")
    #expect(end[.leftKnee].z - p.thighRadius < resting, "the bottom knee is down")
    #expect(end[BodyPoint.pelvis].z > m.start.skeleton[BodyPoint.pelvis].z + 0.1, "the hips lift")
    // Head, pelvis and knee nearly in one line: the pelvis lies within 10 cm of it (a
    // sagging or piked body is 20 cm or more off it).
    let head = end[BodyPoint.head], knee = end[BodyPoint.leftKnee], pelvis = end[BodyPoint.pelvis]
    let along = (knee - head).normalized
    let offLine = ((pelvis - head) - along * (pelvis - head).dot(along)).length
    #expect(offLine < 0.1, "the pelvis is \(offLine) m off the line from the head to the knee")
}

@Test(arguments: ["knee-stirs", "side-lying-leg-circles", "single-leg-circles", "corkscrew"])
func circlingExercisesGetACircularArrow(_ id: String) throws {
    let spec = try #require(BuiltInLibrary.loaded.library.exercises[id]?.figure)
    #expect(spec.annotations.contains(.arrow(.circle)))
    let s = scene(for: spec, size: size)
    let arrows = s.groups(named: "circle").flatMap(\.elements).compactMap { e -> [Point]? in
        if case .arrow(let path, _, _, _) = e { return path.points } else { return nil }
    }
    let points = try #require(arrows.first)
    // Most of the way round: the ends are close together compared with the loop's size.
    let xs = points.map(\.x), ys = points.map(\.y)
    let span = max((xs.max() ?? 0) - (xs.min() ?? 0), (ys.max() ?? 0) - (ys.min() ?? 0))
    #expect(try #require(points.first).x.isFinite && span > 0)
    #expect((try #require(points.last) - (try #require(points.first))).length < span * 0.75)
}

/// An angle's words sit on the drawing, over the leg's lines: each carries a white rim that
/// parts its letters from them, in the PDF and PNG drawing and in SVG alike.
@Test func anAnglesWordsHaveAHaloThatPartsThemFromTheLines() {
    let s = scene(for: HipSeriesPoses.tabletop, size: size)
    let angleLabels = s.groups(named: "angle").flatMap(\.elements).flatMap(\.flattened).compactMap {
        if case .label(let l) = $0 { return l } else { return nil }
    }
    #expect(angleLabels.count == 2)
    #expect(angleLabels.allSatisfy { $0.halo == .white })
    let svg = s.svg()
    #expect(svg.components(separatedBy: "paint-order=\"stroke\"").count == 3, "one halo per angle label")
    #expect(svg.contains("stroke=\"rgb(255,255,255)\""))
}
