import Testing
@testable import PlanCore

@Test func clockAndSpokenForms() {
    #expect(Duration.seconds(45).clock == "0:45")
    #expect(Duration.seconds(725).clock == "12:05")
    #expect(Duration.seconds(3750).clock == "1:02:30")
    #expect(Duration.seconds(90).spoken == "1 min 30 s")
    #expect(Duration.minutes(75).spoken == "1 h 15 min")
    #expect(Duration.zero.spoken == "0 s")
}

@Test func impossibleDatesAreRejected() {
    #expect(PlanDate(year: 2026, month: 2, day: 29) == nil)
    #expect(PlanDate(year: 2028, month: 2, day: 29) != nil)
    #expect(PlanDate(year: 2026, month: 13, day: 1) == nil)
    #expect(PlanDate(year: 2026, month: 12, day: 1)?.description == "2026-12-01")
}
