/// The composed, timed class: every exercise and transition in order, with totals.
public struct ClassSequence: Sendable, Equatable {
    /// The plan it was composed from.
    public var plan: Plan
    /// The timeline, contiguous from 0.
    public var items: [TimelineItem]
    /// Problems worth a teacher's attention that do not stop the class.
    public var warnings: [PlanWarning]

    public init(plan: Plan, items: [TimelineItem], warnings: [PlanWarning]) {
        self.plan = plan
        self.items = items
        self.warnings = warnings
    }

    /// The whole class, transitions included.
    public var total: Duration { items.reduce(.zero) { $0 + $1.duration } }
    /// Time spent working.
    public var work: Duration {
        items.filter { $0.kind == .exercise }.reduce(.zero) { $0 + $1.duration }
    }
    /// Time spent moving between positions.
    public var transitions: Duration {
        items.filter { $0.kind == .transition }.reduce(.zero) { $0 + $1.duration }
    }
    /// Work time on one side.
    public func work(on side: Side) -> Duration {
        items.filter { $0.kind == .exercise && $0.side == side }.reduce(.zero) { $0 + $1.duration }
    }
}

/// One row of the timeline: an exercise done (on one side), or a transition.
public struct TimelineItem: Sendable, Equatable {
    /// Work or moving between positions.
    public enum Kind: String, Sendable, Equatable {
        case exercise
        case transition
    }

    public var kind: Kind
    /// Seconds from the start of the class.
    public var start: Duration
    public var duration: Duration
    /// The side working; nil for unsided work and for transitions other than a turn-over.
    public var side: Side?
    /// The exercise done (for a transition, the one it leads into).
    public var exercise: Exercise
    /// The block this comes from, or nil for a single exercise.
    public var blockID: String?
    /// The body position (for a transition, the one it leads into).
    public var position: BodyPosition
    /// The repetitions, for counted work.
    public var reps: Int?
    /// The index in the plan's sequence this row comes from.
    public var planIndex: Int
    /// What kind of move a transition is; nil for exercises.
    public var move: Move?
    /// The time the plan gave this row before `fit` changed it; nil when `fit` left it alone.
    public var planned: Duration?

    /// The kinds of transition.
    public enum Move: String, Sendable, Equatable {
        case turnOver = "turn-over"
        case floorChange = "floor-change"
        case floorToStanding = "floor-to-standing"
    }

    public init(kind: Kind, start: Duration, duration: Duration, side: Side?, exercise: Exercise,
                blockID: String?, position: BodyPosition, reps: Int? = nil, planIndex: Int,
                move: Move? = nil, planned: Duration? = nil) {
        self.kind = kind
        self.start = start
        self.duration = duration
        self.side = side
        self.exercise = exercise
        self.blockID = blockID
        self.position = position
        self.reps = reps
        self.planIndex = planIndex
        self.move = move
        self.planned = planned
    }

    /// How much `fit` changed the row, when it did: positive when it lengthened it.
    public var fitChange: Duration? { planned.map { duration - $0 } }

    /// When the row ends.
    public var end: Duration { start + duration }
}

/// A warning about a composed plan (not an error: the class still runs).
public struct PlanWarning: Sendable, Hashable {
    /// One sentence for the teacher.
    public var message: String
    /// What they might do about it.
    public var hint: String?
    /// Where in the plan it points, when it points anywhere.
    public var span: SourceSpan?

    public init(message: String, hint: String? = nil, span: SourceSpan? = nil) {
        self.message = message
        self.hint = hint
        self.span = span
    }
}
