import Foundation
import PlanCore

/// Reads a time of day as a plan writes it: `07:30`, `7:30`, `18:00`, `6:30 pm`.
enum TimeOfDayText {
    /// The time, or nil when the text is not one: `07:30`, `18:00`, or on a twelve-hour
    /// clock `7:30 pm`, `7pm`, `12:15 a.m.`.
    static func parse(_ text: String) -> TimeOfDay? {
        var clock = text.trimmingCharacters(in: .whitespaces).lowercased()
        var half: String?
        for (suffix, name) in [("a.m.", "am"), ("p.m.", "pm"), ("am", "am"), ("pm", "pm")] where clock.hasSuffix(suffix) {
            half = name
            clock = String(clock.dropLast(suffix.count)).trimmingCharacters(in: .whitespaces)
            break
        }
        if half != nil, !clock.contains(":") { clock += ":00" }
        let parts = clock.split(separator: ":", omittingEmptySubsequences: false)
        guard parts.count == 2, (1...2).contains(parts[0].count), parts[1].count == 2,
              parts.allSatisfy({ $0.allSatisfy(\.isASCII) && $0.allSatisfy(\.isNumber) }),
              var hour = Int(parts[0]), let minute = Int(parts[1]) else { return nil }
        if let half {
            guard (1...12).contains(hour) else { return nil }
            hour = hour % 12 + (half == "pm" ? 12 : 0)
        }
        return TimeOfDay(hour: hour, minute: minute)
    }
}
