import PlanCore

/// What a student takes home, read off a composed class: the steps in order with their
/// times, each exercise once with its dose and key cue, the blocks' set-up and tips, the
/// daily dose and the link. Every format of the pack (HTML, text, calendar, cards) is
/// written from this one value, so they cannot disagree.
public struct StudentRoutine: Sendable, Equatable {
    /// The plan's title.
    public var title: String
    /// The teacher, when the plan names one.
    public var teacher: String?
    /// The studio, when the plan names one.
    public var studio: String?
    /// The class's date; practice starts the day after it unless another first day is given.
    public var date: PlanDate?
    /// The teacher's message to students.
    public var message: String?
    /// The language the plan is written in, as a BCP 47 tag.
    public var language: String
    /// The link to the class page or video.
    public var link: String?
    /// How many days the practice period runs.
    public var practiceDays: Int
    /// The time of day the calendar reminds the student.
    public var reminder: TimeOfDay
    /// Every step in class order, moves between positions included.
    public var steps: [Step]
    /// Each exercise once (per place in the plan), in order of first appearance.
    public var exercises: [Entry]
    /// The blocks the routine uses, in order of first appearance.
    public var blocks: [BlockNotes]
    /// The whole routine, moves included.
    public var total: Duration
    /// Work on the right side.
    public var workRight: Duration
    /// Work on the left side.
    public var workLeft: Duration
    /// Work that is not done on one side.
    public var workUnsided: Duration

    /// One row of the routine: an exercise on one side, or a move between positions.
    public struct Step: Sendable, Equatable {
        /// Seconds from the start of the routine.
        public var start: Duration
        /// How long it lasts.
        public var duration: Duration
        /// The side working, for sided work and turn-overs.
        public var side: Side?
        /// The body position it is done in (for a move, the one it leads into).
        public var position: BodyPosition
        /// The side the body lies on, for side-lying work.
        public var lyingSide: Side?
        /// What to do, in the words students read.
        public var text: String
        /// The repetitions, for counted work.
        public var reps: Int?
        /// True for a move between positions rather than an exercise.
        public var isMove: Bool
        /// The exercise entry this row does (for a move, the one it leads into).
        public var entryIndex: Int
    }

    /// One exercise as a student sees it.
    public struct Entry: Sendable, Equatable {
        /// The exercise itself, for its id, figure and texts.
        public var exercise: Exercise
        /// The name students read.
        public var name: String { exercise.name }
        /// The dose in words: `1 min each side`, `10 reps`.
        public var dose: String
        /// The one cue to remember, when the exercise has one.
        public var keyCue: String?
        /// Where to feel it, in words.
        public var feel: String?
        /// The one mistake to avoid.
        public var mistake: String?
        /// How to set up and how to move, when no block of the routine says how to set up
        /// (see `Exercise.howTo(under:)`).
        public var setup: String?
        public var movement: String?
        /// Whether it is done on each side.
        public var sided: Bool
        /// The block it belongs to, if any.
        public var blockID: String?
        /// Its position in the routine, from 1.
        public var number: Int
        /// A name safe for files and HTML ids: `02-hip-rotation-feet-down`.
        public var slug: String
    }

    /// What a block adds for students: why it matters, how to set up, and its tips.
    public struct BlockNotes: Sendable, Equatable {
        /// The block's id.
        public var id: String
        /// The name students read.
        public var name: String
        /// Why the block matters.
        public var purpose: [String]
        /// Set-up shared by its exercises.
        public var setup: [String]
        /// Cues for the whole block, with their pictures.
        public var cues: [Tip]
        /// Tricks for finding the muscles by touch, with their pictures.
        public var palpation: [Tip]
        /// The mistakes the whole block warns of.
        public var mistakes: [String]
        /// The muscles it works, by name.
        public var muscles: [String]
    }

