import PlanCore

/// A `figure:` section as written: complete pose data, or `like: ID` and only what differs
/// from that exercise's figure. A `like` is resolved once the whole library is in, since the
/// exercise it names may stand in another file or folder.
struct FigureSection: Sendable {
    /// The exercise whose figure this one starts from, and where `like:` names it.
    var like: (id: String, span: SourceSpan)?
    /// The section read over an empty pose: complete when there is no `like`.
    var written: FigureSpec
    /// The keys the section wrote, besides `like`.
    var keys: Set<String>
    /// The `start` angles as written.
    var startAngles: PoseAngles
    /// The `end` angles as written (what moves).
    var endAngles: PoseAngles

    /// This section laid over `base`, the figure of the exercise it is `like`: the keys it
    /// wrote replace the base's; `start` angles change both poses, since the movement
    /// starts from them; `end` angles change the end pose.
    func resolved(over base: FigureSpec) -> FigureSpec {
        var spec = base
        if keys.contains("base") { spec.base = written.base }
        if keys.contains("view") { spec.view = written.view }
        if keys.contains("highlight") { spec.highlight = written.highlight }
        if keys.contains("annotate") { spec.annotations = written.annotations }
        if keys.contains("props") { spec.props = written.props }
        spec.start = base.start.overlaid(with: startAngles)
        spec.end = base.end.overlaid(with: startAngles).overlaid(with: endAngles)
        spec.span = written.span
        return spec
    }

    /// Resolves the `like` sections of `pending` (by exercise id) against `library`, where
    /// `like` may name an exercise by id or alias; chains (`a` like `b` like `c`) are
    /// followed. Returns each pending id's figure, or nil with a diagnostic added when its
    /// `like` cannot be followed.
    static func resolve(_ pending: [String: FigureSection], in library: Library,
                        diagnostics: inout [Diagnostic]) -> [String: FigureSpec?] {
        var done: [String: FigureSpec?] = [:]
        func figure(of id: String, path: [String]) -> FigureSpec? {
            if let known = done[id] { return known }
            guard let section = pending[id] else { return nil }
            guard let like = section.like else { return section.written }
            let result: FigureSpec?
            if let target = library.exerciseID(named: like.id), let exercise = library.exercises[target] {
                if path.contains(target) || target == id {
                    diagnostics.append(.error(.figureLikeCycle(path + [id, target]), at: like.span))
                    result = nil
                } else if pending[target] != nil {
                    result = figure(of: target, path: path + [id]).map(section.resolved(over:))
                } else if let base = exercise.figure {
                    result = section.resolved(over: base)
                } else {
                    diagnostics.append(.error(.figureLikeHasNoFigure(target), at: like.span))
                    result = nil
                }
            } else {
                let names = library.exerciseOrder + library.exerciseAliases.keys.sorted()
                diagnostics.append(.error(.figureLikeUnknown(like.id, suggestion: EditDistance.suggestion(
                    for: like.id, among: names)), at: like.span))
                result = nil
            }
            done[id] = .some(result)
            return result
        }
        for id in pending.keys.sorted() { _ = figure(of: id, path: []) }
        return done
    }
}
