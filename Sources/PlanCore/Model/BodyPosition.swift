/// The body position an exercise is done in; transitions are timed from these.
public enum BodyPosition: String, Sendable, Hashable, CaseIterable, Codable {
    case supine
    case sideLying = "side-lying"
    case prone
    case quadruped
    case kneeling
    case seated
    case standing

    /// True for every position done on the mat rather than on the feet.
    public var isFloor: Bool { self != .standing }

    /// The word a plan file uses.
    public var name: String { rawValue }
}
