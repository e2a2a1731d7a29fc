import Testing
@testable import PlanCore

private func compose(_ items: [PlanItem], length: Duration? = nil, fit: Bool = false,
                     transitions: TransitionTimes = TransitionTimes()) -> ClassSequence {
    let plan = Plan(title: "t", length: length, fit: fit, transitions: transitions, sequence: items)
    return Composer(library: TestLibrary.library).compose(plan)
}

@Test func hipSeriesRightFirstRunsAllOnTheRightThenTurnsOnce() {
    let seq = compose([TestLibrary.item(.block("hip-rotation-series"))])
    #expect(snapshot(seq) == TestLibrary.hipSeriesRightFirst)
    #expect(seq.total == .seconds(375))
    #expect(seq.work == .minutes(6))
    #expect(seq.transitions == .seconds(15))
    #expect(seq.work(on: .left) == seq.work(on: .right))
}

@Test func alternateDoesEachExerciseOnBothSidesBeforeTheNext() {
    let seq = compose([TestLibrary.item(.block("hip-rotation-series"), sides: .alternate)])
    #expect(snapshot(seq) == [
        "0:00 +1:00 R hip-rotation-feet-lifted",
        "1:00 +0:15 L (turn-over)",
        "1:15 +1:00 L hip-rotation-feet-lifted",
        "2:15 +0:15 R (turn-over)",
        "2:30 +1:00 R hip-rotation-feet-down",
        "3:30 +0:15 L (turn-over)",
        "3:45 +1:00 L hip-rotation-feet-down",
        "4:45 +0:15 R (turn-over)",
        "5:00 +1:00 R hip-rotation-tabletop",
        "6:00 +0:15 L (turn-over)",
        "6:15 +1:00 L hip-rotation-tabletop",
    ])
}

@Test func leftFirstMirrorsRightFirst() {
    let seq = compose([TestLibrary.item(.block("hip-rotation-series"), sides: .leftFirst)])
    #expect(seq.items.filter { $0.kind == .exercise }.map { $0.side } == [.left, .left, .left, .right, .right, .right])
}

@Test func designExampleTimeline() {
    // The sequence of DESIGN.md's example plan, with its per-item options.
    let seq = compose([
        TestLibrary.item(.block("warm-up")),
        TestLibrary.item(.block("hip-rotation-series"), perSide: .minutes(1), sides: .rightFirst,
                         pick: [.number(1), .number(2), .number(3)], fixed: true, home: true),
        TestLibrary.item(.exercise("glute-bridge"), reps: 10),
        TestLibrary.item(.exercise("figure-four-stretch"), perSide: .seconds(45)),
        TestLibrary.item(.inline(Exercise(id: "breathing-into-the-back-ribs", name: "Breathing into the back ribs",
                                          position: .supine, sided: false, dose: .time(.minutes(2)))),
                         time: .minutes(2)),
        TestLibrary.item(.block("cool-down")),
    ], length: .minutes(45), transitions: TransitionTimes(turnOver: .seconds(10)))
    #expect(snapshot(seq) == [
        "0:00 +2:00 - pelvic-clock",
        "2:00 +1:00 - knee-sway",
        "3:00 +0:15 - (floor-change)",
        "3:15 +1:00 - cat-cow",
        "4:15 +0:15 - (floor-change)",
        "4:30 +1:00 R hip-rotation-feet-lifted",
        "5:30 +1:00 R hip-rotation-feet-down",
        "6:30 +1:00 R hip-rotation-tabletop",
        "7:30 +0:10 L (turn-over)",
        "7:40 +1:00 L hip-rotation-feet-lifted",
        "8:40 +1:00 L hip-rotation-feet-down",
        "9:40 +1:00 L hip-rotation-tabletop",
        "10:40 +0:15 - (floor-change)",
        "10:55 +0:50 - glute-bridge",
        "11:45 +0:45 R figure-four-stretch",
        "12:30 +0:45 L figure-four-stretch",
        "13:15 +2:00 - breathing-into-the-back-ribs",
        "15:15 +0:15 - (floor-change)",
        "15:30 +1:00 - child-pose",
        "16:30 +0:15 - (floor-change)",
        "16:45 +2:00 - savasana",
    ])
    #expect(seq.total == .seconds(18 * 60 + 45))
    #expect(seq.transitions == .seconds(85))
    #expect(seq.warnings.map(\.message) == [
        "the class runs 18 min 45 s, 26 min 15 s short of its length of 45 min",
    ])
}

@Test func pickSelectsBlockExercisesByNumberOrIdInTheOrderWritten() {
    let seq = compose([TestLibrary.item(.block("hip-rotation-series"),
                                        pick: [.id("hip-rotation-tabletop"), .number(1)])])
    #expect(snapshot(seq) == [
        "0:00 +1:00 R hip-rotation-tabletop",
        "1:00 +1:00 R hip-rotation-feet-lifted",
        "2:00 +0:15 L (turn-over)",
        "2:15 +1:00 L hip-rotation-tabletop",
        "3:15 +1:00 L hip-rotation-feet-lifted",
    ])
}

