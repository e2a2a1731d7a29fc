import PlanCore

/// Small phrases shared by the handouts, so both say things the same way.
enum Wording {
    static let months = ["January", "February", "March", "April", "May", "June", "July",
                         "August", "September", "October", "November", "December"]

    /// `1 December 2026`.
    static func date(_ d: PlanDate) -> String { "\(d.day) \(months[d.month - 1]) \(d.year)" }

    /// How a position reads in a sentence: `lying on your side`.
    static func position(_ p: BodyPosition) -> String {
        switch p {
        case .supine: return "lying on your back"
        case .sideLying: return "lying on your side"
        case .prone: return "lying on your front"
        case .quadruped: return "on hands and knees"
        case .kneeling: return "kneeling"
        case .seated: return "sitting"
        case .standing: return "standing"
        }
    }

    /// The position as a table cell: `side-lying`.
    static func positionCell(_ p: BodyPosition) -> String { p.rawValue }

    /// What a transition row says.
    static func transition(_ item: TimelineItem) -> String {
        switch item.move {
        case .turnOver?: return "Turn over onto the other side"
        case .floorToStanding?: return item.position == .standing ? "Come up to standing" : "Come down to the mat"
        case .floorChange?, nil: return "Move to \(position(item.position))"
        }
    }

    /// The dose an exercise gets in one plan item, read off the timeline:
    /// `1 min each side`, `10 reps each side`, `2 min`.
    static func dose(of exerciseID: String, in section: HandoutInput.Section) -> String {
        guard let first = section.rows.first(where: { $0.exercise.id == exerciseID }) else { return "" }
        let sided = first.side != nil
        if let reps = first.reps {
            return "\(reps) reps\(sided ? " each side" : "") (about \(first.duration.spoken))"
        }
        return sided ? "\(first.duration.spoken) each side" : first.duration.spoken
    }
}
