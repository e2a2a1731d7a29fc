/// A picture that goes with a tip: the cue's radio dial, or one of the palpation tricks.
public enum Illustration: String, Sendable, Hashable, CaseIterable {
    /// A radio dial on the outside of the hip with a turning arrow.
    case dial
    /// The top hand scratching the side of the hip.
    case scratch
    /// The hand resting on the side of the hip, feeling the muscle move under it.
    case rest
    /// A short arc: lift only as far as the work stays in the hip.
    case smallRange = "small-range"
}

/// A piece of teaching text, optionally with a picture: a cue, a mistake, a palpation trick.
public struct Tip: Sendable, Hashable {
    /// A short title (`Wake it up`); may be empty.
    public var title: String
    /// The text itself.
    public var text: String
    /// A picture to draw beside it.
    public var illustration: Illustration?

    public init(title: String = "", text: String, illustration: Illustration? = nil) {
        self.title = title
        self.text = text
        self.illustration = illustration
    }
}

/// One exercise of the library (or an inline exercise of a plan).
public struct Exercise: Sendable, Hashable, Identifiable {
    /// Lower-case id with hyphens (`glute-bridge`); unique in a library.
    public var id: String
    /// The name students read (`Glute bridge`).
    public var name: String
    /// Other names teachers use for it (`clam`, `clamshell`), each usable in a plan.
    public var aliases: [String]
    /// The body position it is done in.
    public var position: BodyPosition
    /// True when it is done on each side in turn.
    public var sided: Bool
    /// Which leg works when it is done lying on the side: the top one (the hip series), or
    /// the bottom one (an inner-thigh lift), which decides the side the body lies on.
    public var workingLeg: WorkingLeg
    /// The default dose.
    public var dose: Dose
    /// Seconds one repetition takes, for counted work.
    public var secondsPerRep: Duration?
    /// The least work time (per side for sided work) that `fit` may shrink it to.
    public var minimum: Duration?
    /// One sentence on what it is and does, for the student.
    public var summary: String
    /// What it targets (muscles or qualities).
    public var targets: [String]
    /// Where the student should feel it.
    public var feel: [String]
    /// How to set up, in order.
    public var setup: [String]
    /// The movement itself.
    public var movement: String
    /// Cues; the first one is the key cue that a student handout shows.
    public var cues: [String]
    /// Common mistakes, the first being the one to warn students about.
    public var mistakes: [String]
    /// Tricks for finding the muscles by touch.
    public var palpation: [Tip]
    /// Safety notes.
    public var cautions: [String]
    /// Easier variants.
    public var easier: [String]
    /// Harder variants.
    public var harder: [String]
    /// Which layer of a muscle group it reaches, where the teaching model names one.
    public var layer: String?
    /// How large its range of movement is, in words (`largest of the three`).
    public var range: String?
    /// How it tends to feel (`often the most intense`).
    public var sensation: String?
    /// The figure's pose data.
    public var figure: FigureSpec?
    /// Free tags for search (`hips`, `balance`).
    public var tags: [String]
    /// Where the exercise was defined, for diagnostics about it.
    public var span: SourceSpan?

    public init(id: String, name: String, aliases: [String] = [], position: BodyPosition, sided: Bool,
                workingLeg: WorkingLeg = .top, dose: Dose,
                secondsPerRep: Duration? = nil, minimum: Duration? = nil, summary: String = "",
                targets: [String] = [], feel: [String] = [], setup: [String] = [],
                movement: String = "", cues: [String] = [], mistakes: [String] = [],
                palpation: [Tip] = [], cautions: [String] = [], easier: [String] = [],
                harder: [String] = [], layer: String? = nil, range: String? = nil,
                sensation: String? = nil, figure: FigureSpec? = nil, tags: [String] = [],
                span: SourceSpan? = nil) {
        self.id = id
        self.name = name
        self.aliases = aliases
        self.position = position
        self.sided = sided
        self.workingLeg = workingLeg
        self.dose = dose
        self.secondsPerRep = secondsPerRep
        self.minimum = minimum
        self.summary = summary
        self.targets = targets
        self.feel = feel
        self.setup = setup
        self.movement = movement
        self.cues = cues
        self.mistakes = mistakes
        self.palpation = palpation
        self.cautions = cautions
        self.easier = easier
        self.harder = harder
        self.layer = layer
        self.range = range
        self.sensation = sensation
        self.figure = figure
        self.tags = tags
        self.span = span
    }

    /// The cue a student handout shows: the first one.
    public var keyCue: String? { cues.first }

    /// How to set up and move, for a student who has no block's set-up to go by (a single
    /// exercise, or a block that gives none): nil when `block` already says how to set up,
    /// or the exercise says nothing of either.
    public func howTo(under block: Block?) -> (setup: String?, movement: String?)? {
        if let block, !block.setup.isEmpty { return nil }
        let setup = setup.isEmpty ? nil : setup.joined(separator: " ")
        let movement = movement.isEmpty ? nil : movement
        return setup == nil && movement == nil ? nil : (setup, movement)
    }
}
