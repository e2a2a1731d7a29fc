import Figures
import Handouts
import PlanCore
import Synchronization

/// The handouts' diagrams, each posed once per session: a long plan or a term of plans
/// shows the same exercise many times, and posing the body model is a good part of the
/// cost of a handout. Shared by every thread of a batch; when two threads ask for the same
/// figure at once, the second waits for the first's instead of posing it again.
public final class CachedFigures: FigureProvider {
    private let base: any FigureProvider
    private let exercises = Memo<FigureSpec>()
    private let illustrations = Memo<Illustration>()
    private let fitted = Memo<FittedKey>()

    /// A diagram as a handout shows it: the exercise's pose data and the fit.
    private struct FittedKey: Hashable, Sendable {
        var spec: FigureSpec
        var fit: FigureFit
    }

    /// Diagrams drawn by `base`, remembered.
    public init(_ base: any FigureProvider = ExerciseFigures()) {
        self.base = base
    }

    public func scene(for exercise: Exercise) -> Scene? {
        // The diagram depends only on the exercise's pose data (or its position at rest).
        exercises.value(for: ExerciseFigures.spec(for: exercise)) { base.scene(for: exercise) }
    }

    public func scene(for exercise: Exercise, fit: FigureFit) -> Scene? {
        fitted.value(for: FittedKey(spec: ExerciseFigures.spec(for: exercise), fit: fit)) {
            scene(for: exercise).map(fit.applied)
        }
    }

    public func scene(for illustration: Illustration) -> Scene? {
        illustrations.value(for: illustration) { base.scene(for: illustration) }
    }
}

/// Scenes by key, each worked out once. The table's lock is held only to find a key's slot;
/// each slot has a lock of its own, held while its scene is posed, so different figures are
/// posed side by side and the same figure never twice.
private final class Memo<Key: Hashable & Sendable>: Sendable {
    /// One key's scene: nil until posed, then the scene (itself nil for no figure).
    final class Slot: Sendable {
        let scene = Mutex<Scene??>(nil)
    }

    private let slots = Mutex<[Key: Slot]>([:])

    /// The scene for `key`, posed by `make` the first time any thread asks.
    func value(for key: Key, make: () -> Scene?) -> Scene? {
        let slot = slots.withLock { table in
            if let slot = table[key] { return slot }
            let slot = Slot()
            table[key] = slot
            return slot
        }
        return slot.scene.withLock { stored in
            if let known = stored { return known }
            let made = make()
            stored = .some(made)
            return made
        }
    }
}
