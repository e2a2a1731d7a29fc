import Testing
import PlanCore
@testable import PlanFiles

@Test(arguments: [
    ("07:30", 7, 30), ("7:30", 7, 30), ("18:00", 18, 0), ("0:05", 0, 5),
    ("7:30 pm", 19, 30), ("7:30pm", 19, 30), ("7pm", 19, 0), ("7 PM", 19, 0), ("6:45 a.m.", 6, 45),
    ("12:15 am", 0, 15), ("12 pm", 12, 0), ("12:30 p.m.", 12, 30),
])
func readsATimeOfDay(_ text: String, _ hour: Int, _ minute: Int) {
    #expect(TimeOfDayText.parse(text) == TimeOfDay(hour: hour, minute: minute))
}

@Test(arguments: ["24:30", "7.30", "7.30am", "13:00 pm", "0 am", "7:3", "seven", "", "pm", "7:60"])
func refusesWhatIsNotATimeOfDay(_ text: String) {
    #expect(TimeOfDayText.parse(text) == nil)
}
