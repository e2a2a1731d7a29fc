import PlanCore

/// Reading the times teachers write: `45s`, `1min`, `1m30s`, `90s`, `1h15min`, `1:30`,
/// `1 minute`, `30 seconds`, `2 minutes`, and practice lengths such as `4 weeks`.
public enum DurationText {
    /// What a piece of text says as a time.
    public enum Reading: Equatable, Sendable {
        /// A time in seconds; may be zero or negative, which callers judge.
        case seconds(Int)
        /// A number with no unit (`90`): seconds or minutes is anyone's guess.
        case bareNumber
        /// A time, but longer than any duration may be (`Limits.longestDurationSeconds`).
        case tooLong
        /// Not a time.
        case invalid
    }

    private static let units: [(names: Set<String>, seconds: Int)] = [
        (["h", "hr", "hrs", "hour", "hours"], 3600),
        (["m", "min", "mins", "minute", "minutes"], 60),
        (["s", "sec", "secs", "second", "seconds"], 1),
    ]

    /// Reads `text` as a time.
    public static func read(_ text: String) -> Reading {
        var s = text.trimmingCharacters(in: .whitespaces).lowercased()
        var sign = 1
        if s.hasPrefix("-") { sign = -1; s.removeFirst(); s = s.trimmingCharacters(in: .whitespaces) }
        guard !s.isEmpty, s.count <= 40 else { return .invalid }
        if s.allSatisfy(\.isASCIIDigit) { return .bareNumber }
        if s.contains(":") {
            guard let total = clock(s) else { return .invalid }
            return total <= Limits.longestDurationSeconds ? .seconds(sign * total) : .tooLong
        }

        // Number-unit pairs, largest unit first, each unit at most once: `1h 15min`,
        // `1 minute 30 seconds`, `1m30s`, `1.5min`.
        var total = 0.0
        var index = s.startIndex
        var lastUnit = -1
        while index < s.endIndex {
            while index < s.endIndex, s[index] == " " || s[index] == "," { index = s.index(after: index) }
            guard index < s.endIndex else { break }
            if s[index...].hasPrefix("and ") { index = s.index(index, offsetBy: 4); continue }
            let numberStart = index
            while index < s.endIndex, s[index].isASCIIDigit || s[index] == "." { index = s.index(after: index) }
            guard let number = Double(s[numberStart..<index]) else { return .invalid }
            while index < s.endIndex, s[index] == " " { index = s.index(after: index) }
            let unitStart = index
            while index < s.endIndex, s[index].isLetter { index = s.index(after: index) }
            let unit = String(s[unitStart..<index])
            guard let u = units.firstIndex(where: { $0.names.contains(unit) }), u > lastUnit else { return .invalid }
            lastUnit = u
            total += number * Double(units[u].seconds)
        }
        guard lastUnit >= 0, total == total.rounded() || total > Double(Limits.longestDurationSeconds) else { return .invalid }
        guard total <= Double(Limits.longestDurationSeconds) else { return .tooLong }
        return .seconds(sign * Int(total))
    }

    /// `m:ss` or `h:mm:ss`.
    private static func clock(_ s: String) -> Int? {
        let parts = s.split(separator: ":", omittingEmptySubsequences: false)
        guard parts.count == 2 || parts.count == 3,
              parts.allSatisfy({ !$0.isEmpty && $0.count <= 4 && $0.allSatisfy(\.isASCIIDigit) }) else { return nil }
        let numbers = parts.compactMap { Int($0) }
        guard numbers.count == parts.count else { return nil }
        // Every part after the first is two digits under 60.
        for (i, part) in parts.enumerated() where i > 0 {
            guard part.count == 2, numbers[i] < 60 else { return nil }
        }
        // Four digits a part at most: no sum here can overflow.
        return numbers.reduce(0) { $0 * 60 + $1 }
    }

    /// Reads a practice length (`4 weeks`, `28 days`, `1 week`, `28`) as days.
    public static func days(_ text: String) -> Int? {
        let s = text.trimmingCharacters(in: .whitespaces).lowercased()
        guard s.count <= 20 else { return nil }
        if let n = Int(s) { return n }
        let parts = s.split(separator: " ", omittingEmptySubsequences: true)
        var number: Substring, unit: Substring
        if parts.count == 2 {
            number = parts[0]; unit = parts[1]
        } else if parts.count == 1, let split = s.firstIndex(where: \.isLetter) {
            number = s[..<split]; unit = s[split...]
        } else {
            return nil
        }
        guard let n = Int(number) else { return nil }
        switch unit {
        case "d", "day", "days": return n
        case "w", "wk", "wks", "week", "weeks":
            // Nineteen digits of weeks do not fit in days: not a length, rather than a trap.
            let (days, overflow) = n.multipliedReportingOverflow(by: 7)
            return overflow ? nil : days
        default: return nil
        }
    }
}

private extension Character {
    var isASCIIDigit: Bool { isASCII && isNumber }
}
