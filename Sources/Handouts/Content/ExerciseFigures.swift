import Figures
import PlanCore

/// The diagrams handouts show, drawn by the Figures body model: each exercise from its own
/// pose data, and the tips' pictures.
public struct ExerciseFigures: FigureProvider {
    /// The frame diagrams are drawn in; handouts scale it to their column.
    public var size: Size
    /// Short labels on the diagrams (`hip rotators`).
    public var labels: Bool

    public init(size: Size = Size(width: 420, height: 280), labels: Bool = true) {
        self.size = size
        self.labels = labels
    }

    public func scene(for exercise: Exercise) -> Scene? {
        Figures.scene(for: Self.spec(for: exercise), size: size, options: FigureOptions(labels: labels))
    }

    public func scene(for illustration: Illustration) -> Scene? {
        Figures.scene(for: illustration, size: Size(width: 300, height: 220), options: FigureOptions(labels: labels))
    }

    /// An exercise's pose data, or, for a teacher's exercise without any, its position at
    /// rest seen from the side: a still diagram is better than none.
    public static func spec(for exercise: Exercise) -> FigureSpec {
        if let figure = exercise.figure { return figure }
        let rest = BodyPlacement.defaultAngles(for: exercise.position)
        return FigureSpec(base: exercise.position, start: rest, end: rest, view: .side)
    }
}
