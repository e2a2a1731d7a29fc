/// A length of time in whole seconds: the unit of every dose, transition and total.
///
/// Named after the plan file's word; inside modules that import PlanCore it shadows
/// `Swift.Duration`, which the planner never needs.
public struct Duration: Sendable, Hashable, Comparable, Codable {
    /// The number of whole seconds; never negative in a validated plan.
    public var seconds: Int

    /// A duration of `seconds` whole seconds.
    public init(seconds: Int) { self.seconds = seconds }

    /// A duration of `n` seconds.
    public static func seconds(_ n: Int) -> Duration { Duration(seconds: n) }
    /// A duration of `n` minutes.
    public static func minutes(_ n: Int) -> Duration { Duration(seconds: n * 60) }
    /// No time at all.
    public static let zero = Duration(seconds: 0)

    public static func < (a: Duration, b: Duration) -> Bool { a.seconds < b.seconds }
    public static func + (a: Duration, b: Duration) -> Duration { Duration(seconds: a.seconds + b.seconds) }
    public static func - (a: Duration, b: Duration) -> Duration { Duration(seconds: a.seconds - b.seconds) }
    public static func * (a: Duration, n: Int) -> Duration { Duration(seconds: a.seconds * n) }
    public static func += (a: inout Duration, b: Duration) { a.seconds += b.seconds }

    /// Clock form for timelines: `0:45`, `12:05`, `1:02:30`.
    public var clock: String {
        let h = seconds / 3600, m = (seconds % 3600) / 60, s = seconds % 60
        let ss = s < 10 ? "0\(s)" : "\(s)"
        if h > 0 { return "\(h):\(m < 10 ? "0" : "")\(m):\(ss)" }
        return "\(m):\(ss)"
    }

    /// Spoken form for handouts: `45 s`, `1 min`, `1 min 30 s`, `1 h 15 min`.
    public var spoken: String {
        let h = seconds / 3600, m = (seconds % 3600) / 60, s = seconds % 60
        var parts: [String] = []
        if h > 0 { parts.append("\(h) h") }
        if m > 0 { parts.append("\(m) min") }
        if s > 0 || parts.isEmpty { parts.append("\(s) s") }
        return parts.joined(separator: " ")
    }
}

extension Duration: CustomStringConvertible {
    public var description: String { spoken }
}
