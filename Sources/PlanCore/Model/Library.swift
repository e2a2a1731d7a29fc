/// The exercises and blocks a plan composes from: the built-in library with the teacher's
/// own folders laid over it.
public struct Library: Sendable, Equatable {
    /// Exercises by id.
    public private(set) var exercises: [String: Exercise] = [:]
    /// Blocks by id.
    public private(set) var blocks: [String: Block] = [:]
    /// Exercise ids in the order they were added, for listings.
    public private(set) var exerciseOrder: [String] = []
    /// Block ids in the order they were added, for listings.
    public private(set) var blockOrder: [String] = []
    /// Built-ins that a teacher's library replaced, with where the replacement stands.
    public private(set) var overrides: [Override] = []
    /// Exercise ids by alias (`clam` → `hip-rotation-feet-down`).
    public private(set) var exerciseAliases: [String: String] = [:]
    /// Block ids by alias.
    public private(set) var blockAliases: [String: String] = [:]

    /// A built-in exercise or block replaced by a teacher's own.
    public struct Override: Sendable, Equatable {
        /// The id replaced.
        public var id: String
        /// True for a block, false for an exercise.
        public var isBlock: Bool
        /// Where the replacement was defined.
        public var span: SourceSpan?
    }

    public init() {}

    /// Adds an exercise; one with the same id is replaced, and recorded as an override when
    /// `overriding` is true (a teacher's folder over the built-ins).
    public mutating func add(_ exercise: Exercise, overriding: Bool = false) {
        if exercises[exercise.id] == nil {
            exerciseOrder.append(exercise.id)
        } else if overriding {
            overrides.append(Override(id: exercise.id, isBlock: false, span: exercise.span))
        }
        exerciseAliases = exerciseAliases.filter { $0.value != exercise.id }
        exercises[exercise.id] = exercise
        for alias in exercise.aliases where exerciseAliases[alias] == nil { exerciseAliases[alias] = exercise.id }
    }

    /// Adds a block; the same rules as `add(_:overriding:)` for exercises.
    public mutating func add(_ block: Block, overriding: Bool = false) {
        if blocks[block.id] == nil {
            blockOrder.append(block.id)
        } else if overriding {
            overrides.append(Override(id: block.id, isBlock: true, span: block.span))
        }
        blockAliases = blockAliases.filter { $0.value != block.id }
        blocks[block.id] = block
        for alias in block.aliases where blockAliases[alias] == nil { blockAliases[alias] = block.id }
    }

    /// The id of the exercise a plan names by its id or one of its aliases.
    public func exerciseID(named name: String) -> String? {
        exercises[name] != nil ? name : exerciseAliases[name]
    }

    /// The id of the block a plan names by its id or one of its aliases.
    public func blockID(named name: String) -> String? {
        blocks[name] != nil ? name : blockAliases[name]
    }

    /// Every exercise, in the order added.
    public var allExercises: [Exercise] { exerciseOrder.compactMap { exercises[$0] } }
    /// Every block, in the order added.
    public var allBlocks: [Block] { blockOrder.compactMap { blocks[$0] } }
}
