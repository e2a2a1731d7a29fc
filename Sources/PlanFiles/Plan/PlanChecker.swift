import PlanCore
import Yams

/// The checks of a plan that need the library: that every id exists, that `pick` names
/// exercises of its block, and that doses and sides suit the work (sided or not).
struct PlanChecker {
    let library: Library
    /// Ids whose library definitions had errors: already reported, so not called missing.
    let brokenIDs: Set<String>

    /// Checks `plan` and returns it with every name resolved: an alias becomes the id it
    /// stands for, in items and picks, and an inline figure written `like:` an exercise's
    /// becomes complete pose data.
    func check(_ plan: Plan, notes: [PlanFileParser.ItemNotes], reader: inout NodeReader) -> Plan {
        var resolved = plan
        for (index, (item, note)) in zip(plan.sequence, notes).enumerated() {
            switch item.content {
            case .block(let name):
                guard let id = library.blockID(named: name), let block = library.blocks[id] else {
                    if !brokenIDs.contains(name) {
                        reader.error(.unknownBlock(name, suggestion: suggestion(for: name, blocks: true),
                                                   isExercise: library.exerciseID(named: name) != nil), at: note.idNode)
                    }
                    continue
                }
                resolved.sequence[index].content = .block(id)
                let chosen = picks(of: block, note: note, reader: &reader)
                // A pick by alias becomes the id the composer looks for; numbers stay as written.
                resolved.sequence[index].pick = item.pick?.map { pick in
                    guard case .id(let name) = pick, let id = library.exerciseID(named: name) else { return pick }
                    return .id(id)
                }
                checkWork(named: name, exercises: chosen.compactMap { library.exercises[$0] }, item: item, note: note,
                          reader: &reader)
            case .exercise(let name):
                guard let id = library.exerciseID(named: name), let exercise = library.exercises[id] else {
                    if !brokenIDs.contains(name) {
                        reader.error(.unknownExercise(name, suggestion: suggestion(for: name, blocks: false),
                                                      isBlock: library.blockID(named: name) != nil), at: note.idNode)
                    }
                    continue
                }
                resolved.sequence[index].content = .exercise(id)
                checkWork(named: name, exercises: [exercise], item: item, note: note, reader: &reader)
            case .inline(var exercise):
                if item.time != nil, let sides = note.sidesNode {
                    reader.error(.sidesOnUnsidedWork(exercise.name), at: sides)
                }
                if let section = note.figureLike {
                    let figures = FigureSection.resolve([exercise.id: section], in: library,
                                                        diagnostics: &reader.diagnostics)
                    exercise.figure = figures[exercise.id] ?? nil
                    resolved.sequence[index].content = .inline(exercise)
                }
            }
        }
        return resolved
    }

    /// The nearest id, alias or name to a mistyped one: the id or alias to write instead.
    private func suggestion(for word: String, blocks: Bool) -> String? {
        var answers: [String: String] = [:]
        let names: [(String, String, [String])] = blocks
            ? library.allBlocks.map { ($0.id, $0.name, $0.aliases) }
            : library.allExercises.map { ($0.id, $0.name, $0.aliases) }
        var candidates: [String] = []
        for (id, name, aliases) in names {
            for word in [id] + aliases where answers[word] == nil {
                answers[word] = word
                candidates.append(word)
            }
            let slug = PlanFileParser.slug(name)
            if answers[slug] == nil {
                answers[slug] = id
                candidates.append(slug)
            }
        }
        return EditDistance.suggestion(for: word, among: candidates).flatMap { answers[$0] }
    }

    /// The ids a block item runs, in the order written, with every bad pick reported.
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
            case .id(let name):
                let id = library.exerciseID(named: name) ?? name
                index = block.exercises.firstIndex(of: id)
                if index == nil {
                    reader.error(.pickNotInBlock(name, block: block.id,
                                                 suggestion: EditDistance.suggestion(for: name, among: block.exercises),
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
        return chosen.map { block.exercises[$0] }
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
