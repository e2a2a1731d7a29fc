import Figures
import PlanCore

/// Where handouts get their diagrams: an exercise's figure and the tips' pictures.
public protocol FigureProvider: Sendable {
    /// The diagram of an exercise (start ghost, end pose, arrow), or nil when it has none.
    func scene(for exercise: Exercise) -> Scene?
    /// The picture of a cue or palpation trick.
    func scene(for illustration: Illustration) -> Scene?
}
