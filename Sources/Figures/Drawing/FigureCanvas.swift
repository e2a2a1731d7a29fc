import Foundation
import PlanCore

/// A figure being drawn: marks in projected metres, scaled to fit a frame at the end.
/// Widths come in two parts: one in metres that scales with the body (a limb's thickness)
/// and one in frame units that does not (an outline).
struct FigureCanvas {
    /// One mark, in drawing order.
    enum Mark {
        case path(Path2D, ShapeStyle, metreWidth: Double)
        case disc(center: Point, radius: Double, extra: Double, ShapeStyle)
        case arrow(Path2D, ShapeStyle, metreWidth: Double, head: Double)
        /// A label above the drawing (or below it), with a thin leader line to `target`.
        case callout(String, target: Point, below: Bool)
        /// A short text centred on a point of the drawing (an angle's value).
        case text(String, at: Point)
    }

    let camera: Camera
    let options: FigureOptions
    var marks: [Mark] = []
    /// One call of `grouped`: its class and its place among the calls, so two groups of
    /// one class side by side stay two.
    struct GroupTag: Hashable {
        var name: String
        var serial: Int
    }
    /// The group each mark belongs to, nil for the body.
    var markGroups: [GroupTag?] = []
    /// The group marks added now belong to.
    private var currentGroup: GroupTag?
    private var groupCount = 0

    init(camera: Camera, options: FigureOptions) {
        self.camera = camera
        self.options = options
    }

    var style: FigureStyle { options.style }

    func project(_ p: Vector3) -> Point { camera.project(p) }

    mutating func add(_ m: Mark) {
        marks.append(m)
        markGroups.append(currentGroup)
    }

    /// Adds the marks `body` makes as one group named `name` (`prop strap`,
    /// `annotation angle`), which the scene keeps together.
    mutating func grouped(_ name: String, _ body: (inout FigureCanvas) -> Void) {
        let outer = currentGroup
        groupCount += 1
        currentGroup = GroupTag(name: name, serial: groupCount)
        body(&self)
        currentGroup = outer
    }

    // MARK: the floor

    /// A mat under everything the bodies cover, with a visible thickness.
    mutating func addMat(under bodies: [PlacedBody], extra: [Vector3] = []) {
        var xs: [Double] = [], ys: [Double] = []
        for b in bodies {
            for s in b.segments {
                for q in [b.skeleton[s.from], b.skeleton[s.to]] {
                    xs += [q.x - s.radius, q.x + s.radius]
                    ys += [q.y - s.radius, q.y + s.radius]
                }
            }
        }
        xs += extra.map(\.x); ys += extra.map(\.y)
        guard let x0 = xs.min(), let x1 = xs.max(), let y0 = ys.min(), let y1 = ys.max() else { return }
        let yc = (y0 + y1) / 2, halfWidth = max(0.25, (y1 - y0) / 2 + 0.05)
        let corners = [Vector3(x0 - 0.05, yc - halfWidth, 0), Vector3(x1 + 0.05, yc - halfWidth, 0),
                       Vector3(x1 + 0.05, yc + halfWidth, 0), Vector3(x0 - 0.05, yc + halfWidth, 0)]
        let thickness = 0.015
        let all = corners + corners.map { $0 - Vector3(0, 0, thickness) }
        add(.path(.polygon(convexHull(all.map(project))),
                  ShapeStyle(fill: style.matEdge, stroke: style.matEdge, lineWidth: lineUnit * 0.8),
                  metreWidth: 0))
        add(.path(.polygon(corners.map(project)),
                  ShapeStyle(fill: style.matFill, stroke: style.matEdge, lineWidth: lineUnit * 0.8),
                  metreWidth: 0))
    }

    /// A soft shadow on the floor under a standing body.
    mutating func addShadow(under body: PlacedBody) {
        let feet = [body.skeleton[.leftAnkle], body.skeleton[.rightAnkle]]
        let c = Vector3((feet[0].x + feet[1].x) / 2, (feet[0].y + feet[1].y) / 2, 0)
        let ring = (0..<36).map { i -> Point in
            let a = Double(i) * .pi / 18
            return project(c + Vector3(cos(a) * 0.32, sin(a) * 0.22, 0))
        }
        add(.path(.polygon(ring), ShapeStyle(fill: style.matFill, stroke: style.matEdge, lineWidth: lineUnit * 0.8),
                  metreWidth: 0))
    }

