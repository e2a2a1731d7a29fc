import Foundation
import PlanCore

/// The timeline as JSON, in the schema the README documents.
enum TimelineJSON {
    struct Document: Encodable {
        var title: String
        var length_seconds: Int?
        var total_seconds: Int
        var work_seconds: Int
        var transition_seconds: Int
        var right_seconds: Int
        var left_seconds: Int
        /// The home practice's length: the marked items timed on their own, or the class.
        var home_seconds: Int
        var warnings: [Warning]
        var items: [Item]

        func encode(to encoder: Encoder) throws {
            var c = encoder.container(keyedBy: Keys.self)
            try c.encode(title, forKey: .title)
            try c.encode(length_seconds, forKey: .length_seconds)
            try c.encode(total_seconds, forKey: .total_seconds)
            try c.encode(work_seconds, forKey: .work_seconds)
            try c.encode(transition_seconds, forKey: .transition_seconds)
            try c.encode(right_seconds, forKey: .right_seconds)
            try c.encode(left_seconds, forKey: .left_seconds)
            try c.encode(home_seconds, forKey: .home_seconds)
            try c.encode(warnings, forKey: .warnings)
            try c.encode(items, forKey: .items)
        }
        enum Keys: String, CodingKey {
            case title, length_seconds, total_seconds, work_seconds, transition_seconds,
                 right_seconds, left_seconds, home_seconds, warnings, items
        }
    }

    struct Warning: Encodable {
        var message: String
        var hint: String?
        var line: Int?
        var column: Int?
    }

    struct Item: Encodable {
        var kind: String
        var start_seconds: Int
        var seconds: Int
        var exercise: String
        var name: String
        var block: String?
        var side: String?
        var position: String
        var reps: Int?
        /// The side the body lies on, for side-lying rows with a side.
        var lying_on: String?
        /// The time the plan gave before `fit` changed it, and the change; null when unchanged.
        var planned_seconds: Int?
        var fit_change_seconds: Int?
        /// True when the row's plan item goes home (every row when none is marked).
        var home: Bool

        // `block`, `side`, `reps` and the rest are written as null when absent, so every
        // item has every key.
        func encode(to encoder: Encoder) throws {
            var c = encoder.container(keyedBy: Keys.self)
            try c.encode(kind, forKey: .kind)
            try c.encode(start_seconds, forKey: .start_seconds)
            try c.encode(seconds, forKey: .seconds)
            try c.encode(exercise, forKey: .exercise)
            try c.encode(name, forKey: .name)
            try c.encode(block, forKey: .block)
            try c.encode(side, forKey: .side)
            try c.encode(position, forKey: .position)
            try c.encode(reps, forKey: .reps)
            try c.encode(lying_on, forKey: .lying_on)
            try c.encode(planned_seconds, forKey: .planned_seconds)
            try c.encode(fit_change_seconds, forKey: .fit_change_seconds)
            try c.encode(home, forKey: .home)
        }
        enum Keys: String, CodingKey {
            case kind, start_seconds, seconds, exercise, name, block, side, position, reps,
                 lying_on, planned_seconds, fit_change_seconds, home
        }
    }

    static func document(_ seq: ClassSequence, home: ClassSequence) -> Document {
        let anyMarked = seq.plan.sequence.contains(where: \.home)
        return Document(
            title: seq.plan.title,
            length_seconds: seq.plan.length?.seconds,
            total_seconds: seq.total.seconds,
            work_seconds: seq.work.seconds,
            transition_seconds: seq.transitions.seconds,
            right_seconds: seq.work(on: .right).seconds,
            left_seconds: seq.work(on: .left).seconds,
            home_seconds: home.total.seconds,
            warnings: seq.warnings.map { Warning(message: $0.message, hint: $0.hint, line: $0.span?.line, column: $0.span?.column) },
            items: seq.items.map { item in
                Item(kind: item.kind.rawValue, start_seconds: item.start.seconds, seconds: item.duration.seconds,
                     exercise: item.exercise.id, name: item.exercise.name, block: item.blockID,
                     side: item.side?.rawValue, position: item.position.rawValue, reps: item.reps,
                     lying_on: item.lyingSide?.rawValue,
                     planned_seconds: item.planned?.seconds, fit_change_seconds: item.fitChange?.seconds,
                     home: !anyMarked || seq.plan.sequence[item.planIndex].home)
            })
    }

    static func encode(_ seq: ClassSequence, library: Library) throws -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .withoutEscapingSlashes]
        return String(decoding: try encoder.encode(document(seq, home: Composer(library: library).home(of: seq))), as: UTF8.self)
    }
}
