/// A validated plan file: what the teacher asked for, before composition.
public struct Plan: Sendable, Hashable {
    public var title: String
    public var date: PlanDate?
    public var teacher: String?
    public var studio: String?
    /// The class length to plan for.
    public var length: Duration?
    public var level: Level?
    public var focus: String?
    public var paper: Paper
    /// Scale flexible items so the class fills `length`.
    public var fit: Bool
    /// Notes for the teacher sheet only.
    public var notes: String?
    /// The teacher's library folders, as written (relative to the plan file).
    public var library: [String]
    public var transitions: TransitionTimes
    public var sequence: [PlanItem]
    public var share: ShareSettings?
    /// The language the plan's text is written in, as a BCP 47 tag (`en`, `de-CH`): the
    /// handouts' PDF `/Lang` and the web page's `lang`.
    public var language: String
    /// Spans of top-level keys by key name, so checks can point at `length:` and the like.
    public var keySpans: [String: SourceSpan]

    public init(title: String, date: PlanDate? = nil, teacher: String? = nil, studio: String? = nil,
                length: Duration? = nil, level: Level? = nil, focus: String? = nil,
                paper: Paper = .a4, fit: Bool = false, notes: String? = nil, library: [String] = [],
                transitions: TransitionTimes = TransitionTimes(), sequence: [PlanItem],
                share: ShareSettings? = nil, language: String = Plan.defaultLanguage,
                keySpans: [String: SourceSpan] = [:]) {
        self.title = title
        self.date = date
        self.teacher = teacher
        self.studio = studio
        self.length = length
        self.level = level
        self.focus = focus
        self.paper = paper
        self.fit = fit
        self.notes = notes
        self.library = library
        self.transitions = transitions
        self.sequence = sequence
        self.share = share
        self.language = language
        self.keySpans = keySpans
    }

    /// The language of a plan that names none.
    public static let defaultLanguage = "en"
}

/// The times a class spends moving between positions.
public struct TransitionTimes: Sendable, Hashable {
    /// Side-lying on one side to side-lying on the other.
    public var turnOver: Duration
    /// Between two different floor positions.
    public var floorChange: Duration
    /// From the floor to standing, or back.
    public var floorToStanding: Duration

    public init(turnOver: Duration = .seconds(15), floorChange: Duration = .seconds(15),
                floorToStanding: Duration = .seconds(30)) {
        self.turnOver = turnOver
        self.floorChange = floorChange
        self.floorToStanding = floorToStanding
    }
}

/// What students take home.
public struct ShareSettings: Sendable, Hashable {
    /// A link to the class page or video.
    public var link: String?
    /// A message for students.
    public var message: String?
    /// How long the practice tracker runs, in days.
    public var practiceDays: Int
    /// The time of day the calendar reminds students to practise.
    public var reminder: TimeOfDay
    /// The student handout in large print: larger text and diagrams, laid out again.
    public var largePrint: Bool

    public init(link: String? = nil, message: String? = nil, practiceDays: Int = 28,
                reminder: TimeOfDay = .defaultReminder, largePrint: Bool = false) {
        self.link = link
        self.message = message
        self.practiceDays = practiceDays
        self.reminder = reminder
        self.largePrint = largePrint
    }
}

/// One entry of a plan's sequence.
public struct PlanItem: Sendable, Hashable {
    /// What the entry names.
    public enum Content: Sendable, Hashable {
        /// A block of the library, by id.
        case block(String)
        /// An exercise of the library, by id.
        case exercise(String)
        /// An exercise written in the plan itself.
        case inline(Exercise)
    }

    /// A `pick` entry: a 1-based number or an exercise id.
    public enum Pick: Sendable, Hashable {
        case number(Int)
        case id(String)
    }

    public var content: Content
    /// `per_side:` work per exercise, per side.
    public var perSide: Duration?
    /// `time:` for one-sided work.
    public var time: Duration?
    /// `reps:` a count.
    public var reps: Int?
    /// `sides:` how sides are ordered.
    public var sides: SideOrder?
    /// `pick:` a subset of a block, in the block's order.
    public var pick: [Pick]?
    /// `note:` for the teacher sheet.
    public var note: String?
    /// `fixed: true` keeps `fit` off this item.
    public var fixed: Bool
    /// `home: true` puts the item in the students' home practice.
    public var home: Bool
    /// Where the item starts in the file.
    public var span: SourceSpan?

    public init(content: Content, perSide: Duration? = nil, time: Duration? = nil, reps: Int? = nil,
                sides: SideOrder? = nil, pick: [Pick]? = nil, note: String? = nil,
                fixed: Bool = false, home: Bool = false, span: SourceSpan? = nil) {
        self.content = content
        self.perSide = perSide
        self.time = time
        self.reps = reps
        self.sides = sides
        self.pick = pick
        self.note = note
        self.fixed = fixed
        self.home = home
        self.span = span
    }
}
