/// A side said so nobody has to guess which one is meant. The side of a timeline row is the
/// working side; in side-lying work that is the working leg, and the body lies on the other
/// side (top-leg work) or on that one (bottom-leg work): "right" alone leaves a student
/// wondering whether to lie on their right.
extension Side {
    /// The side the body lies on when this leg works lying on the side.
    public func lyingSide(_ leg: WorkingLeg) -> Side { leg == .top ? opposite : self }

    /// For students: `right leg working, lying on your left side` when `lyingOn` is given,
    /// `right side` otherwise.
    public func spoken(lyingOn: Side?) -> String {
        guard let lyingOn else { return "\(rawValue) side" }
        return "\(rawValue) leg working, lying on your \(lyingOn.rawValue) side"
    }

    /// For the teacher's timeline: `R (lying on L)` when `lyingOn` is given, `R` otherwise.
    public func short(lyingOn: Side?) -> String {
        guard let lyingOn else { return letter }
        return "\(letter) (lying on \(lyingOn.letter))"
    }
}

extension TimelineItem {
    /// The side the body lies on, for side-lying rows with a side; nil for every other row.
    public var lyingSide: Side? {
        guard position == .sideLying, let side else { return nil }
        return side.lyingSide(exercise.workingLeg)
    }

    /// The row's side for students (`right leg working, lying on your left side`), or nil.
    public var sideSpoken: String? { side?.spoken(lyingOn: lyingSide) }

    /// The row's side for the teacher's timeline (`R (lying on L)`, `L`), or nil.
    public var sideShort: String? { side?.short(lyingOn: lyingSide) }
}
