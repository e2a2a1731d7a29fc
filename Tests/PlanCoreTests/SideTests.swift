import Testing
@testable import PlanCore

/// The test library with a side-lying block whose last exercise works the bottom leg.
private let legsLibrary: Library = {
    var library = TestLibrary.library
    library.add(Exercise(id: "leg-lift", name: "Leg lift", position: .sideLying, sided: true, dose: .perSide(.seconds(30))))
    library.add(Exercise(id: "inner-thigh", name: "Inner thigh", position: .sideLying, sided: true,
                         workingLeg: .bottom, dose: .perSide(.seconds(30))))
    library.add(Block(id: "legs", name: "Leg work", exercises: ["leg-lift", "inner-thigh"]))
    return library
}()

private func compose(_ items: [PlanItem]) -> ClassSequence {
    Composer(library: legsLibrary).compose(Plan(title: "t", sequence: items))
}

/// Rows as `R/L`: working side, then the side lain on.
private func sides(_ seq: ClassSequence) -> [String] {
    seq.items.map { row in
        let what = row.kind == .transition ? "(\(row.move?.rawValue ?? "?"))" : row.exercise.id
        return "\(row.side?.letter ?? "-")/\(row.lyingSide?.letter ?? "-") \(what)"
    }
}

@Test func bottomLegWorkStaysOnTheSideTheHalfLiesOn() {
    #expect(sides(compose([TestLibrary.item(.block("legs"))])) == [
        "R/L leg-lift", "L/L inner-thigh", "L/R (turn-over)", "L/R leg-lift", "R/R inner-thigh",
    ])
}

@Test func sideWordsNameTheLegAndTheSideLainOn() {
    let seq = compose([TestLibrary.item(.block("legs")), TestLibrary.item(.exercise("figure-four-stretch"))])
    let rows = seq.items.filter { $0.kind == .exercise }
    #expect(rows[0].sideSpoken == "right leg working, lying on your left side")
    #expect(rows[0].sideShort == "R (lying on L)")
    #expect(rows[1].sideSpoken == "left leg working, lying on your left side")
    let supine = rows.first { $0.exercise.id == "figure-four-stretch" }!
    #expect(supine.sideSpoken == "right side")
    #expect(supine.sideShort == "R")
    #expect(supine.lyingSide == nil)
}

@Test func aSidedItemStartingOnTheFarSideWarnsWithTheOrderThatSavesATurnOver() {
    let items = [PlanItem(content: .block("hip-rotation-series"), span: SourceSpan(file: "p", line: 3, column: 5)),
                 PlanItem(content: .block("legs"), span: SourceSpan(file: "p", line: 4, column: 5))]
    let seq = compose(items)
    // The series ends lying on the right; the leg work would start lying on the left.
    let warning = seq.warnings.first { $0.message.contains("one more turn-over") }
    #expect(warning?.message == "Leg work starts lying on the left side, but the class is already lying on its right side: one more turn-over than it needs")
    #expect(warning?.hint == "add `sides: left-first` to this item to start on the side the class is already lying on")
    #expect(warning?.span?.line == 4)

    // Taking the hint removes both the warning and the turn-over.
    var fixed = items
    fixed[1].sides = .leftFirst
    let better = compose(fixed)
    #expect(!better.warnings.contains { $0.message.contains("turn-over") })
    #expect(better.items.filter { $0.move == .turnOver }.count == seq.items.filter { $0.move == .turnOver }.count - 1)
}

@Test func anOrderTheTeacherChoseIsNotQuestioned() {
    let seq = compose([TestLibrary.item(.block("hip-rotation-series")), TestLibrary.item(.block("legs"), sides: .rightFirst)])
    #expect(!seq.warnings.contains { $0.message.contains("turn-over") })
}