@Test func transitionsFollowPositionsAndOverrides() {
    let items = [
        TestLibrary.item(.exercise("cat-cow")),            // quadruped
        TestLibrary.item(.exercise("standing-balance")),   // standing, sided: R then L, no turn-over
        TestLibrary.item(.exercise("child-pose")),         // kneeling
    ]
    #expect(snapshot(compose(items)) == [
        "0:00 +1:00 - cat-cow",
        "1:00 +0:30 - (floor-to-standing)",
        "1:30 +0:30 R standing-balance",
        "2:00 +0:30 L standing-balance",
        "2:30 +0:30 - (floor-to-standing)",
        "3:00 +1:00 - child-pose",
    ])
    let quick = TransitionTimes(turnOver: .seconds(5), floorChange: .zero, floorToStanding: .seconds(20))
    #expect(snapshot(compose(items, transitions: quick)) == [
        "0:00 +1:00 - cat-cow",
        "1:00 +0:20 - (floor-to-standing)",
        "1:20 +0:30 R standing-balance",
        "1:50 +0:30 L standing-balance",
        "2:20 +0:20 - (floor-to-standing)",
        "2:40 +1:00 - child-pose",
    ])
}

@Test func moreThanTwoStandingChangesWarns() {
    let items = (0..<2).flatMap { _ in
        [TestLibrary.item(.exercise("cat-cow")), TestLibrary.item(.exercise("standing-balance"))]
    }
    let seq = compose(items)
    #expect(seq.items.filter { $0.move == .floorToStanding }.count == 3)
    #expect(seq.warnings.map(\.message) == ["the class moves between the floor and standing 3 times"])
}

@Test func overLengthWarnsWithTheAmount() {
    let seq = compose([TestLibrary.item(.block("hip-rotation-series"))], length: .minutes(5))
    #expect(seq.warnings.map(\.message) == ["the class runs 6 min 15 s, 1 min 15 s over its length of 5 min"])
}

@Test func shortByTenPercentOrLessDoesNotWarn() {
    // 6:15 against 6:50 is 35 s short: under 10 %.
    #expect(compose([TestLibrary.item(.block("hip-rotation-series"))], length: .seconds(410)).warnings.isEmpty)
}

@Test func fitScalesFlexibleWorkToTheLengthKeepingSidesEqual() {
    let seq = compose([
        TestLibrary.item(.block("warm-up")),
        TestLibrary.item(.block("hip-rotation-series"), home: true),
        TestLibrary.item(.exercise("glute-bridge")),
        TestLibrary.item(.block("cool-down")),
    ], length: .minutes(20), fit: true)
    #expect(seq.total == .minutes(20))
    #expect(seq.warnings.isEmpty)
    #expect(seq.work(on: .left) == seq.work(on: .right))
    // Counted work keeps its time; every dose lands on a step a teacher can call out.
    #expect(seq.items.first { $0.kind == .exercise && $0.exercise.id == "glute-bridge" }?.duration == .seconds(50))
    #expect(seq.items.filter { $0.kind == .exercise }.allSatisfy(teachable))
}

@Test func fitLeavesFixedItemsAlone() {
    let seq = compose([
        TestLibrary.item(.block("hip-rotation-series"), fixed: true),
        TestLibrary.item(.block("cool-down")),
    ], length: .minutes(15), fit: true)
    let hip = seq.items.filter { $0.kind == .exercise && $0.blockID == "hip-rotation-series" }
    #expect(hip.allSatisfy { $0.duration == .minutes(1) })
    #expect(seq.total == .minutes(15))
}

@Test func fitThatCannotShrinkEnoughNamesTheShortfall() {
    // Minimums: 6 x 30 s of hip work + 15 s turn-over = 3:15, against a 2-minute length.
    let seq = compose([TestLibrary.item(.block("hip-rotation-series"))], length: .minutes(2), fit: true)
    #expect(seq.items.filter { $0.kind == .exercise }.allSatisfy { $0.duration == .seconds(30) })
    #expect(seq.warnings.map(\.message).first ==
            "`fit` cannot bring the class down to 2 min: at their minimum times the items still run 1 min 15 s over")
}

/// An hour per side is a slip of the unit far more often than a plan.
@Test func anExerciseOfMoreThanHalfAnHourIsQuestioned() {
    var long = TestLibrary.item(.exercise("figure-four-stretch"))
    long.perSide = .minutes(60)
    let seq = Composer(library: TestLibrary.library).compose(Plan(title: "t", sequence: [long]))
    let warning = seq.warnings.first { $0.message == "'per_side' is 1 h, a long time for one exercise" }
    #expect(warning?.hint?.contains("`1min` is a minute") == true, "\(seq.warnings.map(\.message))")
    var usual = long
    usual.perSide = .minutes(2)
    #expect(Composer(library: TestLibrary.library).compose(Plan(title: "t", sequence: [usual])).warnings
        .allSatisfy { !$0.message.contains("a long time") })
}
