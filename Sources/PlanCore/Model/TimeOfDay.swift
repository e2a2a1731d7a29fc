/// A time on a clock face, as written in a plan (`07:30`). No date and no time zone: the
/// calendar reminder means it in the student's own local time.
public struct TimeOfDay: Sendable, Hashable, Comparable, CustomStringConvertible {
    /// 0 to 23.
    public var hour: Int
    /// 0 to 59.
    public var minute: Int

    /// A time of day, or nil when the hour or minute is off the clock.
    public init?(hour: Int, minute: Int) {
        guard (0...23).contains(hour), (0...59).contains(minute) else { return nil }
        self.hour = hour
        self.minute = minute
    }

    /// When the practice reminder rings unless the plan's `share.reminder` says otherwise.
    public static let defaultReminder = TimeOfDay(hour: 8, minute: 0)!

    /// `HH:MM`.
    public var description: String {
        (hour < 10 ? "0" : "") + "\(hour):" + (minute < 10 ? "0" : "") + "\(minute)"
    }

    public static func < (a: TimeOfDay, b: TimeOfDay) -> Bool { (a.hour, a.minute) < (b.hour, b.minute) }
}
