/// How a piece of work ended, from best to worst; the command line turns it into an exit code
/// (0, 1 and 3 of the design).
public enum RunStatus: Int, Sendable, Comparable, CaseIterable {
    /// Done; warnings allowed.
    case done
    /// The plan or library is invalid.
    case invalid
    /// A file could not be read or written.
    case file

    public static func < (a: RunStatus, b: RunStatus) -> Bool { a.rawValue < b.rawValue }
}
