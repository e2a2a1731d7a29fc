import Testing
@testable import PlanCore

@Test(arguments: [
    (45, "45 seconds"), (1, "1 second"), (60, "1 minute"), (90, "1 minute 30 seconds"),
    (120, "2 minutes"), (3600, "1 hour"), (4500, "1 hour 15 minutes"), (0, "0 seconds"),
])
func exactlyInWords(seconds: Int, words: String) {
    #expect(Duration.seconds(seconds).spokenExactly == words)
}

@Test(arguments: [
    (375, "about 6 minutes"), (360, "6 minutes"), (43, "about 45 seconds"), (2, "about 5 seconds"),
    (2699, "about 45 minutes"), (405, "about 7 minutes"), (30, "30 seconds"),
    (1290, "about 20 minutes"), (3960, "about 1 hour 5 minutes"), (0, "0 seconds"),
])
func roughlyAsPeopleSayIt(seconds: Int, words: String) {
    #expect(Duration.seconds(seconds).spokenRoughly == words)
}

@Test func aRoughLengthNeverCarriesSeconds() {
    for s in stride(from: 60, through: 7200, by: 7) {
        let said = Duration.seconds(s).spokenRoughly
        #expect(!said.contains("second"), "\(s) s said as \(said)")
    }
}

@Test func dosesSayTheSide() {
    #expect(Duration.minutes(1).spokenDose(eachSide: true) == "1 minute each side")
    #expect(Duration.seconds(45).spokenDose(eachSide: false) == "45 seconds")
}
