/// A named group of exercises done together (`hip-rotation-series`).
public struct Block: Sendable, Hashable, Identifiable {
    /// Lower-case id with hyphens; unique among blocks.
    public var id: String
    /// The name students read.
    public var name: String
    /// Other names teachers use for it, each usable in a plan.
    public var aliases: [String]
    /// Why the block matters: the points of a handout's "why" box.
    public var purpose: [String]
    /// The exercise ids, in order.
    public var exercises: [String]
    /// How sided exercises order their sides by default.
    public var sides: SideOrder
    /// The dose every exercise of the block gets by default; nil keeps each exercise's own.
    public var dose: Dose?
    /// True when `fit` must leave the block's times alone: a prescription, such as the hip
    /// series' one minute per position, that a class length should not stretch.
    public var fixed: Bool
    /// How often to practise at home (`every day`), where the block says.
    public var practice: String?
    /// Set-up shared by every exercise of the block.
    public var setup: [String]
    /// Cues for the whole block (the radio dial of the hip series), with their pictures.
    public var cues: [Tip]
    /// Mistakes for the whole block.
    public var mistakes: [String]
    /// Palpation tricks for the whole block, with their pictures.
    public var palpation: [Tip]
    /// The muscles the block works, by name.
    public var muscles: [String]
    /// A note on the teaching model behind the block, where it needs one.
    public var model: String?
    /// Where the block was defined, for diagnostics about it.
    public var span: SourceSpan?

    public init(id: String, name: String, aliases: [String] = [], purpose: [String] = [], exercises: [String],
                sides: SideOrder = .rightFirst, dose: Dose? = nil, fixed: Bool = false, practice: String? = nil,
                setup: [String] = [], cues: [Tip] = [], mistakes: [String] = [],
                palpation: [Tip] = [], muscles: [String] = [], model: String? = nil,
                span: SourceSpan? = nil) {
        self.id = id
        self.name = name
        self.aliases = aliases
        self.purpose = purpose
        self.exercises = exercises
        self.sides = sides
        self.dose = dose
        self.fixed = fixed
        self.practice = practice
        self.setup = setup
        self.cues = cues
        self.mistakes = mistakes
        self.palpation = palpation
        self.muscles = muscles
        self.model = model
        self.span = span
    }
}