    /// The routine a student takes home from `sequence`; blocks are looked up in `library`.
    public init(sequence: ClassSequence, library: Library) {
        let plan = sequence.plan
        let share = plan.share ?? ShareSettings()
        title = plan.title
        language = plan.language
        teacher = plan.teacher
        studio = plan.studio
        date = plan.date
        message = share.message
        link = share.link
        // A practice period shorter than a day has no meaning; a plan file cannot ask for
        // one, but a value built in code might.
        practiceDays = max(1, share.practiceDays)
        reminder = share.reminder
        total = sequence.total
        workRight = sequence.work(on: .right)
        workLeft = sequence.work(on: .left)
        workUnsided = sequence.work - workRight - workLeft

        // An exercise keeps one entry per place in the plan: the same id in two items may
        // carry two doses.
        struct Key: Hashable { var planIndex: Int; var id: String }
        var entryIndex: [Key: Int] = [:]
        var entries: [Entry] = []
        var blockIDs: [String] = []
        var steps: [Step] = []
        // Each exercise shows its key cue; when an earlier one already showed that cue (a
        // series sharing its main cue), its next cue says something new, as on the handout.
        var cuesShown = Set<String>()
        func cue(for exercise: Exercise) -> String? {
            let cues = exercise.cues.compactMap(Self.nonBlank)
            guard let cue = cues.first(where: { !cuesShown.contains($0) }) ?? cues.first else { return nil }
            cuesShown.insert(cue)
            return cue
        }
        for item in sequence.items {
            let key = Key(planIndex: item.planIndex, id: item.exercise.id)
            let index: Int
            if let known = entryIndex[key] {
                index = known
            } else {
                index = entries.count
                entryIndex[key] = index
                let number = entries.count + 1
                let how = item.exercise.howTo(under: item.blockID.flatMap { library.blocks[$0] })
                entries.append(Entry(
                    exercise: item.exercise,
                    dose: Self.dose(of: item, in: sequence),
                    keyCue: cue(for: item.exercise),
                    feel: Self.nonBlank(item.exercise.feel.joined(separator: "; ")),
                    mistake: item.exercise.mistakes.first.flatMap(Self.nonBlank),
                    setup: how?.setup,
                    movement: how?.movement,
                    sided: item.exercise.sided,
                    blockID: item.blockID,
                    number: number,
                    slug: Self.slug(number: number, id: item.exercise.id)))
            }
            if let id = item.blockID, !blockIDs.contains(id) { blockIDs.append(id) }
            let text: String
            switch item.kind {
            case .exercise: text = item.exercise.name
            case .transition: text = PackWords.move(item.move, to: item.position)
            }
            steps.append(Step(start: item.start, duration: item.duration, side: item.side,
                              position: item.position, lyingSide: item.lyingSide, text: text, reps: item.kind == .exercise ? item.reps : nil,
                              isMove: item.kind == .transition, entryIndex: index))
        }
        self.steps = steps
        exercises = entries
        blocks = blockIDs.compactMap { library.blocks[$0] }.map {
            BlockNotes(id: $0.id, name: $0.name, purpose: $0.purpose, setup: $0.setup,
                       cues: $0.cues, palpation: $0.palpation, mistakes: $0.mistakes.compactMap(Self.nonBlank),
                       muscles: $0.muscles)
        }
    }

    /// All work, both sides and unsided.
    public var work: Duration { workRight + workLeft + workUnsided }

    /// The daily dose in one sentence for students.
    public var dailyDose: String { PackWords.dailyDose(self) }

    /// The practice period in words: `4 weeks`, `10 days`.
    public var practicePeriod: String { PackWords.period(days: practiceDays) }

    /// The dose of the exercise `item` does, read from the rows of its place in the plan.
    static func dose(of item: TimelineItem, in sequence: ClassSequence) -> String {
        let rows = sequence.items.filter {
            $0.kind == .exercise && $0.planIndex == item.planIndex && $0.exercise.id == item.exercise.id
        }
        let row = rows.first ?? item
        let sided = rows.contains { $0.side != nil }
        if let reps = row.reps { return PackWords.reps(reps, sided: sided) }
        return PackWords.time(row.duration, sided: sided)
    }

    /// The text, or nil when it holds nothing but white space.
    static func nonBlank(_ text: String) -> String? {
        text.contains(where: { !$0.isWhitespace }) ? text : nil
    }

    /// `02-hip-rotation-feet-down`: the number keeps files in routine order; the id is
    /// reduced to lower-case ASCII letters, digits and hyphens so any file system takes it.
    static func slug(number: Int, id: String) -> String {
        var cleaned = ""
        for scalar in id.lowercased().unicodeScalars {
            if ("a"..."z").contains(scalar) || ("0"..."9").contains(scalar) {
                cleaned.unicodeScalars.append(scalar)
            } else if !cleaned.isEmpty, !cleaned.hasSuffix("-") {
                cleaned += "-"
            }
        }
        while cleaned.hasSuffix("-") { cleaned.removeLast() }
        if cleaned.count > 48 { cleaned = String(cleaned.prefix(48)) }
        let n = number < 10 ? "0\(number)" : "\(number)"
        return cleaned.isEmpty ? n : "\(n)-\(cleaned)"
    }
}
