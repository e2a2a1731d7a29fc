import Testing
@testable import PlanCore

private func plan(_ items: [PlanItem], length: Duration? = nil, fit: Bool = false) -> Plan {
    Plan(title: "t", length: length, fit: fit, sequence: items,
         keySpans: ["sequence": SourceSpan(file: "p.yaml", line: 9, column: 1)])
}

@Test func homePracticeIsTheMarkedItemsComposedOnTheirOwn() {
    let composer = Composer(library: TestLibrary.library)
    let lesson = composer.compose(plan([
        TestLibrary.item(.block("warm-up")),
        TestLibrary.item(.block("hip-rotation-series"), home: true),
        TestLibrary.item(.exercise("figure-four-stretch")),
        TestLibrary.item(.block("cool-down")),
    ]))
    let home = composer.home(of: lesson)
    #expect(snapshot(home) == TestLibrary.hipSeriesRightFirst)
    #expect(home.total == .seconds(375))
    #expect(home.plan.sequence.count == 1)
    // Marking an item quiets the whole-class warning even though the class is long.
    #expect(!lesson.warnings.contains { $0.message.contains("home: true") })
}

@Test func homePracticeOfTwoItemsGetsItsOwnTransitions() {
    let composer = Composer(library: TestLibrary.library)
    let lesson = composer.compose(plan([
        TestLibrary.item(.exercise("cat-cow"), home: true),
        TestLibrary.item(.block("warm-up")),
        TestLibrary.item(.exercise("savasana"), home: true),
    ]))
    // In class, cat-cow is followed by the supine warm-up; at home it goes straight to
    // savasana, with the one floor change that needs.
    #expect(snapshot(composer.home(of: lesson)) == [
        "0:00 +1:00 - cat-cow",
        "1:00 +0:15 - (floor-change)",
        "1:15 +2:00 - savasana",
    ])
}

@Test func homePracticeKeepsThePlansDosesWhenTheClassIsFitted() {
    let composer = Composer(library: TestLibrary.library)
    let lesson = composer.compose(plan([
        TestLibrary.item(.block("warm-up")),
        TestLibrary.item(.exercise("figure-four-stretch"), home: true),
    ], length: .minutes(10), fit: true))
    let home = composer.home(of: lesson)
    #expect(home.items.map(\.duration) == [.seconds(45), .seconds(45)])
    #expect(home.warnings.isEmpty)
}

@Test func withNothingMarkedTheHomePracticeIsTheWholeClass() {
    let composer = Composer(library: TestLibrary.library)
    let lesson = composer.compose(plan([TestLibrary.item(.block("hip-rotation-series"))]))
    #expect(composer.home(of: lesson) == lesson)
    // Six minutes and a quarter is a fine daily routine: no warning.
    #expect(lesson.warnings.isEmpty)
}

@Test func aWholeClassOverFifteenMinutesAsHomePracticeWarnsAtTheSequence() {
    let items = [TestLibrary.item(.block("warm-up")), TestLibrary.item(.block("hip-rotation-series")),
                 TestLibrary.item(.block("hip-rotation-series"), sides: .leftFirst),
                 TestLibrary.item(.block("cool-down"))]
    let lesson = Composer(library: TestLibrary.library).compose(plan(items))
    #expect(lesson.total > .minutes(15))
    let warning = lesson.warnings.first { $0.message.contains("home practice is the whole class") }
    #expect(warning?.span?.line == 9)
    #expect(warning?.hint?.contains("home: true") == true)
}
