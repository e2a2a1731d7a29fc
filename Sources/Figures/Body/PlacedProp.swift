import Foundation
import PlanCore

/// A prop set in the world beside a placed body, as simple solids and cords, with the body
/// surface points it touches.
public struct PlacedProp: Sendable, Hashable {
    /// One solid piece of a prop.
    public enum Solid: Sendable, Hashable {
        /// A ball.
        case ball(centre: Vector3, radius: Double)
        /// A box with its edges along the world axes.
        case box(centre: Vector3, halfSize: Vector3)
    }

    /// The prop as the pose data names it.
    public var prop: FigureProp
    /// The solid pieces, back to front as far as they have an order.
    public var solids: [Solid] = []
    /// Cords (a band, a strap) as polylines, each `cordRadius` thick.
    public var cords: [[Vector3]] = []
    /// Half the thickness of the cords.
    public var cordRadius = 0.0
    /// Drawn over the body (a strap, a band) rather than under it.
    public var overBody: Bool { !cords.isEmpty }
    /// Where the prop meets the body: points on the body's surface it touches.
    public var contacts: [Vector3] = []

    /// The floor-level corners of what the prop covers, for the mat to reach under it.
    public var extent: [Vector3] {
        let pts = solids.flatMap { solid -> [Vector3] in
            switch solid {
            case .ball(let c, let r): return [c - Vector3(r, r, 0), c + Vector3(r, r, 0)]
            case .box(let c, let h): return [c - h, c + h]
            }
        } + cords.flatMap { $0 }
        return pts.map { Vector3($0.x, $0.y, 0) }
    }

    /// Prop sizes in metres: everyday studio props.
    enum Size {
        /// A yoga block, 23 x 15 x 7.5 cm.
        static let block = Vector3(0.23, 0.15, 0.075)
        /// A small soft ball's usual radius, and its limits when it fills a gap.
        static let ball = 0.1, smallestBall = 0.06, largestBall = 0.13
        /// A cushion, 40 x 30 cm, and how thick it is at least.
        static let cushion = Vector3(0.26, 0.34, 0.06)
        /// A wall's drawn width and height.
        static let wall = Vector3(0.05, 1.0, 1.2)
        /// A chair's seat height, depth and width, and its back's height above the floor.
        static let chairSeat = Vector3(0.42, 0.42, 0.45), chairBack = 0.85
        /// The radius of a strap or band.
        static let cord = 0.012
    }

