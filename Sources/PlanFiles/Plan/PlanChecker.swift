import PlanCore
import Yams

/// The checks of a plan that need the library: that every id exists, that `pick` names
/// exercises of its block, and that doses and sides suit the work (sided or not).
struct PlanChecker {
    let library: Library
    /// Ids whose library definitions had errors: already reported, so not called missing.
    let brokenIDs: Set<String>

    func check(_ plan: Plan, notes: [PlanFileParser.ItemNotes], reader: inout NodeReader) {
        var rows = RowCount()
        for (item, note) in zip(plan.sequence, notes) {
            rows.add(item, library: library)
            switch item.content {
            case .block(let id):
                guard let block = library.blocks[id] else {
                    if !brokenIDs.contains(id) {
                        let suggestion = reader.suggestion(for: id, among: library.blockOrder)
                        reader.error(.unknownBlock(id, suggestion: suggestion,
                                                   isExercise: library.exercises[id] != nil), at: note.idNode)
                    }
                    continue
                }
                let picked = picks(of: block, note: note, reader: &reader)
                    .compactMap { library.exercises[$0] }
                checkWork(named: id, exercises: picked, item: item, note: note, reader: &reader)
            case .exercise(let id):
                guard let exercise = library.exercises[id] else {
                    if !brokenIDs.contains(id) {
                        let suggestion = reader.suggestion(for: id, among: library.exerciseOrder)
                        reader.error(.unknownExercise(id, suggestion: suggestion,
                                                      isBlock: library.blocks[id] != nil), at: note.idNode)
                    }
                    continue
                }
                checkWork(named: id, exercises: [exercise], item: item, note: note, reader: &reader)
            case .inline(let exercise):
                if item.time != nil, let sides = note.sidesNode {
                    reader.error(.sidesOnUnsidedWork(exercise.name), at: sides)
                }
            }
        }
        rows.report(into: &reader)
    }

    /// The ids a block item runs, in the block's order, with every bad pick reported.
    private func picks(of block: Block, note: PlanFileParser.ItemNotes, reader: inout NodeReader) -> [String] {
        guard !note.picks.isEmpty else { return block.exercises }
        var chosen: [Int] = []
        for (pick, node) in note.picks {
            var index: Int?
            switch pick {
            case .number(let n):
                if n >= 1 && n <= block.exercises.count { index = n - 1 } else {
                    reader.error(.pickOutOfRange(n, block: block.id, count: block.exercises.count), at: node)
                }
            case .id(let id):
                index = block.exercises.firstIndex(of: id)
                if index == nil {
                    let suggestion = reader.suggestion(for: id, among: block.exercises)
                    reader.error(.pickNotInBlock(id, block: block.id, suggestion: suggestion,
                                                 members: block.exercises), at: node)
                }
            }
            guard let index else { continue }
            if chosen.contains(index) {
                reader.error(.pickedTwice(block.exercises[index]), at: node)
                continue
            }
            chosen.append(index)
        }
        if chosen != chosen.sorted() {
            reader.warning(.pickOrder(chosen.sorted().map { block.exercises[$0] }), at: note.pickNode)
        }
        return chosen.sorted().map { block.exercises[$0] }
    }

    /// `time` is for work done once, `per_side` for work on each side, `reps` needs a pace,
    /// `sides` needs sided work. A block mixing sided and unsided work takes either.
    private func checkWork(named name: String, exercises: [Exercise], item: PlanItem,
                           note: PlanFileParser.ItemNotes, reader: inout NodeReader) {
        guard !exercises.isEmpty else { return }
        let anySided = exercises.contains { $0.sided }
        let allSided = exercises.allSatisfy { $0.sided }
        if let dose = note.doseKey {
            let value = dose.node.scalar?.string ?? ""
            switch dose.key {
            case "time" where allSided:
                reader.error(.timeOnSidedWork(name, value: value), at: dose.keyNode)
            case "per_side" where !anySided:
                reader.error(.perSideOnUnsidedWork(name, value: value), at: dose.keyNode)
            case "reps":
                if let unpaced = exercises.first(where: { $0.secondsPerRep == nil }) {
                    reader.error(.repsWithoutPace(unpaced.id), at: dose.node)
                }
            default: break
            }
        }
        if let sides = note.sidesNode, !anySided {
            reader.error(.sidesOnUnsidedWork(name), at: sides)
        }
    }
}

/// The timeline rows a plan composes to, counted before composing: blocks expand into their
/// exercises and sided work into two sides, so a few items of large blocks could otherwise
/// exhaust memory (`Limits.composedRows`).
struct RowCount {
    var rows = 0
    /// The item where the count passed the limit.
    var crossedAt: SourceSpan??

    /// Counts `item`'s rows.
    mutating func add(_ item: PlanItem, library: Library) {
        var ids: [String] = []
        switch item.content {
        case .block(let id):
            let members = library.blocks[id]?.exercises ?? []
            ids = item.pick.map { picks in
                picks.compactMap { pick -> String? in
                    switch pick {
                    case .number(let n): return members.indices.contains(n - 1) ? members[n - 1] : nil
                    case .id(let id): return id
                    }
                }
            } ?? members
        case .exercise(let id): ids = [id]
        case .inline(let exercise): rows += exercise.sided ? 2 : 1
        }
        rows += ids.reduce(0) { $0 + ((library.exercises[$1]?.sided ?? false) ? 2 : 1) }
        if rows > Limits.composedRows && crossedAt == nil { crossedAt = .some(item.span) }
    }

    /// Reports the plan when it composes to too many rows.
    func report(into reader: inout NodeReader) {
        guard let crossedAt else { return }
        reader.error(.tooManyRows(rows, limit: Limits.composedRows), at: crossedAt)
    }
}
