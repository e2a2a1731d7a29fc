import PlanCore

/// The words the student pack says in its own voice, kept in one place so every format
/// says the same thing the same way.
enum PackWords {
    static let routineHeading = "Your routine"
    static let dailyHeading = "Your daily practice"
    static let whyHeading = "Why it helps"
    static let setupHeading = "Getting set up"
    static let tipsHeading = "Finding the right muscles"
    static let linkHeading = "Keep this close"
    static let mistakesHeading = "Mistakes to avoid"
    static let setupLabel = "Set up"
    static let howLabel = "How"
    static let keyCueLabel = "Remember"
    static let feelLabel = "Feel it in"
    static let mistakeLabel = "Avoid"
    static let doseLabel = "Dose"
    static let linkLead = "Open the class page on your phone, or scan the code:"
    static let gentle = "Go gently and stay within what feels comfortable. If something pinches or hurts, make the movement smaller or stop, and tell your teacher."
    static let calendarSummaryPrefix = "Practice: "

    /// `1 minute each side`, `2 minutes`.
    static func time(_ duration: Duration, sided: Bool) -> String {
        duration.spokenDose(eachSide: sided)
    }

    /// `10 reps each side`, `1 rep`.
    static func reps(_ n: Int, sided: Bool) -> String {
        let count = n == 1 ? "1 rep" : "\(n) reps"
        return sided ? "\(count) each side" : count
    }

    /// `right side`, `right leg working, lying on your left side` for side-lying work, or
    /// nothing for unsided work.
    static func side(of step: StudentRoutine.Step) -> String? {
        step.side?.spoken(lyingOn: step.lyingSide)
    }

    /// What one step takes: `1 minute`, `10 reps`.
    static func amount(_ step: StudentRoutine.Step) -> String {
        step.reps.map { reps($0, sided: false) } ?? step.duration.spokenExactly
    }

    /// What the routine is, in one line: `Your home practice: the hip rotation series, 3
    /// exercises, about 6 minutes.`; its blocks and lone exercises are named when there are
    /// three or fewer (`the hip rotation series and Bent-knee fall-out, 4 exercises, ...`).
    static func summary(_ routine: StudentRoutine) -> String {
        let count = routine.exercises.count
        // In the routine's order: each block once, where its first exercise is.
        var names: [String] = []
        var named = Set<String>()
        for entry in routine.exercises {
            guard let id = entry.blockID else {
                if named.insert("exercise " + entry.exercise.id).inserted { names.append(entry.name.lowercasedArticle) }
                continue
            }
            if named.insert("block " + id).inserted, let block = routine.blocks.first(where: { $0.id == id }) {
                names.append(block.name.lowercasedArticle)
            }
        }
        var parts: [String] = []
        if (1...3).contains(names.count) {
            parts.append(names.count == 1 ? names[0] : names.dropLast().joined(separator: ", ") + " and " + names.last!)
        }
        parts.append(count == 1 ? "1 exercise" : "\(count) exercises")
        parts.append(routine.total.spokenRoughly)
        return "Your home practice: " + parts.joined(separator: ", ") + "."
    }

    /// The routine's last line: `Total: 6:15, about 6 minutes`.
    static func totalLine(_ routine: StudentRoutine) -> String {
        "Total: \(routine.total.clock), \(routine.total.spokenRoughly)"
    }

    /// The routine's length as a student keeps it in mind: `about 6 minutes in all`.
    static func length(_ routine: StudentRoutine) -> String { "\(routine.total.spokenRoughly) in all" }

    /// `4 weeks`, `1 week`, `10 days`, `1 day`.
    static func period(days: Int) -> String {
        if days % 7 == 0 {
            let weeks = days / 7
            return weeks == 1 ? "1 week" : "\(weeks) weeks"
        }
        return days == 1 ? "1 day" : "\(days) days"
    }

    /// What to do for a move between positions, in plain words.
    static func move(_ move: TimelineItem.Move?, to position: BodyPosition) -> String {
        switch move {
        case .turnOver?: return "Roll over onto your other side"
        case .floorToStanding?:
            return position == .standing ? "Come up to standing" : "Come down to the mat and \(phrase(position))"
        case .floorChange?, nil: return "Change position: \(phrase(position))"
        }
    }

    /// A body position as an instruction: `lie on your back`.
    static func phrase(_ position: BodyPosition) -> String {
        switch position {
        case .supine: return "lie on your back"
        case .sideLying: return "lie on your side"
        case .prone: return "lie on your front"
        case .quadruped: return "come onto your hands and knees"
        case .kneeling: return "kneel"
        case .seated: return "sit"
        case .standing: return "stand"
        }
    }

    /// The daily dose in one sentence: how long, for how many days, and the work per side.
    static func dailyDose(_ routine: StudentRoutine) -> String {
        var sentence = "Every day for \(routine.practicePeriod): \(length(routine))"
        var parts: [String] = []
        if routine.workRight > .zero || routine.workLeft > .zero {
            if routine.workRight == routine.workLeft {
                parts.append("\(routine.workRight.spokenRoughly) of work on each side")
            } else {
                parts.append("\(routine.workRight.spokenRoughly) of work on the right side")
                parts.append("\(routine.workLeft.spokenRoughly) on the left")
            }
        }
        if routine.workUnsided > .zero {
            parts.append(parts.isEmpty ? "\(routine.workUnsided.spokenRoughly) of work"
                                       : "\(routine.workUnsided.spokenRoughly) for both sides together")
        }
        if !parts.isEmpty { sentence += ", " + parts.joined(separator: ", ") }
        return sentence + "."
    }

    /// `1 December 2026`.
    static func date(_ date: PlanDate) -> String {
        let months = ["January", "February", "March", "April", "May", "June", "July",
                      "August", "September", "October", "November", "December"]
        return "\(date.day) \(months[date.month - 1]) \(date.year)"
    }

    /// `Alex Rivera · Riverside Movement · 1 December 2026`, from what the plan names.
    static func byline(_ routine: StudentRoutine) -> String? {
        let parts = [routine.teacher, routine.studio, routine.date.map(date)]
            .compactMap { $0 }.filter { !$0.isEmpty }
        return parts.isEmpty ? nil : parts.joined(separator: " · ")
    }
}

extension String {
    /// `The hip rotation series` as it reads mid-sentence: `the hip rotation series`. Only a
    /// leading article is lowered; a name that starts with a proper noun keeps its capital.
    var lowercasedArticle: String {
        for article in ["The ", "A ", "An "] where hasPrefix(article) {
            return article.lowercased() + dropFirst(article.count)
        }
        return self
    }
}
