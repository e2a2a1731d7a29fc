/// Turns a validated plan and its library into the timed class: sides, transitions, fit to
/// length, totals and warnings. Pure: everything it needs is passed in.
public struct Composer: Sendable {
    /// The library the plan's ids refer to.
    public var library: Library

    public init(library: Library) { self.library = library }

    /// The timed class for `plan`.
    ///
    /// The plan is expected to be validated (every id in the library); an id that is not is
    /// skipped with a warning rather than trusted.
    public func compose(_ plan: Plan) -> ClassSequence {
        var warnings: [PlanWarning] = []
        var steps: [WorkStep] = []
        for (index, item) in plan.sequence.enumerated() {
            let expanded = expand(item, at: index, warnings: &warnings)
            if let previous = steps.last, let warning = extraTurnOver(after: previous, item, expanded, at: index) {
                warnings.append(warning)
            }
            steps += expanded
        }
        let fitSpan = plan.keySpans["fit"] ?? plan.keySpans["length"]
        var fitted = false
        if plan.fit, let length = plan.length {
            fitted = FitToLength(length: length, transitions: plan.transitions)
                .apply(to: &steps, warnings: &warnings, span: fitSpan)
        } else if plan.fit {
            warnings.append(.init(message: Message.fitWithoutLength, hint: Message.fitWithoutLengthHint,
                                  span: plan.keySpans["fit"]))
        }
        var items = Timeline.lay(steps, transitions: plan.transitions)
        if fitted, let length = plan.length {
            let total = items.reduce(0) { $0 + $1.duration.seconds }
            let unplaced = FitToLength.spread(length.seconds - total, over: &items)
            if unplaced > 0 {
                warnings.append(.init(message: Message.fitLeftover(length, short: .seconds(unplaced)),
                                      hint: Message.fitLeftoverHint, span: fitSpan))
            }
        }
        var sequence = ClassSequence(plan: plan, items: items, warnings: [])
        warnings += ClassChecks.warnings(for: sequence, library: library)
        sequence.warnings = warnings
        return sequence
    }

    /// The students' home practice for a composed class: the items marked `home: true`,
    /// composed on their own by the same rules (their own sides, turn-overs and total); the
    /// whole class when no item is marked.
    ///
    /// The home routine keeps the doses the plan writes: `fit` fills a class to its length,
    /// and a home practice has no length to fill.
    public func home(of sequence: ClassSequence) -> ClassSequence {
        let plan = sequence.plan
        guard plan.sequence.contains(where: \.home) else { return sequence }
        var home = plan
        home.sequence = plan.sequence.filter(\.home)
        home.fit = false
        home.length = nil
        return compose(home)
    }

    // MARK: Expanding plan items into work steps

    /// One plan item as the steps it stands for, sides ordered as the item asks.
    func expand(_ item: PlanItem, at index: Int, warnings: inout [PlanWarning]) -> [WorkStep] {
        switch item.content {
        case .exercise(let id):
            guard let exercise = library.exercises[id] else {
                warnings.append(.init(message: Message.skippedUnknown(id), span: item.span))
                return []
            }
            return units(for: [exercise], block: nil, item: item, index: index)
        case .inline(let exercise):
            return units(for: [exercise], block: nil, item: item, index: index)
        case .block(let id):
            guard let block = library.blocks[id] else {
                warnings.append(.init(message: Message.skippedUnknown(id), span: item.span))
                return []
            }
            let exercises = picked(from: block, item.pick).compactMap { library.exercises[$0] }
            return units(for: exercises, block: block, item: item, index: index)
        }
    }

    /// A warning when `item`, whose sides the plan leaves to the default, starts lying on
    /// the other side from where the class already lies, and the other order would not:
    /// the class then turns over once more than it needs to.
    func extraTurnOver(after previous: WorkStep, _ item: PlanItem, _ steps: [WorkStep], at index: Int) -> PlanWarning? {
        guard item.sides == nil, let first = steps.first, previous.exercise.position == .sideLying,
              first.exercise.position == .sideLying, let lying = previous.restingSide,
              let starts = first.restingSide, starts != lying else { return nil }
        var flipped = item
        var ignored: [PlanWarning] = []
        let order = resolvedOrder(item)
        guard order != .alternate else { return nil }
        flipped.sides = order == .rightFirst ? .leftFirst : .rightFirst
        guard let other = expand(flipped, at: index, warnings: &ignored).first, other.restingSide == lying,
              let sides = flipped.sides else { return nil }
        let name = first.blockID.flatMap { library.blocks[$0]?.name } ?? first.exercise.name
        return PlanWarning(message: Message.extraTurnOver(name, lyingOn: starts, after: lying),
                           hint: Message.extraTurnOverHint(sides), span: item.span)
    }

    /// The side order an item runs in: its own, its block's, or right-first.
    func resolvedOrder(_ item: PlanItem) -> SideOrder {
        if let sides = item.sides { return sides }
        if case .block(let id) = item.content, let block = library.blocks[id] { return block.sides }
        return .rightFirst
    }

