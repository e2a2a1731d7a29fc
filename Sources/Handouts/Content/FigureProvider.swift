import Figures
import PlanCore

/// Where handouts get their diagrams: an exercise's figure and the tips' pictures.
public protocol FigureProvider: Sendable {
    /// The diagram of an exercise (start ghost, end pose, arrow), or nil when it has none.
    func scene(for exercise: Exercise) -> Scene?
    /// The picture of a cue or palpation trick.
    func scene(for illustration: Illustration) -> Scene?
    /// The diagram of an exercise as a handout shows it (see `FigureFit`). A provider that
    /// remembers its diagrams remembers these too, so the hundred rows of a long class
    /// that show one exercise share one scene, and its PDF one form.
    func scene(for exercise: Exercise, fit: FigureFit) -> Scene?
}

extension FigureProvider {
    public func scene(for exercise: Exercise, fit: FigureFit) -> Scene? {
        scene(for: exercise).map(fit.applied)
    }
}

/// How a handout shows a diagram: fitted to its ink with a margin, with or without its
/// text labels, and turned round for the left side.
public struct FigureFit: Sendable, Hashable {
    /// The margin left round the ink, in the scene's units.
    public var margin: Double
    /// Keeps the scene's text labels; at the class card's size they would be specks.
    public var labels: Bool
    /// Turns the scene round, for the left side.
    public var mirrored: Bool

    public init(margin: Double, labels: Bool = true, mirrored: Bool = false) {
        self.margin = margin
        self.labels = labels
        self.mirrored = mirrored
    }

    /// `scene` shown this way.
    public func applied(to scene: Scene) -> Scene {
        var out = labels ? scene : scene.withoutText
        out = out.cropped(toInkWithMargin: margin)
        return mirrored ? out.mirrored() : out
    }
}

extension Scene {
    /// The scene without its words: every label, each callout's leader line with its text,
    /// and the label annotations, which are only words. Contact lines, shadows and arcs stay.
    public var withoutText: Scene {
        func keep(_ elements: [SceneElement]) -> [SceneElement] {
            elements.compactMap { e in
                switch e {
                case .label: return nil
                case .group(let name, let inner):
                    let words = name.split(separator: " ")
                    return words.contains("callout") || words.contains("label") ? nil : .group(name, keep(inner))
                default: return e
                }
            }
        }
        return Scene(size: size, elements: keep(elements))
    }
}
