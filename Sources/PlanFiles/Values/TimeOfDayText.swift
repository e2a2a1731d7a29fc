import Foundation
import PlanCore

/// Reads a time of day as a plan writes it: `07:30`, `7:30`, `18:00` (a 24-hour clock).
enum TimeOfDayText {
    /// The time, or nil when the text is not one.
    static func parse(_ text: String) -> TimeOfDay? {
        let parts = text.trimmingCharacters(in: .whitespaces).split(separator: ":", omittingEmptySubsequences: false)
        guard parts.count == 2, (1...2).contains(parts[0].count), parts[1].count == 2,
              parts.allSatisfy({ $0.allSatisfy(\.isASCII) && $0.allSatisfy(\.isNumber) }),
              let hour = Int(parts[0]), let minute = Int(parts[1]) else { return nil }
        return TimeOfDay(hour: hour, minute: minute)
    }
}
