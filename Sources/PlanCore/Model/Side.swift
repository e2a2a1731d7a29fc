/// The side of the body that works.
public enum Side: String, Sendable, Hashable, CaseIterable, Codable {
    case left
    case right

    /// The other side.
    public var opposite: Side { self == .left ? .right : .left }

    /// One letter for compact timelines: `L` or `R`.
    public var letter: String { self == .left ? "L" : "R" }
}

/// The leg that works in side-lying work.
public enum WorkingLeg: String, Sendable, Hashable, CaseIterable, Codable {
    /// The top leg: the body lies on the other side.
    case top
    /// The bottom leg: the body lies on that same side.
    case bottom
}

/// How a sided block or exercise orders its sides.
public enum SideOrder: String, Sendable, Hashable, CaseIterable, Codable {
    /// All picked exercises on the right, one turn-over, then all on the left.
    case rightFirst = "right-first"
    /// The mirror of `rightFirst`.
    case leftFirst = "left-first"
    /// Each exercise on both sides before the next: right, left, right, left.
    case alternate
}
