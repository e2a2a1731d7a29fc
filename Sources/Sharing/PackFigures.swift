import Figures
import Handouts
import PlanCore

/// The pictures a pack shows, drawn once: a scene per exercise (by id) and per tip
/// illustration. Missing entries are simply left out of the pack.
public struct PackFigures: Sendable, Equatable {
    /// Exercise figures by exercise id.
    public var exercises: [String: Scene]
    /// Tip pictures (the dial, the palpation tricks).
    public var illustrations: [Illustration: Scene]

    public init(exercises: [String: Scene] = [:], illustrations: [Illustration: Scene] = [:]) {
        self.exercises = exercises
        self.illustrations = illustrations
    }

    /// What an exercise's picture shows, for a screen reader: its name, then what the body
    /// does (see `FigureAltText`).
    public static func altText(for entry: StudentRoutine.Entry) -> String {
        "\(entry.name): \(FigureAltText.text(for: entry.exercise))"
    }

    /// The pictures `routine` needs, asked of `scene` for each exercise and of
    /// `illustration` for each tip picture.
    public init(for routine: StudentRoutine,
                exercise scene: (Exercise) -> Scene?,
                illustration: (Illustration) -> Scene?) {
        var exercises: [String: Scene] = [:]
        for entry in routine.exercises where exercises[entry.exercise.id] == nil {
            exercises[entry.exercise.id] = scene(entry.exercise)
        }
        var illustrations: [Illustration: Scene] = [:]
        for tip in routine.blocks.flatMap({ $0.cues + $0.palpation }) {
            if let kind = tip.illustration, illustrations[kind] == nil {
                illustrations[kind] = illustration(kind)
            }
        }
        self.init(exercises: exercises, illustrations: illustrations)
    }
}
