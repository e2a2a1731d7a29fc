import Foundation
import Handouts
import PlanCore
import Testing
@testable import Sharing

@Suite struct AccessibleSharingTests {
    @Test func thePageCarriesThePlansLanguage() {
        var plan = Fixtures.hipPlan()
        #expect(HTMLPageTests.page(plan).html.contains("<html lang=\"en\">"))
        plan.language = "de-CH"
        #expect(HTMLPageTests.page(plan).html.contains("<html lang=\"de-CH\">"))
    }

    @Test func everyInlineFigureIsAnImageWithItsAltText() throws {
        let routine = Fixtures.routine(Fixtures.hipPlan())
        let html = HTMLPage(routine: routine, figures: Fixtures.figures(for: routine)).html
        let svgs = html.components(separatedBy: "<svg ").dropFirst()
        #expect(svgs.count == routine.exercises.count + routine.blocks.flatMap { $0.cues + $0.palpation }
            .filter { $0.illustration != nil }.count)
        for svg in svgs {
            let tag = svg.prefix { $0 != ">" }
            #expect(tag.contains("role=\"img\""))
            #expect(tag.contains("aria-label=\""))
            #expect(!tag.contains("aria-label=\"\""))
            #expect(svg.contains("<title>"))
        }
        for entry in routine.exercises {
            let alt = HTMLChecks.escape(FigureAltText.text(for: entry.exercise))
            #expect(html.contains("aria-label=\"\(HTMLChecks.escape(entry.name)): \(alt)\""))
        }
    }

    @Test func theTextShowsEachPhoneCardWithItsAltText() {
        let routine = Fixtures.routine(Fixtures.hipPlan())
        let cards = Dictionary(uniqueKeysWithValues: routine.exercises.map { ($0.number, StudentPack.FileName.card($0)) })
        let text = PlainTextRoutine(routine: routine, cards: cards).markdown
        for entry in routine.exercises {
            #expect(text.contains("![\(PlainTextRoutine.inline(PackFigures.altText(for: entry)))](\(StudentPack.FileName.card(entry)))"))
        }
        #expect(!PlainTextRoutine(routine: routine).markdown.contains("!["))
    }
}
