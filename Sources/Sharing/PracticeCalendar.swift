import PlanCore

/// A daily practice reminder as an iCalendar file (RFC 5545): one event on the first day of
/// practice, repeated daily for the practice period, with the routine in its description.
///
/// Everything in it comes from its inputs (no clock), so the same routine gives the same
/// bytes: DTSTAMP is the first day at midnight UTC, and the UID is a hash of the content.
public struct PracticeCalendar: Sendable, Equatable {
    /// The routine to practise.
    public var routine: StudentRoutine
    /// The first day of practice.
    public var firstDay: PlanDate
    /// The local time of day the reminder starts. It is written without a time zone
    /// ("floating"), so it means that hour wherever the student is.
    public var reminder: TimeOfDay

    /// A reminder at `reminder` local time (the plan's `share.reminder` when nil), from
    /// `firstDay` (the day after the class's date when nil). Returns nil when neither names
    /// a day.
    public init?(routine: StudentRoutine, firstDay: PlanDate? = nil, reminder: TimeOfDay? = nil) {
        guard let day = firstDay ?? routine.date?.dayAfter else { return nil }
        self.routine = routine
        self.firstDay = day
        self.reminder = reminder ?? routine.reminder
    }

    /// The file's content lines, before folding.
    public var contentLines: [String] {
        let start = Self.basic(firstDay)
        var lines = [
            "BEGIN:VCALENDAR",
            "VERSION:2.0",
            "PRODID:-//ClassPlanner//classplan share//EN",
            "CALSCALE:GREGORIAN",
            "METHOD:PUBLISH",
            "BEGIN:VEVENT",
            "UID:\(uid)",
            "DTSTAMP:\(start)T000000Z",
            "DTSTART:\(start)T\(Self.pad(reminder.hour))\(Self.pad(reminder.minute))00",
            "DURATION:" + Self.duration(routine.total),
            "RRULE:FREQ=DAILY;COUNT=\(routine.practiceDays)",
            "SUMMARY:" + ICalendarText.escape(PackWords.calendarSummaryPrefix + routine.title),
            "DESCRIPTION:" + ICalendarText.escape(description),
            "TRANSP:TRANSPARENT",
        ]
        if let link = routine.link, ICalendarText.isURI(link) {
            lines.append("URL:" + link)
        }
        lines += [
            "BEGIN:VALARM",
            "ACTION:DISPLAY",
            "DESCRIPTION:" + ICalendarText.escape(PackWords.calendarSummaryPrefix + routine.title),
            "TRIGGER:PT0M",
            "END:VALARM",
            "END:VEVENT",
            "END:VCALENDAR",
        ]
        return lines
    }

    /// The file: content lines folded at 75 octets, each ended by CRLF, in UTF-8.
    public var text: String {
        contentLines.map { ICalendarText.fold($0) + "\r\n" }.joined()
    }

    /// The description: the daily dose, then the routine with times, sides and key cues.
    public var description: String {
        PlainTextRoutine(routine: routine).calendarDescription
    }

    /// A stable identifier: the same routine and first day always give the same UID, and a
    /// different routine a different one.
    public var uid: String {
        var hasher = FNV1a()
        hasher.add(routine.title)
        hasher.add(Self.basic(firstDay))
        for step in routine.steps {
            hasher.add(step.text)
            hasher.add(String(step.start.seconds))
            hasher.add(step.side?.rawValue ?? "-")
        }
        hasher.add(String(routine.practiceDays))
        return "\(Self.basic(firstDay))-\(hasher.hex)@classplan"
    }

    /// An RFC 5545 duration, to the second: `PT6M15S`, `PT1H5M`. An empty routine still
    /// books a second, since a zero-length event vanishes from some calendars.
    static func duration(_ d: Duration) -> String {
        let s = max(1, d.seconds)
        var out = "PT"
        if s >= 3600 { out += "\(s / 3600)H" }
        if s % 3600 >= 60 { out += "\(s % 3600 / 60)M" }
        if s % 60 > 0 { out += "\(s % 60)S" }
        return out
    }

    /// `20261201`.
    static func basic(_ date: PlanDate) -> String {
        let y = String(date.year)
        return String(repeating: "0", count: max(0, 4 - y.count)) + y + pad(date.month) + pad(date.day)
    }

    static func pad(_ n: Int) -> String { n < 10 ? "0\(n)" : "\(n)" }
}

/// FNV-1a, 64 bits: a small stable hash (Swift's `Hasher` is seeded per run).
struct FNV1a {
    private(set) var value: UInt64 = 0xcbf2_9ce4_8422_2325

    /// Mixes in the text's UTF-8 bytes and a separator, so `ab`+`c` differs from `a`+`bc`.
    mutating func add(_ text: String) {
        for byte in text.utf8 { mix(byte) }
        mix(0)
    }

    private mutating func mix(_ byte: UInt8) {
        value ^= UInt64(byte)
        value = value &* 0x0000_0100_0000_01b3
    }

    /// Sixteen lower-case hex digits.
    var hex: String {
        let digits = String(value, radix: 16)
        return String(repeating: "0", count: 16 - digits.count) + digits
    }
}
