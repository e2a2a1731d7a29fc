import Foundation
import PlanCore
import Testing
@testable import Sharing

@Suite struct CalendarTests {
    /// The file's physical lines, split on CRLF; fails the test on any bare CR or LF.
    static func physicalLines(_ text: String) -> [String] {
        let bytes = Array(text.utf8)
        for (i, b) in bytes.enumerated() {
            if b == 0x0A { #expect(i > 0 && bytes[i - 1] == 0x0D, "a bare LF at octet \(i)") }
            if b == 0x0D { #expect(i + 1 < bytes.count && bytes[i + 1] == 0x0A, "a bare CR at octet \(i)") }
        }
        #expect(text.hasSuffix("\r\n"))
        return text.components(separatedBy: "\r\n").dropLast().map { $0 }
    }

    /// Content lines after unfolding (RFC 5545 3.1).
    static func unfolded(_ text: String) -> [String] {
        var lines: [String] = []
        for line in physicalLines(text) {
            if line.hasPrefix(" ") || line.hasPrefix("\t"), !lines.isEmpty {
                lines[lines.count - 1] += line.dropFirst()
            } else {
                lines.append(line)
            }
        }
        return lines
    }

    /// Undoes TEXT escaping.
    static func unescape(_ value: String) -> String {
        var out = "", escaping = false
        for ch in value {
            if escaping {
                out.append(ch == "n" || ch == "N" ? "\n" : ch)
                escaping = false
            } else if ch == "\\" {
                escaping = true
            } else {
                out.append(ch)
            }
        }
        return out
    }

    static func value(_ name: String, in lines: [String]) -> String? {
        lines.first { $0.hasPrefix(name + ":") }.map { String($0.dropFirst(name.count + 1)) }
    }

    @Test(arguments: [Fixtures.hipPlan(), Fixtures.mixedPlan()])
    func followsRFC5545(_ plan: Plan) throws {
        let routine = Fixtures.routine(plan)
        let calendar = try #require(PracticeCalendar(routine: routine))
        let text = calendar.text
        for line in Self.physicalLines(text) {
            #expect(line.utf8.count <= 75, "a line of \(line.utf8.count) octets: \(line)")
        }
        let lines = Self.unfolded(text)
        #expect(lines.first == "BEGIN:VCALENDAR")
        #expect(lines.last == "END:VCALENDAR")
        #expect(lines.contains("VERSION:2.0"))
        #expect(Self.value("PRODID", in: lines) != nil)
        #expect(lines.filter { $0 == "BEGIN:VEVENT" }.count == 1)
        let uid = try #require(Self.value("UID", in: lines))
        #expect(!uid.isEmpty)
        // Practice starts the day after the class.
        let date = try #require(plan.date)
        let day = PracticeCalendar.basic(date.dayAfter)
        #expect(Self.value("DTSTAMP", in: lines) == "\(day)T000000Z")
        #expect(Self.value("DTSTART", in: lines) == "\(day)T080000")
        #expect(Self.value("DURATION", in: lines) == PracticeCalendar.duration(routine.total))
        #expect(Self.value("RRULE", in: lines) == "FREQ=DAILY;COUNT=\(routine.practiceDays)")
        // Within the event, every TEXT value unescapes back to what was meant.
        let summary = try #require(Self.value("SUMMARY", in: lines))
        #expect(Self.unescape(summary) == "Practice: " + plan.title)
        let description = try #require(Self.value("DESCRIPTION", in: lines))
        #expect(Self.unescape(description) == calendar.description)
        #expect(!description.contains("\n"))
        #expect(calendar.description.contains("Total: \(routine.total.clock), \(routine.total.spokenRoughly)"))
        #expect(lines.contains("BEGIN:VALARM") && lines.contains("END:VALARM"))
    }

    @Test func escapesTextValues() {
        #expect(ICalendarText.escape("a\\b;c,d\ne\r\nf\rg\u{7}h") == "a\\\\b\\;c\\,d\\ne\\nf\\ng" + "h")
        let routine = Fixtures.routine(Fixtures.mixedPlan())
        let text = PracticeCalendar(routine: routine)!.text
        #expect(text.contains("SUMMARY:Practice: Deep hips\\; steady\\, calm \\\\ pelvis\r\n"))
    }

    @Test func foldsOnUTF8Boundaries() throws {
        let line = "DESCRIPTION:" + String(repeating: "é🙂a", count: 40)
        let folded = ICalendarText.fold(line)
        for physical in folded.components(separatedBy: "\r\n") {
            #expect(physical.utf8.count <= 75)
            // Every physical line is whole UTF-8 on its own: no sequence was cut.
            let bytes = Data(physical.utf8)
            #expect(String(data: bytes, encoding: .utf8) == physical)
        }
        #expect(folded.components(separatedBy: "\r\n").count > 1)
        #expect(folded.replacingOccurrences(of: "\r\n ", with: "") == line)
        // A line of exactly 75 octets stays whole.
        let exact = String(repeating: "x", count: 75)
        #expect(ICalendarText.fold(exact) == exact)
    }

    @Test func isReproducibleAndChangesWithTheRoutine() throws {
        let a = try #require(PracticeCalendar(routine: Fixtures.routine(Fixtures.hipPlan())))
        let b = try #require(PracticeCalendar(routine: Fixtures.routine(Fixtures.hipPlan())))
        #expect(a.text == b.text)
        let c = try #require(PracticeCalendar(routine: Fixtures.routine(Fixtures.hipPlan(days: 14))))
        #expect(a.uid != c.uid)
        #expect(c.text.contains("RRULE:FREQ=DAILY;COUNT=14\r\n"))
    }

    @Test func needsADay() throws {
        let routine = Fixtures.routine(Fixtures.hipPlan(date: nil))
        #expect(PracticeCalendar(routine: routine) == nil)
        let given = try #require(PlanDate(year: 2027, month: 1, day: 5))
        let calendar = try #require(PracticeCalendar(routine: routine, firstDay: given, reminder: TimeOfDay(hour: 18, minute: 30)))
        #expect(calendar.text.contains("DTSTART:20270105T183000\r\n"))
        #expect(calendar.text.contains("DTSTAMP:20270105T000000Z\r\n"))
    }

    @Test func leavesOutALinkThatIsNotAURI() {
        let routine = Fixtures.routine(Fixtures.hipPlan(link: "ask me after class"))
        let text = PracticeCalendar(routine: routine)!.text
        #expect(!text.contains("\r\nURL:"))
        let good = PracticeCalendar(routine: Fixtures.routine(Fixtures.hipPlan()))!.text
        #expect(good.contains("\r\nURL:https://example.org/hip-rotations\r\n"))
    }
}
