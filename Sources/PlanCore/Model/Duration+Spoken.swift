/// Durations said the way people say them, for text a student reads: "about 6 minutes",
/// "1 minute each side". The terse `spoken` form (`6 min 15 s`) is for the teacher's tables.
extension Duration {
    /// The whole duration in words, nothing rounded: `45 seconds`, `1 minute`,
    /// `1 minute 30 seconds`, `1 hour 15 minutes`. For doses, which are what the plan says.
    public var spokenExactly: String {
        let h = seconds / 3600, m = (seconds % 3600) / 60, s = seconds % 60
        var parts: [String] = []
        if h > 0 { parts.append(Self.count(h, "hour")) }
        if m > 0 { parts.append(Self.count(m, "minute")) }
        if s > 0 || parts.isEmpty { parts.append(Self.count(s, "second")) }
        return parts.joined(separator: " ")
    }

    /// A length as people say it: rounded to what a listener keeps in mind, with `about`
    /// when rounding changed it. `6:15` is `about 6 minutes`, `6:00` is `6 minutes`,
    /// `0:43` is `about 45 seconds`, `44:59` is `about 45 minutes`.
    public var spokenRoughly: String {
        let rounded = self.rounded
        let said = rounded.spokenExactly
        return rounded == self ? said : "about \(said)"
    }

    /// A dose for one exercise: `1 minute each side`, `45 seconds`.
    public func spokenDose(eachSide: Bool) -> String {
        eachSide ? "\(spokenExactly) each side" : spokenExactly
    }

    /// The duration rounded the way `spokenRoughly` says it: to 5 seconds under a minute,
    /// to the minute under 20 minutes, to 5 minutes beyond (nobody plans a 23-minute walk).
    public var rounded: Duration {
        let unit: Int
        switch seconds {
        case ..<Self.minuteSeconds: unit = 5
        case ..<Self.wholeMinutesBelow: unit = Self.minuteSeconds
        default: unit = 5 * Self.minuteSeconds
        }
        // Never round a short time down to nothing: 2 s is still "about 5 seconds".
        let n = max(seconds > 0 ? 1 : 0, (seconds + unit / 2) / unit)
        return .seconds(n * unit)
    }

    private static let minuteSeconds = 60
    /// Lengths below this are said to the minute; longer ones to five minutes.
    private static let wholeMinutesBelow = 20 * 60

    private static func count(_ n: Int, _ unit: String) -> String { "\(n) \(unit)\(n == 1 ? "" : "s")" }
}
