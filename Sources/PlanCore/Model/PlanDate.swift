/// A calendar date, as written in a plan (`2026-12-01`). No clock and no time zone.
public struct PlanDate: Sendable, Hashable, Comparable, CustomStringConvertible {
    public var year: Int
    public var month: Int
    public var day: Int

    /// A date, or nil when the day does not exist in that month (30 February).
    public init?(year: Int, month: Int, day: Int) {
        guard (1...9999).contains(year), (1...12).contains(month), day >= 1,
              day <= PlanDate.daysIn(month: month, year: year) else { return nil }
        self.year = year
        self.month = month
        self.day = day
    }

    /// The number of days in a month of the Gregorian calendar.
    public static func daysIn(month: Int, year: Int) -> Int {
        switch month {
        case 2: return (year % 4 == 0 && year % 100 != 0) || year % 400 == 0 ? 29 : 28
        case 4, 6, 9, 11: return 30
        default: return 31
        }
    }

    /// The next day: a class's home practice starts on the day after it.
    public var dayAfter: PlanDate {
        if day < PlanDate.daysIn(month: month, year: year) { return PlanDate(year: year, month: month, day: day + 1)! }
        if month < 12 { return PlanDate(year: year, month: month + 1, day: 1)! }
        // 9999-12-31 has no day after it in a four-digit year; the practice starts that day.
        return PlanDate(year: year + 1, month: 1, day: 1) ?? self
    }

    /// `YYYY-MM-DD`.
    public var description: String {
        func pad(_ n: Int, _ w: Int) -> String {
            let s = String(n)
            return String(repeating: "0", count: max(0, w - s.count)) + s
        }
        return "\(pad(year, 4))-\(pad(month, 2))-\(pad(day, 2))"
    }

    public static func < (a: PlanDate, b: PlanDate) -> Bool {
        (a.year, a.month, a.day) < (b.year, b.month, b.day)
    }
}