    // MARK: bodies

    /// The outline width of body parts, in frame units, before fitting; `render` scales
    /// frame-unit widths by the frame's size.
    var lineUnit: Double { 1 }

    /// Draws bodies together, ghosts first and then the solid bodies, each back to front by
    /// limb group: a ghost shows only where the solid body leaves room, so it never lies
    /// across the pose the figure is about. A ghost is drawn in pale grey; `only` limits a
    /// body's groups (a ghost needs only the parts that move).
    mutating func addBodies(_ layers: [(body: PlacedBody, ghost: Bool, only: Set<BodySegment.Group>?)]) {
        var items: [(depth: Double, body: PlacedBody, ghost: Bool, group: BodySegment.Group, segs: [BodySegment])] = []
        for layer in layers {
            let s = layer.body.skeleton
            // Groups in a fixed order, never a dictionary's: its order changes from one run
            // to the next, and the same plan must draw the same bytes.
            let byGroup = Dictionary(grouping: layer.body.segments, by: \.group)
            for group in BodySegment.Group.allCases where layer.only?.contains(group) ?? true {
                guard let list = byGroup[group] else { continue }
                let d = list.flatMap { [camera.depth(s[$0.from]), camera.depth(s[$0.to])] }
                // A ghost trunk or head goes behind the ghost's limbs too: it only marks
                // where the body was.
                var depth = d.reduce(0, +) / Double(max(d.count, 1))
                if layer.ghost && (group == .trunk || group == .head) { depth = -.infinity }
                items.append((depth, layer.body, layer.ghost, group, list))
            }
        }
        // Back to front; groups at the same depth keep the fixed order above.
        let ordered = items.enumerated().sorted {
            ($0.element.ghost ? 0 : 1, $0.element.depth, $0.offset) < ($1.element.ghost ? 0 : 1, $1.element.depth, $1.offset)
        }.map(\.element)
        for item in ordered {
            addGroup(item.segs, of: item.body, group: item.group, ghost: item.ghost)
        }
    }

    /// Draws one body.
    mutating func addBody(_ body: PlacedBody, ghost: Bool = false) {
        addBodies([(body, ghost, nil)])
    }

    private mutating func addGroup(_ list: [BodySegment], of body: PlacedBody, group: BodySegment.Group, ghost: Bool) {
        let s = body.skeleton
        let legFar = farSide(s[.leftHip], s[.rightHip])
        let armFar = farSide(s[.leftShoulder], s[.rightShoulder])
        let far: Bool
        switch group {
        case .leftLeg: far = legFar == .left
        case .rightLeg: far = legFar == .right
        case .leftArm: far = armFar == .left
        case .rightArm: far = armFar == .right
        case .trunk, .head: far = false
        }
        let fill = ghost ? style.ghostFill : far ? style.farFill : style.bodyFill
        let line = ghost ? style.ghostOutline : far ? style.farOutline : style.bodyOutline
        // Outlines first, fills over them: the parts of one group merge without seams.
        for pass in 0..<2 {
            for seg in list {
                let a = project(s[seg.from]), b = project(s[seg.to])
                let color = pass == 0 ? line : fill
                let extra = pass == 0 ? 2 * lineUnit : 0
                let foot = footOutline(seg, of: body)
                if ghost && pass == 0 {
                    // A ghost's outline is dashed and dark, so the start pose still reads in
                    // black-and-white print, where a pale tint vanishes; the fill pass
                    // covers the inner half of each dash, leaving the outline of the union.
                    add(.path(foot ?? .capsule(from: a, to: b, radius: seg.radius),
                              ShapeStyle(stroke: line, lineWidth: 2.6 * lineUnit, lineCap: .butt,
                                         dash: [3.2, 2.2]),
                              metreWidth: 0))
                    continue
                }
                if let foot {
                    // Filled, with the outline as a stroke of the outline width around it.
                    add(.path(foot, pass == 0 ? ShapeStyle(fill: line, stroke: line, lineWidth: extra)
                                  : ShapeStyle(fill: fill), metreWidth: 0))
                    continue
                }
                if (b - a).length < 1e-6 {
                    add(.disc(center: a, radius: seg.radius, extra: extra / 2, ShapeStyle(fill: color)))
                } else {
                    var path = Path2D()
                    path.move(to: a)
                    path.line(to: b)
                    add(.path(path, ShapeStyle(stroke: color, lineWidth: extra), metreWidth: 2 * seg.radius))
                }
            }
        }
        if group == .head && !ghost { addFace(body) }
    }

