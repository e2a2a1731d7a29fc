/// A side said so nobody has to guess which one is meant. In side-lying work the side of a
/// timeline row is the working leg, the top one, so the body lies on the other side: "right"
/// alone leaves a student wondering whether to lie on their right.
extension Side {
    /// The side the body lies on when this leg works lying on the side.
    public var lyingSide: Side { opposite }

    /// For students: `right leg working, lying on your left side` in side-lying work,
    /// `right side` in any other position.
    public func spoken(in position: BodyPosition) -> String {
        guard position == .sideLying else { return "\(rawValue) side" }
        return "\(rawValue) leg working, lying on your \(lyingSide.rawValue) side"
    }

    /// For the teacher's timeline: `R (lying on L)` in side-lying work, `R` elsewhere.
    public func short(in position: BodyPosition) -> String {
        guard position == .sideLying else { return letter }
        return "\(letter) (lying on \(lyingSide.letter))"
    }
}
