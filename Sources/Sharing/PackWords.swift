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
    static let keyCueLabel = "Remember"
    static let feelLabel = "Feel it in"
    static let mistakeLabel = "Avoid"
    static let doseLabel = "Dose"
    static let linkLead = "Open the class page on your phone, or scan the code:"
    static let gentle = "Go gently and stay within what feels comfortable. If something pinches or hurts, make the movement smaller or stop, and tell your teacher."
    static let calendarSummaryPrefix = "Practice: "

    /// `1 min each side`, `2 min`.
    static func time(_ duration: Duration, sided: Bool) -> String {
        sided ? "\(duration.spoken) each side" : duration.spoken
    }

    /// `10 reps each side`, `1 rep`.
    static func reps(_ n: Int, sided: Bool) -> String {
        let count = n == 1 ? "1 rep" : "\(n) reps"
        return sided ? "\(count) each side" : count
    }

    /// `right side`, or nothing for unsided work.
    static func side(_ side: Side?) -> String? {
        switch side {
        case .right?: return "right side"
        case .left?: return "left side"
        case nil: return nil
        }
    }

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
        var sentence = "Every day for \(routine.practicePeriod): about \(routine.total.spoken) in all"
        var parts: [String] = []
        if routine.workRight > .zero || routine.workLeft > .zero {
            if routine.workRight == routine.workLeft {
                parts.append("\(routine.workRight.spoken) of work on each side")
            } else {
                parts.append("\(routine.workRight.spoken) of work on the right side")
                parts.append("\(routine.workLeft.spoken) on the left")
            }
        }
        if routine.workUnsided > .zero {
            parts.append(parts.isEmpty ? "\(routine.workUnsided.spoken) of work"
                                       : "\(routine.workUnsided.spoken) for both sides together")
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
