/// How much of an exercise to do.
public enum Dose: Sendable, Hashable {
    /// A time for one-sided (unsided) work.
    case time(Duration)
    /// A time done on each side.
    case perSide(Duration)
    /// A count of repetitions (on each side for sided work); its time comes from the
    /// exercise's seconds per repetition.
    case reps(Int)
}
