import Testing
@testable import PlanCore

/// True for a dose a teacher can call out: whole quarter minutes from a minute up, 5 s below.
func teachable(_ row: TimelineItem) -> Bool {
    row.duration.seconds >= 60 ? row.duration.seconds % 15 == 0 : row.duration.seconds % 5 == 0
}

private func fitted(_ items: [PlanItem], length: Duration, library: Library = TestLibrary.library) -> ClassSequence {
    let plan = Plan(title: "t", length: length, fit: true, sequence: items)
    return Composer(library: library).compose(plan)
}

/// The test library with the hip series marked `fixed`, as the built-in one is.
private let fixedSeriesLibrary: Library = {
    var library = TestLibrary.library
    var series = library.blocks["hip-rotation-series"]!
    series.fixed = true
    library.add(series)
    return library
}()

private let aClass = [
    TestLibrary.item(.block("warm-up")),
    TestLibrary.item(.block("hip-rotation-series")),
    TestLibrary.item(.exercise("figure-four-stretch")),
    TestLibrary.item(.exercise("standing-balance")),
    TestLibrary.item(.block("cool-down")),
]

@Test(arguments: [17, 20, 23, 25, 30, 37])
func aFittedClassEndsOnItsLengthToTheSecond(minutes: Int) {
    // Odd lengths too: 37 minutes plus a second cannot be made of quarter-minute doses.
    for length in [Duration.minutes(minutes), .minutes(minutes) + .seconds(1), .minutes(minutes) + .seconds(7)] {
        let seq = fitted(aClass, length: length)
        #expect(seq.total == length, "\(length.clock): \(seq.total.clock)")
        #expect(seq.warnings.allSatisfy { !$0.message.contains("fit") }, "\(seq.warnings)")
        #expect(seq.items.filter { $0.kind == .exercise }.allSatisfy(teachable), "\(snapshot(seq))")
        #expect(seq.work(on: .left) == seq.work(on: .right))
    }
}

@Test func theRoundingsLeftoverGoesIntoTransitionsNotDoses() {
    let seq = fitted(aClass, length: .minutes(25) + .seconds(7))
    let moves = seq.items.filter { $0.kind == .transition }
    let widened = moves.filter { $0.planned != nil }
    #expect(!widened.isEmpty)
    for move in widened {
        let change = move.fitChange!.seconds
        #expect(change > 0 && change < 15, "a transition takes a few seconds, not a dose: \(change)")
    }
    // The rows stay contiguous after widening.
    for (a, b) in zip(seq.items, seq.items.dropFirst()) { #expect(a.end == b.start) }
}

@Test func aFixedLibraryBlockKeepsItsPrescription() {
    let items = [TestLibrary.item(.block("warm-up")),
                 TestLibrary.item(.block("hip-rotation-series"), perSide: .seconds(75)),
                 TestLibrary.item(.block("cool-down"))]
    for length in [Duration.minutes(15), .minutes(20) + .seconds(3)] {
        let seq = fitted(items, length: length, library: fixedSeriesLibrary)
        #expect(seq.total == length)
        let hip = seq.items.filter { $0.kind == .exercise && $0.blockID == "hip-rotation-series" }
        // The plan's own per_side is the prescription fit keeps.
        #expect(hip.allSatisfy { $0.duration == .seconds(75) && $0.planned == nil })
        #expect(seq.items.contains { $0.kind == .exercise && $0.planned != nil })
    }
}

@Test func fitSaysWhatItChangedAndByHowMuch() {
    let seq = fitted(aClass, length: .minutes(20))
    let warmUp = seq.items.first { $0.exercise.id == "pelvic-clock" }!
    #expect(warmUp.planned == .minutes(2))
    #expect(warmUp.fitChange == warmUp.duration - .minutes(2))
    let plain = Composer(library: TestLibrary.library).compose(Plan(title: "t", sequence: aClass))
    #expect(plain.items.allSatisfy { $0.planned == nil && $0.fitChange == nil })
}

@Test func withoutATransitionTheLeftoverIsNamed() {
    // One unsided exercise alone: 2:07 cannot be a teachable dose and there is no move.
    let seq = fitted([TestLibrary.item(.exercise("savasana"))], length: .seconds(127))
    #expect(seq.items.map(\.duration) == [.minutes(2)])
    #expect(seq.warnings.map(\.message).contains("`fit` ends the class 7 s short of 2 min 7 s: doses move in whole steps and the class has no transition to take the rest"))
}

@Test(arguments: [(0.0, 5), (3.0, 5), (44.9, 40), (59.0, 55), (60.0, 60), (74.0, 60), (75.0, 75), (200.0, 195)])
func dosesRoundDownToTheGrid(x: Double, expected: Int) {
    #expect(FitToLength.down(x) == expected)
}

@Test(arguments: [(1, 5), (31, 35), (56, 60), (60, 60), (61, 75), (90, 90)])
func minimumsRoundUpToTheGrid(x: Int, expected: Int) {
    #expect(FitToLength.up(x) == expected)
}

@Test func theNextTeachableTime() {
    #expect(FitToLength.next(50) == 55)
    #expect(FitToLength.next(55) == 60)
    #expect(FitToLength.next(60) == 75)
}

@Test func fitWithNoLengthSaysSoAndChangesNothing() {
    let plan = Plan(title: "t", fit: true, sequence: aClass)
    let seq = Composer(library: TestLibrary.library).compose(plan)
    let written = Composer(library: TestLibrary.library).compose(Plan(title: "t", sequence: aClass))
    #expect(seq.items.map(\.duration) == written.items.map(\.duration))
    #expect(seq.items.allSatisfy { $0.planned == nil })
    let warning = seq.warnings.first { $0.message.contains("no length to fit") }
    #expect(warning?.hint?.contains("length: 45min") == true, "\(seq.warnings)")
}

@Test func aClassFitCannotShortenGetsOneWarningNotTwo() {
    let seq = fitted(aClass, length: .minutes(5))
    #expect(seq.warnings.count == 1, "\(seq.warnings.map(\.message))")
    #expect(seq.warnings.first?.message.contains("cannot bring the class down") == true)
    #expect(seq.warnings.first?.hint != nil)
}
