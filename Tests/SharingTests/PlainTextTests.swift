import PlanCore
import Testing
@testable import Sharing

@Suite struct PlainTextTests {
    @Test func listsTheRoutineWithTimesSidesAndCues() {
        let routine = Fixtures.routine(Fixtures.hipPlan())
        let text = PlainTextRoutine(routine: routine).markdown
        #expect(text.hasPrefix("# Hip rotations at home\n"))
        #expect(text.contains("- 0:00  Hip rotation, feet lifted, right leg working, lying on your left side, 1 minute\n"))
        #expect(text.contains("- 3:00  Roll over onto your other side (15 seconds)\n"))
        #expect(text.contains("- 5:15  Hip rotation, tabletop, left leg working, lying on your right side, 1 minute\n"))
        #expect(text.contains("1. **Hip rotation, feet lifted**: 1 minute each side\n   Remember: Turn the dial; the knee rises because the thigh turns.\n"))
        #expect(text.contains(routine.dailyDose))
        #expect(text.contains("Total: 6:15, about 6 minutes"))
        // It reads in an email: no code spans, whose backticks would show as they are.
        #expect(!text.contains("`"))
        #expect(text.contains("Class page: <https://example.org/hip-rotations>"))
        #expect(text.hasSuffix("\n"))
    }

    @Test func countedWorkShowsItsReps() {
        let text = PlainTextRoutine(routine: Fixtures.routine(Fixtures.mixedPlan())).markdown
        #expect(text.contains("Glute bridge, 10 reps\n"))
        #expect(text.contains("2. **Glute bridge**: 10 reps\n"))
    }

    @Test func teacherTextCannotBecomeMarkup() {
        let text = PlainTextRoutine(routine: Fixtures.routine(Fixtures.mixedPlan())).markdown
        #expect(!text.contains("<script>"))
        #expect(text.contains("Remember: \\<script\\>alert(1)\\</script\\> & keep \"calm\""))
        #expect(text.contains("> See you \\<b\\>next\\</b\\> week & practise!"))
    }

    @Test func markdownInTeacherTextStaysLiteralAndLinksStayWhole() {
        var routine = Fixtures.routine(Fixtures.hipPlan())
        routine.title = "#1 *hips* & knees #"
        routine.message = "1. Bring a [mat] | a `towel` ~now~ &amp;"
        routine.exercises[0].keyCue = "Keep_the knee *soft* <b>"
        routine.link = "https://example.org/my_class_page"
        let text = PlainTextRoutine(routine: routine).markdown
        #expect(text.hasPrefix("# \\#1 \\*hips\\* & knees \\#\n"))
        #expect(text.contains("\n> 1\\. Bring a \\[mat\\] \\| a \\`towel\\` \\~now\\~ \\&amp;\n"))
        #expect(text.contains("   Remember: Keep\\_the knee \\*soft\\* \\<b\\>\n"))
        #expect(text.contains("Class page: <https://example.org/my_class_page>\n"))
    }

    @Test func aListLikeStartIsEscapedOnlyAtTheStartOfALine() {
        #expect(PlainTextRoutine.lineStart("- not a list") == "\\- not a list")
        #expect(PlainTextRoutine.lineStart("2) two") == "2\\) two")
        #expect(PlainTextRoutine.lineStart("2026 plans") == "2026 plans")
        #expect(PlainTextRoutine.autolink("https://example.org/a b") == "https://example.org/a%20b")
    }
}
