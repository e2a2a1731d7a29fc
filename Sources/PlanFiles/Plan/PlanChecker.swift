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
        // Made once, at the first unknown name: a plan of many against a large library
        // must not list the library again for each.
        var blockNames: NameSuggestions?, exerciseNames: NameSuggestions?
        func names(blocks: Bool) -> NameSuggestions {
            if blocks {
                if blockNames == nil { blockNames = NameSuggestions(library: library, blocks: true) }
                return blockNames!
            }
            if exerciseNames == nil { exerciseNames = NameSuggestions(library: library, blocks: false) }
            return exerciseNames!
        }
        func suggestion(for name: String, blocks: Bool) -> String? {
            names(blocks: blocks).nearest(to: name, budget: &reader.hintBudget)
        }
        // A name written as the handouts print it (`Cool-down`, `Child's pose`, in quotes
        // from a phone) is the entry whose id, alias or name reads the same as an id.
        func blockID(named name: String) -> String? {
            library.blockID(named: name) ?? names(blocks: true).entry(writtenAs: name)
        }
        func exerciseID(named name: String) -> String? {
            library.exerciseID(named: name) ?? names(blocks: false).entry(writtenAs: name)
        }
        // Inline exercises get ids from their names; two alike, or one named like a library
        // exercise, would share an id and one would drop out of the handouts.
        var inlineIDs = Set<String>()
        for (index, (item, note)) in zip(plan.sequence, notes).enumerated() {
            switch item.content {
            case .block(let name):
                guard let id = blockID(named: name), let block = library.blocks[id] else {
                    if !brokenIDs.contains(name) {
                        let nearest = suggestion(for: name, blocks: true)
                        reader.error(.unknownBlock(name, suggestion: nearest,
                                                   isExercise: exerciseID(named: name) != nil), at: note.idNode)
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
                guard let id = exerciseID(named: name), let exercise = library.exercises[id] else {
                    if !brokenIDs.contains(name) {
                        let nearest = suggestion(for: name, blocks: false)
                        reader.error(.unknownExercise(name, suggestion: nearest,
                                                      isBlock: blockID(named: name) != nil), at: note.idNode)
                    }
                    continue
                }
                resolved.sequence[index].content = .exercise(id)
                checkWork(named: name, exercises: [exercise], item: item, note: note, reader: &reader)
            case .inline(var exercise):
                exercise.id = NameSuggestions.distinctID(exercise.id, taken: { library.exercises[$0] != nil || inlineIDs.contains($0) })
                inlineIDs.insert(exercise.id)
                resolved.sequence[index].content = .inline(exercise)
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
        var rows = RowCount()
        for item in resolved.sequence { rows.add(item, library: library) }
        rows.report(into: &reader)
        return resolved
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
                    let nearest = reader.suggestion(for: name, among: block.exercises)
                    reader.error(.pickNotInBlock(name, block: block.id, suggestion: nearest,
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

/// The ids, aliases and names of a library's blocks or exercises, listed once, to find the
/// one nearest a mistyped name: the id or alias to write instead.
struct NameSuggestions {
    /// For each spelling, what to write instead: the id or alias itself, or the id a
    /// printed name stands for.
    private var answers: [String: String] = [:]
    /// For each spelling, the id of its entry.
    private var entries: [String: String] = [:]
    private var candidates: [String] = []

    init(library: Library, blocks: Bool) {
        let names: [(String, String, [String])] = blocks
            ? library.allBlocks.map { ($0.id, $0.name, $0.aliases) }
            : library.allExercises.map { ($0.id, $0.name, $0.aliases) }
        for (id, name, aliases) in names {
            for word in [id] + aliases where answers[word] == nil {
                answers[word] = word
                entries[word] = id
                candidates.append(word)
            }
            let slug = PlanFileParser.slug(name)
            if answers[slug] == nil {
                answers[slug] = id
                entries[slug] = id
                candidates.append(slug)
            }
        }
    }

    /// `id`, or `id-2`, `id-3`, ... when `id` is taken: distinct ids for inline exercises.
    static func distinctID(_ id: String, taken: (String) -> Bool) -> String {
        guard taken(id) else { return id }
        var n = 2
        while taken("\(id)-\(n)") { n += 1 }
        return "\(id)-\(n)"
    }

    /// The id of the entry `name` stands for when written as an id would be (`Cool-down`,
    /// `“clam”`, `Child's pose`): its id, an alias or its printed name, the same once
    /// made lower-case with hyphens for the rest. Nil when none reads so, and for a name
    /// already written as an id: one that names nothing is a slip, and gets a did-you-mean.
    func entry(writtenAs name: String) -> String? {
        let asID = PlanFileParser.slug(name)
        return asID == name ? nil : entries[asID]
    }

    /// The nearest name to `word`, spending from `budget`; failing that, the one entry a
    /// name of which holds `word` as a whole word, plural or not (`hamstrings` for
    /// `hamstring-stretch`).
    func nearest(to word: String, budget: inout EditDistance.Budget) -> String? {
        if let near = EditDistance.suggestion(for: word, among: candidates, budget: &budget) { return answers[near] }
        let typed = word.lowercased()
        let forms = Set([typed, typed.hasSuffix("s") ? String(typed.dropLast()) : typed + "s"])
        // The look at every name is paid from the same budget as the spelling search.
        guard !typed.isEmpty, !typed.contains("-"), budget.cells >= candidates.count else { return nil }
        budget.cells -= candidates.count
        let holding = Set(candidates.filter { $0.split(separator: "-").contains { forms.contains(String($0)) } }
            .compactMap { entries[$0] })
        return holding.count == 1 ? holding.first : nil
    }
}

/// The timeline rows a plan composes to, counted before composing: blocks expand into their
/// exercises and sided work into two sides, so a few items of large blocks could otherwise
/// exhaust memory (`Limits.composedRows`).
struct RowCount {
    var rows = 0
    /// The item where the count passed the limit.
    var crossedAt: SourceSpan??

    /// Counts `item`'s rows; its ids are already resolved from aliases.
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