    /// A foot's outline, for the segment from a heel to its toes: round and full at the heel,
    /// narrowing to the toes, with the sole kept on the line of the segment's underside, so
    /// which way a foot points (and whether it is flexed or pointed) reads even where the
    /// foot is a few millimetres long. Nil for every other segment.
    func footOutline(_ seg: BodySegment, of body: PlacedBody) -> Path2D? {
        let frame: BodyFrame
        switch seg.from {
        case .leftHeel: frame = .leftFoot
        case .rightHeel: frame = .rightFoot
        default: return nil
        }
        let s = body.skeleton
        let sole = s[frame].zAxis * -1
        let heelRadius = seg.radius * 1.15, toeRadius = seg.radius * 0.55
        // Each end's centre moves along the sole's normal so its underside stays where the
        // segment's was.
        let heel = project(s[seg.from] + sole * (seg.radius - heelRadius))
        let toe = project(s[seg.to] + sole * (seg.radius - toeRadius))
        return .taperedCapsule(from: heel, radius: heelRadius, to: toe, radius: toeRadius)
    }

    /// A nose on the head and the eyes the camera can see, so which way the figure faces
    /// reads at a glance, even at print size where a nose alone is a pixel: in profile one
    /// eye shows beside the nose, face on both, from behind none.
    private mutating func addFace(_ body: PlacedBody) {
        let s = body.skeleton, p = body.proportions
        let frame = s[.neck]
        let forward = frame.yAxis
        let toward = camera.towardCamera
        guard forward.dot(toward) > -0.35 else { return }
        let nose = s[.head] + forward * (p.headRadius * 0.98) - frame.zAxis * (p.headRadius * 0.1)
        add(.disc(center: project(nose), radius: p.headRadius * 0.22, extra: lineUnit,
                  ShapeStyle(fill: style.bodyOutline)))
        add(.disc(center: project(nose), radius: p.headRadius * 0.22, extra: 0, ShapeStyle(fill: style.bodyFill)))
        // The head goes back over the nose's inner half.
        add(.disc(center: project(s[.head]), radius: p.headRadius, extra: 0, ShapeStyle(fill: style.bodyFill)))
        for side in [-1.0, 1.0] {
            let direction = (forward * 0.8 + frame.zAxis * 0.3 + frame.xAxis * (side * 0.45)).normalized
            // An eye shows only on the side of the head that is turned to the camera.
            guard direction.dot(toward) > 0.2 else { continue }
            let eye = s[.head] + direction * (p.headRadius * 0.82)
            add(.disc(center: project(eye), radius: p.headRadius * 0.13, extra: 0, ShapeStyle(fill: style.bodyOutline)))
        }
    }

    /// Which side's limb is further from the camera, when the difference is clear.
    private func farSide(_ left: Vector3, _ right: Vector3) -> BodySide {
        let dl = camera.depth(left), dr = camera.depth(right)
        if abs(dl - dr) < 0.03 { return .middle }
        return dl < dr ? .left : .right
    }

    // MARK: marks

    /// A translucent patch over a target region, with a dashed edge for black-and-white print.
    mutating func addHighlight(_ patch: RegionPatch) {
        let a = project(patch.from), b = project(patch.to)
        add(.path(.capsule(from: a, to: b, radius: patch.radius),
                  ShapeStyle(fill: style.highlight, stroke: style.highlightEdge, lineWidth: lineUnit,
                             dash: [3, 2]),
                  metreWidth: 0))
    }

    /// A curved arrow through projected points.
    mutating func addArrow(_ points: [Point], weight: Double = 2.6, dashed: Bool = false) {
        guard points.count >= 2 else { return }
        add(.arrow(.smooth(through: points),
                   ShapeStyle(stroke: style.arrow, lineWidth: lineUnit * weight, dash: dashed ? [2.5, 2] : []),
                   metreWidth: 0, head: lineUnit * weight * 3.6))
    }

