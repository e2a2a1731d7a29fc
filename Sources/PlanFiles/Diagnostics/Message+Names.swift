import PlanCore

/// Messages about the names of library entries: aliases, and figures that start from
/// another exercise's (`like:`).
extension Diagnostic.Message {
    /// An alias that is already another entry's id or alias.
    public static func aliasTaken(_ alias: String, by owner: String, span: SourceSpan?) -> Self {
        Self("the alias '\(alias)' already names '\(owner)'",
             hint: "every id and alias names one entry of the library; pick another alias"
                + (span.map { " (the other is at \($0.file):\($0.line))" } ?? ""))
    }
    /// An alias that repeats the entry's own id.
    public static func aliasIsOwnID(_ alias: String) -> Self {
        Self("'\(alias)' is this entry's id already", hint: "remove it from `aliases:`")
    }
    /// `like:` naming an exercise not in the library.
    public static func figureLikeUnknown(_ id: String, suggestion: String?) -> Self {
        Self("no exercise '\(id)' to take the figure from",
             hint: didYouMean(suggestion) ?? "`like:` names an exercise of the library by its id")
    }
    /// `like:` naming an exercise without pose data.
    public static func figureLikeHasNoFigure(_ id: String) -> Self {
        Self("exercise '\(id)' has no pose data to start from",
             hint: "name an exercise with a `figure:` section, or write the pose in full")
    }
    /// `like:` that leads back to itself.
    public static func figureLikeCycle(_ ids: [String]) -> Self {
        // A circle of thousands is named by its ends.
        let shown = ids.count <= 8 ? ids : Array(ids.prefix(3)) + ["… \(ids.count - 6) more …"] + Array(ids.suffix(3))
        return Self("these figures start from each other in a circle: \(shown.joined(separator: " → "))",
                    hint: "let one of them write its pose in full")
    }
    /// A library-only key on a plan item that names a library entry.
    public static func inlineOnlyKey(_ key: String, kind: String) -> Self {
        Self("'\(key)' belongs to inline exercises; a library \(kind) has its own",
             hint: key == "cues" ? "put a teacher's reminder in `note:` instead"
                : "remove the '\(key)' line, or write the exercise inline with `name:`")
    }
}
