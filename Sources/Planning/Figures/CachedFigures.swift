import Figures
import Handouts
import PlanCore
import Synchronization

/// The handouts' diagrams, each worked out once per run: a long plan or a term of plans
/// shows the same exercise many times, and posing the body model is a good part of the
/// cost of a handout. Shared by every thread of a batch.
public final class CachedFigures: FigureProvider {
    private let base: ExerciseFigures
    private let exercises = Mutex<[FigureSpec: Scene?]>([:])
    private let illustrations = Mutex<[Illustration: Scene?]>([:])

    /// Diagrams drawn by `base`, remembered.
    public init(_ base: ExerciseFigures = ExerciseFigures()) {
        self.base = base
    }

    public func scene(for exercise: Exercise) -> Scene? {
        // The diagram depends only on the exercise's pose data (or its position at rest).
        let spec = ExerciseFigures.spec(for: exercise)
        if let known = exercises.withLock({ $0[spec] }) { return known }
        let scene = base.scene(for: exercise)
        exercises.withLock { $0[spec] = scene }
        return scene
    }

    public func scene(for illustration: Illustration) -> Scene? {
        if let known = illustrations.withLock({ $0[illustration] }) { return known }
        let scene = base.scene(for: illustration)
        illustrations.withLock { $0[illustration] = scene }
        return scene
    }
}
