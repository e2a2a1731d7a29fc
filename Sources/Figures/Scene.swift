import PlanCore

/// A drawing as pure vector geometry: what a figure is before any backend draws it.
/// Elements are drawn in order (back to front) inside a frame whose origin is the top left
/// and whose y axis grows downward.
public struct Scene: Sendable, Hashable {
    /// The frame the drawing fits in.
    public var size: Size
    /// The elements, back to front.
    public var elements: [SceneElement]

    public init(size: Size, elements: [SceneElement] = []) {
        self.size = size
        self.elements = elements
    }

    /// Adds an element on top of the others.
    public mutating func append(_ element: SceneElement) { elements.append(element) }

    /// Hashes the frame, the number of elements and the first few things drawn, not every
    /// point: a figure holds thousands of numbers, and a drawing finds its recording of a
    /// scene by the scene's value at every use. Equal scenes still hash alike, and `==`
    /// compares everything.
    public func hash(into hasher: inout Hasher) {
        hasher.combine(size)
        hasher.combine(elements.count)
        var left = 16
        var pending: [ArraySlice<SceneElement>] = [elements[...]]
        while left > 0, var list = pending.popLast() {
            guard let first = list.popFirst() else { continue }
            pending.append(list)
            if case .group(let name, let inner) = first {
                hasher.combine(name)
                pending.append(inner[...])
            } else {
                hasher.combine(first)
                left -= 1
            }
        }
    }
}

/// One drawable thing of a scene.
public enum SceneElement: Sendable, Hashable {
    /// A path, filled and/or stroked.
    case path(Path2D, ShapeStyle)
    /// A circle, filled and/or stroked.
    case circle(center: Point, radius: Double, ShapeStyle)
    /// A stroked path with an arrowhead at its end (and at its start when `doubleHeaded`).
    case arrow(Path2D, ShapeStyle, headLength: Double, doubleHeaded: Bool)
    /// A short text label.
    case label(Label)
    /// Elements that belong together, named by a class (`prop strap`, `annotation angle`)
    /// so an SVG page can style them and tests can find them; drawn in order.
    case group(String, [SceneElement])
}

extension SceneElement {
    /// The element and, for a group, every element inside it, depth first.
    public var flattened: [SceneElement] {
        if case .group(_, let inner) = self { return inner.flatMap(\.flattened) }
        return [self]
    }
}

extension Scene {
    /// Every drawable element, groups opened.
    public var leaves: [SceneElement] { elements.flatMap(\.flattened) }

    /// The groups whose class names contain `word` (`strap`, `annotation`), with their
    /// elements, in drawing order; nested groups included.
    public func groups(named word: String) -> [(name: String, elements: [SceneElement])] {
        func walk(_ list: [SceneElement]) -> [(name: String, elements: [SceneElement])] {
            list.flatMap { e -> [(name: String, elements: [SceneElement])] in
                guard case .group(let name, let inner) = e else { return [] }
                let mine = name.split(separator: " ").contains(Substring(word)) ? [(name, inner)] : []
                return mine + walk(inner)
            }
        }
        return walk(elements)
    }
}

/// A path made of moves, lines, cubic curves and closes.
public struct Path2D: Sendable, Hashable {
    /// One step of a path.
    public enum Command: Sendable, Hashable {
        case move(Point)
        case line(Point)
        case curve(Point, Point, Point)
        case close
    }

    public var commands: [Command]
    public init(_ commands: [Command] = []) { self.commands = commands }

    public mutating func move(to p: Point) { commands.append(.move(p)) }
    public mutating func line(to p: Point) { commands.append(.line(p)) }
    public mutating func curve(to p: Point, control1: Point, control2: Point) {
        commands.append(.curve(control1, control2, p))
    }
    public mutating func close() { commands.append(.close) }

    /// Every point the path names (end points and control points): the curve lies inside
    /// their convex hull, so their bounds bound the path.
    public var points: [Point] {
        // One array, not one per command: scenes ask for their points whenever they are
        // fitted to their ink.
        var points: [Point] = []
        points.reserveCapacity(commands.count * 3)
        for command in commands {
            switch command {
            case .move(let p), .line(let p): points.append(p)
            case .curve(let a, let b, let p): points += [a, b, p]
            case .close: break
            }
        }
        return points
    }
}

/// How a shape is painted.
public struct ShapeStyle: Sendable, Hashable {
    /// How stroke ends look.
    public enum LineCap: Sendable, Hashable { case butt, round, square }
    /// How stroke corners look.
    public enum LineJoin: Sendable, Hashable { case miter, round, bevel }

    public var fill: Color?
    public var stroke: Color?
    public var lineWidth: Double
    public var lineCap: LineCap
    public var lineJoin: LineJoin
    /// Dash lengths, on and off; empty for a solid line.
    public var dash: [Double]

    public init(fill: Color? = nil, stroke: Color? = nil, lineWidth: Double = 1,
                lineCap: LineCap = .round, lineJoin: LineJoin = .round, dash: [Double] = []) {
        self.fill = fill
        self.stroke = stroke
        self.lineWidth = lineWidth
        self.lineCap = lineCap
        self.lineJoin = lineJoin
        self.dash = dash
    }
}

/// A short text label placed in a scene.
public struct Label: Sendable, Hashable {
    /// Where the anchor point of the text goes.
    public enum Anchor: Sendable, Hashable { case start, middle, end }

    public var text: String
    /// The baseline point of the anchor.
    public var position: Point
    public var fontSize: Double
    public var color: Color
    public var anchor: Anchor
    public var bold: Bool
    /// A rim of this colour round each letter, drawn first, so a label laid over the
    /// drawing's lines still reads; nil for none.
    public var halo: Color?

    public init(text: String, position: Point, fontSize: Double = 10, color: Color = .black,
                anchor: Anchor = .start, bold: Bool = false, halo: Color? = nil) {
        self.text = text
        self.position = position
        self.fontSize = fontSize
        self.color = color
        self.anchor = anchor
        self.bold = bold
        self.halo = halo
    }

    /// The halo's width, as a share of the font size: enough to part the letters from a
    /// line under them, not enough to hide what the label points at.
    public static let haloWidth = 0.28
}
