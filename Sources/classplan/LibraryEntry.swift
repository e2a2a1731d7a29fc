import Foundation
import PlanCore

/// One block or exercise as `classplan library --json` prints it.
struct LibraryEntry: Encodable {
    var id: String
    var name: String
    /// Other names a plan may use for it.
    var aliases: [String]
    var kind: String
    /// The exercise's position; for a block, its first exercise's.
    var position: String?
    /// For a block: true when any of its exercises is sided.
    var sided: Bool
    /// `1 min per side` and the like.
    var dose: String
    /// A block's exercise ids, in order.
    var exercises: [String]?
    /// With `--search`: what matched, strongest first.
    var matched: [String]?

    init(_ block: Block, library: Library) {
        let members = block.exercises.compactMap { library.exercises[$0] }
        id = block.id
        name = block.name
        aliases = block.aliases
        kind = "block"
        position = members.first?.position.name
        sided = members.contains { $0.sided }
        dose = LibraryText.dose(block.dose)
        exercises = block.exercises
    }

    init(_ exercise: Exercise) {
        id = exercise.id
        name = exercise.name
        aliases = exercise.aliases
        kind = "exercise"
        position = exercise.position.name
        sided = exercise.sided
        dose = LibraryText.dose(exercise.dose)
    }

    /// The entries as a pretty-printed JSON array with sorted keys.
    static func json(_ entries: [LibraryEntry]) throws -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        return String(decoding: try encoder.encode(entries), as: UTF8.self)
    }
}