    /// The block's exercise ids that `pick` selects, in the order the plan wrote them: a
    /// teacher who writes `pick: [3, 1]` means to teach position 3 first.
    func picked(from block: Block, _ pick: [PlanItem.Pick]?) -> [String] {
        guard let pick else { return block.exercises }
        var seen = Set<String>()
        return pick.compactMap { p -> String? in
            switch p {
            case .number(let n): return block.exercises.indices.contains(n - 1) ? block.exercises[n - 1] : nil
            case .id(let id): return block.exercises.contains(id) ? id : nil
            }
        }.filter { seen.insert($0).inserted }
    }

    /// Work steps for exercises done together. Runs of consecutive sided exercises in one
    /// position get their sides in the item's order: right-first does the whole run on the
    /// right, then the whole run on the left; alternate does each on both sides before the
    /// next. A change of position ends a run: lying on the side for three kicks is one run,
    /// but a sided exercise face down and the next one sitting are each done on both sides
    /// before moving on, not one side of each and back again.
    func units(for exercises: [Exercise], block: Block?, item: PlanItem, index: Int) -> [WorkStep] {
        let order = item.sides ?? block?.sides ?? .rightFirst
        var steps: [WorkStep] = []
        var run: [Exercise] = []

        func flush() {
            guard !run.isEmpty else { return }
            switch order {
            case .rightFirst, .leftFirst:
                // Each half is done lying on one side: bottom-leg work in it uses the other
                // leg from top-leg work, so the run still turns over once.
                let first: Side = order == .rightFirst ? .right : .left
                for side in [first, first.opposite] {
                    steps += run.map { exercise in
                        let working = exercise.position == .sideLying && exercise.workingLeg == .bottom ? side.opposite : side
                        return step(exercise, side: working, block: block, item: item, index: index)
                    }
                }
            case .alternate:
                for exercise in run {
                    steps += [Side.right, .left].map { step(exercise, side: $0, block: block, item: item, index: index) }
                }
            }
            run.removeAll()
        }

        for exercise in exercises {
            if exercise.sided {
                if let last = run.last, last.position != exercise.position { flush() }
                run.append(exercise)
            } else {
                flush()
                steps.append(step(exercise, side: nil, block: block, item: item, index: index))
            }
        }
        flush()
        return steps
    }

    /// One step of work with its dose resolved: the item's own dose first, then the
    /// block's, then the exercise's.
    func step(_ exercise: Exercise, side: Side?, block: Block?, item: PlanItem, index: Int) -> WorkStep {
        let dose = resolvedDose(exercise, block: block, item: item)
        var duration: Duration
        var reps: Int?
        var flexible = !item.fixed && !(block?.fixed ?? false)
        switch dose {
        case .time(let d), .perSide(let d):
            duration = d
        case .reps(let n):
            reps = n
            duration = (exercise.secondsPerRep ?? WorkStep.defaultSecondsPerRep) * n
            flexible = false
        }
        let minimum = exercise.minimum ?? WorkStep.defaultMinimum
        return WorkStep(exercise: exercise, side: side, duration: duration, blockID: block?.id,
                        planIndex: index, reps: reps, flexible: flexible,
                        minimum: min(minimum, duration))
    }

    /// The dose that applies to `exercise` in this item: an override only applies where it
    /// fits the exercise (`per_side` to sided work, `time` to one-sided work, `reps` to
    /// counted work).
    func resolvedDose(_ exercise: Exercise, block: Block?, item: PlanItem) -> Dose {
        func applicable(_ reps: Int?, _ perSide: Duration?, _ time: Duration?) -> Dose? {
            if let reps, exercise.secondsPerRep != nil { return .reps(reps) }
            if exercise.sided, let perSide { return .perSide(perSide) }
            if !exercise.sided, let time { return .time(time) }
            return nil
        }
        if let dose = applicable(item.reps, item.perSide, item.time) { return dose }
        if let blockDose = block?.dose {
            switch blockDose {
            case .reps(let n): if let dose = applicable(n, nil, nil) { return dose }
            case .perSide(let d): if let dose = applicable(nil, d, nil) { return dose }
            case .time(let d): if let dose = applicable(nil, nil, d) { return dose }
            }
        }
        return exercise.dose
    }
}

/// One stretch of work before transitions are laid between: an exercise on one side (or
/// unsided) for a time.
struct WorkStep: Sendable, Equatable {
    /// Used when a counted exercise does not say how long a repetition takes.
    static let defaultSecondsPerRep = Duration.seconds(5)
    /// Used when an exercise does not say how far `fit` may shrink it.
    static let defaultMinimum = Duration.seconds(15)

    var exercise: Exercise
    var side: Side?
    var duration: Duration
    var blockID: String?
    var planIndex: Int
    var reps: Int?
    /// True when `fit` may change its time.
    var flexible: Bool
    /// The least time `fit` may give it.
    var minimum: Duration
    /// The time the plan gave before `fit` changed it; nil while unchanged.
    var planned: Duration? = nil

    /// The side the body rests on: for side-lying, the side lain on; else the working side.
    var restingSide: Side? {
        guard exercise.position == .sideLying, let side else { return side }
        return side.lyingSide(exercise.workingLeg)
    }
}