    /// The prop attached to `body` at its place.
    public init(_ prop: FigureProp, on body: PlacedBody) {
        self.prop = prop
        let s = body.skeleton, p = body.proportions
        func surface(_ point: BodyPoint) -> Double {
            body.segments.filter { $0.from == point || $0.to == point }.map(\.radius).max() ?? 0
        }
        /// The bottom of a body point's drawn surface.
        func bottom(_ point: BodyPoint) -> Vector3 { s[point] - Vector3(0, 0, surface(point)) }
        let points = prop.place.points

        switch prop.kind {
        case .mat:
            break
        case .cushion, .block:
            // On the floor under the place, its top just under the place's bottom.
            let base = points.map(bottom)
            let low = base.map(\.z).min() ?? 0
            let centre = base.reduce(.zero, +) * (1 / Double(max(base.count, 1)))
            let size = prop.kind == .block ? Size.block : Size.cushion
            // A block stands on whichever side fits the gap; a cushion squashes to it.
            // A block stands on its side or end (or two stack) to fill the gap; a cushion
            // is at least its own thickness, and a head sinks into it.
            let height = max(size.z, low)
            let half = Vector3(size.x / 2, size.y / 2, height / 2)
            solids = [.box(centre: Vector3(centre.x, centre.y, height / 2), halfSize: half)]
            contacts = base
        case .ball:
            if prop.place == .pelvis {
                let b = bottom(.pelvis)
                let r = min(Size.largestBall, max(Size.smallestBall, b.z / 2))
                solids = [.ball(centre: Vector3(b.x, b.y, r), radius: r)]
                contacts = [b]
            } else {
                let pair = points.count >= 2 ? (s[points[0]], s[points[1]]) : (s[points[0]], s[points[0]])
                let centre = (pair.0 + pair.1) * 0.5
                let gap = pair.0.distance(to: pair.1) - surface(points[0]) - surface(points.last ?? points[0])
                let r = min(Size.largestBall, max(Size.smallestBall, gap / 2))
                solids = [.ball(centre: centre, radius: r)]
                contacts = [pair.0, pair.1].map { q in q + (centre - q).normalized * surface(points[0]) }
            }
        case .band where [.thighs, .knees, .shins].contains(prop.place):
            // A loop around both limbs, just above the knees (or around the shins).
            let (l, r): (Vector3, Vector3)
            let (lr, rr): (Double, Double)
            switch prop.place {
            case .shins:
                (l, r) = (s[.leftKnee] + (s[.leftAnkle] - s[.leftKnee]) * 0.6,
                          s[.rightKnee] + (s[.rightAnkle] - s[.rightKnee]) * 0.6)
                (lr, rr) = (p.shankRadius, p.shankRadius)
            default:
                (l, r) = (s[.leftHip] + (s[.leftKnee] - s[.leftHip]) * 0.8,
                          s[.rightHip] + (s[.rightKnee] - s[.rightHip]) * 0.8)
                (lr, rr) = (p.thighRadius * 0.95, p.thighRadius * 0.95)
            }
            let along = ((s[.leftKnee] - s[.leftHip]) + (s[.rightKnee] - s[.rightHip])).normalized
            let across = (r - l)
            var u = across - along * across.dot(along)
            if u.length < 1e-6 { u = along.cross(Vector3(0, 0, 1)) }
            u = u.normalized
            let w = along.cross(u).normalized
            // Round the far side of each limb, straight across between them.
            var loop: [Vector3] = []
            for i in 0...12 {
                let t = (90 + 180 * Double(i) / 12) * .pi / 180
                loop.append(l + (u * cos(t) + w * sin(t)) * (lr + Size.cord))
            }
            for i in 0...12 {
                let t = (-90 + 180 * Double(i) / 12) * .pi / 180
                loop.append(r + (u * cos(t) + w * sin(t)) * (rr + Size.cord))
            }
            loop.append(loop[0])
            cords = [loop]
            cordRadius = Size.cord
            contacts = [l - u * lr, r + u * rr]
        case .band, .strap, .towel:
            // Under the sole of the foot (or both), the two ends up to the hands.
            let feet: [(heel: BodyPoint, toe: BodyPoint)] = prop.place == .leftFoot ? [(.leftHeel, .leftToe)]
                : prop.place == .rightFoot ? [(.rightHeel, .rightToe)] : [(.leftHeel, .leftToe), (.rightHeel, .rightToe)]
            let soles = feet.map { f -> Vector3 in
                // The ball of the foot, on the sole's side.
                let ball = s[f.heel] + (s[f.toe] - s[f.heel]) * 0.7
                let sole = -(s[f.heel == .leftHeel ? BodyFrame.leftFoot : BodyFrame.rightFoot].zAxis)
                return ball + sole * (p.footRadius + Size.cord)
            }
            let sole = soles.reduce(.zero, +) * (1 / Double(soles.count))
            let hands = [s[.leftHand], s[.rightHand]]
            cords = hands.map { [$0, sole] }
            cordRadius = prop.kind == .towel ? Size.cord * 2 : Size.cord
            contacts = soles + hands
        case .wall:
            // Square to the mat's long edge or across it, whichever faces the place from the
            // pelvis, and flat against the place's far surface.
            let c = points.map { s[$0] }.reduce(.zero, +) * (1 / Double(points.count))
            var d = c - s[BodyPoint.pelvis]
            if prop.place == .pelvis { d = -s[BodyFrame.pelvis].yAxis }
            let alongX = abs(d.x) >= abs(d.y)
            let n = alongX ? Vector3(d.x >= 0 ? 1 : -1, 0, 0) : Vector3(0, d.y >= 0 ? 1 : -1, 0)
            let reach = points.map { s[$0].dot(n) + surface($0) }.max() ?? 0
            let face = n * reach
            let t = Size.wall.x
            let centre = Vector3(alongX ? face.x + n.x * t / 2 : c.x, alongX ? c.y : face.y + n.y * t / 2, Size.wall.z / 2)
            let half = alongX ? Vector3(t / 2, Size.wall.y / 2, Size.wall.z / 2) : Vector3(Size.wall.y / 2, t / 2, Size.wall.z / 2)
            solids = [.box(centre: centre, halfSize: half)]
            contacts = points.filter { s[$0].dot(n) + surface($0) >= reach - 0.03 }.map { s[$0] + n * surface($0) }
        case .chair:
            // Beside the body, the top of its back under the hands (or its seat under the
            // pelvis), its seat on the far side of the back.
            let seat = Size.chairSeat
            if prop.place == .pelvis {
                let b = bottom(.pelvis)
                let forward = s[BodyFrame.pelvis].yAxis
                let f = Vector3(forward.x, forward.y, 0).normalized
                let centre = Vector3(b.x, b.y, 0) + f * (seat.y * 0.3)
                solids = Self.chair(seatCentre: centre, seatTop: b.z, backTop: b.z + 0.45, backOffset: f * (-seat.y / 2))
                contacts = [b]
            } else {
                let hs = points.map { bottom($0) }
                let h = hs.reduce(.zero, +) * (1 / Double(hs.count))
                let away = Vector3(h.x - s[BodyPoint.pelvis].x, h.y - s[BodyPoint.pelvis].y, 0)
                let f = away.length > 1e-6 ? away.normalized : Vector3(0, -1, 0)
                let backTop = min(1.1, max(0.7, h.z))
                let seatCentre = Vector3(h.x, h.y, 0) + f * (seat.y / 2)
                solids = Self.chair(seatCentre: seatCentre, seatTop: seat.z, backTop: backTop, backOffset: f * (-seat.y / 2))
                contacts = hs
            }
        }
    }

    /// A chair as boxes: four legs, the seat, the back along the seat's edge at `backOffset`.
    private static func chair(seatCentre c: Vector3, seatTop: Double, backTop: Double, backOffset: Vector3) -> [Solid] {
        let half = Size.chairSeat.x / 2, leg = 0.02, board = 0.025
        var parts: [Solid] = []
        for dx in [-1.0, 1.0] {
            for dy in [-1.0, 1.0] {
                parts.append(.box(centre: Vector3(c.x + dx * (half - leg), c.y + dy * (half - leg), (seatTop - board) / 2),
                                  halfSize: Vector3(leg, leg, (seatTop - board) / 2)))
            }
        }
        parts.append(.box(centre: Vector3(c.x, c.y, seatTop - board / 2), halfSize: Vector3(half, half, board / 2)))
        let back = c + backOffset
        let alongX = abs(backOffset.x) > abs(backOffset.y)
        let height = max(0.1, backTop - seatTop)
        parts.append(.box(centre: Vector3(back.x, back.y, seatTop + height / 2),
                          halfSize: alongX ? Vector3(board / 2, half, height / 2) : Vector3(half, board / 2, height / 2)))
        return parts
    }
}