    /// A label above the drawing (or below it) with a leader line to a point of it.
    mutating func addCallout(_ text: String, to target: Point, below: Bool = false) {
        add(.callout(text, target: target, below: below))
    }

    // MARK: fitting

    /// The scene: everything scaled as large as fits `size` with margins, frame units
    /// scaled so an outline is about 1/220 of the frame's width, then the frame shrunk to
    /// the ink plus the margin, so the picture fills whatever box it is drawn in.
    func render(size: Size) -> Scene {
        let margin = options.margin ?? 0.05 * min(size.width, size.height)
        // Outlines, arrowheads and labels do not scale with the body, so the first fit
        // leaves slack; a few passes measure the ink and zoom until it just fits.
        var zoom = 1.0
        var scene = place(size: size, zoom: zoom)
        for pass in 0..<4 {
            guard let ink = scene.inkBounds, ink.width > 1e-6, ink.height > 1e-6 else { break }
            var f = min((size.width - 2 * margin) / ink.width, (size.height - 2 * margin) / ink.height)
            if pass == 3 || abs(f - 1) < 0.005 {
                guard f < 1 else { break }
                // Never larger than asked for: the last pass only shrinks.
                f *= 0.995
            }
            zoom *= f
            scene = place(size: size, zoom: zoom)
        }
        return scene.cropped(toInkWithMargin: margin)
    }

