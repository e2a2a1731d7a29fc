import PlanCore

/// A `figure:` section as written: complete pose data, or `like: ID` and only what differs
/// from that exercise's figure. A `like` is resolved once the whole library is in, since the
/// exercise it names may stand in another file or folder.
struct FigureSection: Sendable, Equatable {
    /// The exercise whose figure this one starts from, and where `like:` names it.
    var like: Like?
    /// A `like: ID` entry: the id as written, and where it stands.
    struct Like: Sendable, Equatable {
        var id: String
        var span: SourceSpan
    }
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
    ///
    /// A chain is walked in a loop, not by recursion, and its members are kept in a set: a
    /// file of thousands of figures each `like` the next costs time in proportion to them
    /// and no stack. The did-you-mean hints share one budget.
    static func resolve(_ pending: [String: FigureSection], in library: Library,
                        diagnostics: inout [Diagnostic]) -> [String: FigureSpec?] {
        var done: [String: FigureSpec?] = [:]
        var hintBudget = EditDistance.Budget()
        var names: [String]?
        for start in pending.keys.sorted() where done[start] == nil {
            // Follow `like` from `start` until the last link's figure can be told.
            var chain = [start]
            var onChain: Set<String> = [start]
            var last: FigureSpec?
            while let id = chain.last, let section = pending[id] {
                guard let like = section.like else { last = section.written; break }
                guard let target = library.exerciseID(named: like.id), let exercise = library.exercises[target] else {
                    if names == nil { names = library.exerciseOrder + library.exerciseAliases.keys.sorted() }
                    diagnostics.append(.error(.figureLikeUnknown(like.id, suggestion: EditDistance.suggestion(
                        for: like.id, among: names ?? [], budget: &hintBudget)), at: like.span))
                    last = nil
                    break
                }
                if onChain.contains(target) {
                    diagnostics.append(.error(.figureLikeCycle(chain + [target]), at: like.span))
                    last = nil
                } else if let known = done[target] {
                    last = known.map(section.resolved(over:))
                } else if pending[target] != nil {
                    chain.append(target)
                    onChain.insert(target)
                    continue
                } else if let base = exercise.figure {
                    last = section.resolved(over: base)
                } else {
                    diagnostics.append(.error(.figureLikeHasNoFigure(target), at: like.span))
                    last = nil
                }
                break
            }
            // Back along the chain: each figure is laid over the one it is like.
            var figure = last
            done[chain[chain.count - 1]] = .some(figure)
            for id in chain.dropLast().reversed() {
                figure = figure.flatMap { base in pending[id].map { $0.resolved(over: base) } }
                done[id] = .some(figure)
            }
        }
        return done
    }
}
