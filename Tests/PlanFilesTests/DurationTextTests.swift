import Testing
@testable import PlanFiles

@Test(arguments: [
    ("45s", 45), ("1min", 60), ("1m30s", 90), ("90s", 90), ("1h15min", 4500), ("1:30", 90),
    ("1 minute", 60), ("30 seconds", 30), ("2 minutes", 120), ("1 min 30 s", 90), ("1h 15m", 4500),
    ("1 minute 30 seconds", 90), ("1.5min", 90), ("1:02:30", 3750), ("45 sec", 45), ("0s", 0), ("-30s", -30),
])
func readsDuration(_ text: String, _ seconds: Int) {
    #expect(DurationText.read(text) == .seconds(seconds))
}

@Test(arguments: ["1 minit", "1:3", "1:75", "s", "min", "30s 1min", "1min1min", "abc", "", "1.3333s", "1::30"])
func rejectsDuration(_ text: String) {
    #expect(DurationText.read(text) == .invalid)
}

@Test func bareNumberIsFlagged() {
    #expect(DurationText.read("90") == .bareNumber)
}

@Test func practiceLengths() {
    #expect(DurationText.days("4 weeks") == 28)
    #expect(DurationText.days("28 days") == 28)
    #expect(DurationText.days("1 week") == 7)
    #expect(DurationText.days("2w") == 14)
    #expect(DurationText.days("21") == 21)
    #expect(DurationText.days("a month") == nil)
}

@Test func suggestionsFindTyposOnly() {
    #expect(EditDistance.suggestion(for: "glute-brige", among: ["glute-bridge", "cat-cow"]) == "glute-bridge")
    #expect(EditDistance.suggestion(for: "per-side", among: ["per_side", "time"]) == "per_side")
    #expect(EditDistance.suggestion(for: "tiel", among: ["title", "teacher"]) == "title")
    #expect(EditDistance.suggestion(for: "right", among: ["right-first", "left-first", "alternate"]) == "right-first")
    #expect(EditDistance.suggestion(for: "plank", among: ["glute-bridge", "cat-cow"]) == nil)
}

@Test(arguments: ["3000h", "99999999999999999999s", "9999:59:59", "2778 hours"])
func aTimePastTheLongestIsTooLongNotUnreadable(_ text: String) {
    #expect(DurationText.read(text) == .tooLong)
}
