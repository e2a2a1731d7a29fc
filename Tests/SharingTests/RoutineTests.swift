import PlanCore
import Testing
@testable import Sharing

@Suite struct RoutineTests {
    @Test func hipSeriesReadsAsStepsAndEntries() {
        let routine = Fixtures.routine(Fixtures.hipPlan())
        let lines = routine.steps.map { "\($0.start.clock) \($0.side?.letter ?? "-") \($0.text)" }
        #expect(lines == [
            "0:00 R Hip rotation, feet lifted",
            "1:00 R Hip rotation, feet down",
            "2:00 R Hip rotation, tabletop",
            "3:00 L Roll over onto your other side",
            "3:15 L Hip rotation, feet lifted",
            "4:15 L Hip rotation, feet down",
            "5:15 L Hip rotation, tabletop",
        ])
        #expect(routine.exercises.map(\.slug) == ["01-feet-lifted", "02-feet-down", "03-tabletop"])
        #expect(routine.exercises.map(\.dose) == Array(repeating: "1 minute each side", count: 3))
        #expect(routine.exercises[0].keyCue == "Turn the dial; the knee rises because the thigh turns.")
        #expect(routine.blocks.map(\.id) == ["hips"])
        #expect(routine.dailyDose == "Every day for 4 weeks: about 6 minutes in all, 3 minutes of work on each side.")
    }

    @Test func mixedWorkGetsItsOwnDoses() {
        let routine = Fixtures.routine(Fixtures.mixedPlan())
        #expect(routine.exercises.map(\.dose) == ["2 minutes", "10 reps", "1 minute each side", "1 minute each side",
                                                  "1 minute each side", "2 minutes"])
        #expect(routine.practicePeriod == "10 days")
        #expect(routine.dailyDose.hasPrefix("Every day for 10 days: about "))
        #expect(routine.dailyDose.contains("3 minutes of work on each side"))
        #expect(routine.dailyDose.contains("about 5 minutes for both sides together"))
        // Student text says times as people say them, never `min` and `s`.
        #expect(!routine.dailyDose.contains(" min ") && !routine.dailyDose.contains(" s "))
    }

    @Test func slugsAreSafeFileNames() {
        #expect(StudentRoutine.slug(number: 3, id: "Ü ber/../x") == "03-ber-x")
        #expect(StudentRoutine.slug(number: 12, id: "---") == "12")
    }

    @Test func aPlanWithoutShareStillHasAPracticePeriod() {
        var plan = Fixtures.hipPlan()
        plan.share = nil
        let routine = Fixtures.routine(plan)
        #expect(routine.practiceDays == 28)
        #expect(routine.link == nil)
    }
}