    /// Everything scaled to fit `size` with margins, times `zoom`, centred in the frame.
    private func place(size: Size, zoom: Double) -> Scene {
        let unit = max(0.5, min(size.width, size.height * 1.6) / 220)
        let fontSize = max(6, min(size.width, size.height * 1.6) / 26)
        let margin = options.margin ?? 0.05 * min(size.width, size.height)
        var lo = Point(x: .infinity, y: .infinity), hi = Point(x: -.infinity, y: -.infinity)
        func grow(_ p: Point, _ pad: Double) {
            lo = Point(x: min(lo.x, p.x - pad), y: min(lo.y, p.y - pad))
            hi = Point(x: max(hi.x, p.x + pad), y: max(hi.y, p.y + pad))
        }
        for m in marks {
            switch m {
            case .path(let path, _, let w), .arrow(let path, _, let w, _):
                for p in path.points { grow(p, w / 2) }
            case .disc(let c, let r, _, _): grow(c, r)
            case .text(_, let at): grow(at, 0)
            case .callout: break
            }
        }
        guard lo.x.isFinite else { return Scene(size: size) }
        // Room for outlines and arrowheads beyond the metric geometry, and a line of
        // callouts along the top.
        let pad = unit * 6 + margin
        func hasRow(below: Bool) -> Bool {
            marks.contains { if case .callout(_, _, let b) = $0 { return b == below } else { return false } }
        }
        let labelRoom = hasRow(below: false) ? fontSize * 1.5 : 0
        let belowRoom = hasRow(below: true) ? fontSize * 1.7 : 0
        let availW = max(1, size.width - 2 * pad)
        let availH = max(1, size.height - 2 * pad - labelRoom - belowRoom)
        let w = max(hi.x - lo.x, 1e-6), h = max(hi.y - lo.y, 1e-6)
        let k = min(availW / w, availH / h) * zoom
        let centre = Point(x: (lo.x + hi.x) / 2, y: (lo.y + hi.y) / 2)
        let frameCentre = Point(x: size.width / 2, y: size.height / 2 + (labelRoom - belowRoom) / 2)
        func f(_ p: Point) -> Point { (p - centre) * k + frameCentre }
        func scaled(_ s: ShapeStyle, _ metreWidth: Double) -> ShapeStyle {
            var t = s
            t.lineWidth = s.lineWidth * unit + metreWidth * k
            t.dash = s.dash.map { $0 * unit }
            return t
        }

        var elements: [(SceneElement, group: GroupTag?)] = []
        for (m, group) in zip(marks, markGroups) {
            switch m {
            case .path(let path, let s, let w):
                elements.append((.path(path.mapped(f), scaled(s, w)), group))
            case .disc(let c, let r, let extra, let s):
                elements.append((.circle(center: f(c), radius: r * k + extra * unit, scaled(s, 0)), group))
            case .arrow(let path, let s, let w, let head):
                elements.append((.arrow(path.mapped(f), scaled(s, w), headLength: head * unit, doubleHeaded: false), group))
            case .text(let text, let at):
                let small = fontSize * 0.9
                // Set on the drawing itself (an angle's bend): a white rim parts it from the lines.
                elements.append((.label(Label(text: text, position: f(at) + Point(x: 0, y: small * 0.35),
                                               fontSize: small, color: style.text, anchor: .middle, bold: true,
                                               halo: .white)), group))
            case .callout: break
            }
        }
        // Callouts sit in a row above the drawing (contact labels in one below it), in the
        // order of their targets, pushed apart so they never overlap, each with a leader
        // line to its point.
        for below in [false, true] {
            var callouts: [(label: Label, target: Point, group: GroupTag?)] = zip(marks, markGroups).compactMap {
                guard case .callout(let text, let target, let b) = $0.0, b == below else { return nil }
                return (Label(text: text, position: .zero, fontSize: fontSize, color: style.text, anchor: .middle),
                        f(target), $0.1)
            }.sorted { $0.target.x < $1.target.x }
            let rowY = below ? frameCentre.y + h * k / 2 + fontSize * 1.35
                : max(fontSize, frameCentre.y - h * k / 2 - fontSize * 0.5)
            let gap = fontSize * 0.8
            var right = 2.0
            for i in callouts.indices {
                let half = callouts[i].label.estimatedWidth / 2
                callouts[i].label.position = Point(x: max(callouts[i].target.x, right + half), y: rowY)
                right = callouts[i].label.position.x + half + gap
            }
            // Pull the row back inside the right edge if it ran over.
            if let last = callouts.last, last.label.position.x + last.label.estimatedWidth / 2 > size.width - 2 {
                var limit = size.width - 2
                for i in callouts.indices.reversed() {
                    let half = callouts[i].label.estimatedWidth / 2
                    callouts[i].label.position.x = min(callouts[i].label.position.x, limit - half)
                    limit = callouts[i].label.position.x - half - gap
                }
            }
            for c in callouts {
                var leader = Path2D()
                leader.move(to: Point(x: c.label.position.x, y: below ? rowY - fontSize * 0.95 : rowY + fontSize * 0.3))
                leader.line(to: c.target)
                // The text and its leader line together, so a small print can leave both out.
                elements.append((.group("callout", [.path(leader, ShapeStyle(stroke: style.text, lineWidth: unit * 0.8)),
                                                    .label(c.label)]), c.group))
            }
        }
        // Consecutive marks of one group become one group element.
        var scene = Scene(size: size)
        var run: (tag: GroupTag, items: [SceneElement])?
        for (element, group) in elements {
            if let tag = run?.tag, tag == group {
                run?.items.append(element)
                continue
            }
            if let r = run { scene.append(.group(r.tag.name, r.items)) }
            run = nil
            if let group { run = (group, [element]) } else { scene.append(element) }
        }
        if let r = run { scene.append(.group(r.tag.name, r.items)) }
        return scene
    }
}

/// The convex hull of points, counter-clockwise (Andrew's monotone chain).
func convexHull(_ points: [Point]) -> [Point] {
    let pts = points.sorted { $0.x == $1.x ? $0.y < $1.y : $0.x < $1.x }
    guard pts.count > 2 else { return pts }
    func cross(_ o: Point, _ a: Point, _ b: Point) -> Double {
        (a.x - o.x) * (b.y - o.y) - (a.y - o.y) * (b.x - o.x)
    }
    var lower: [Point] = [], upper: [Point] = []
    for p in pts {
        while lower.count >= 2 && cross(lower[lower.count - 2], lower[lower.count - 1], p) <= 0 { lower.removeLast() }
        lower.append(p)
    }
    for p in pts.reversed() {
        while upper.count >= 2 && cross(upper[upper.count - 2], upper[upper.count - 1], p) <= 0 { upper.removeLast() }
        upper.append(p)
    }
    return Array(lower.dropLast() + upper.dropLast())
}
