import Foundation
import Testing
import Figures
@testable import Handouts
import PlanCore

/// The student handout says in what order, and on which side, the routine goes: a student
/// with only the paper knows to do all three positions on one side, roll over, and do them
/// on the other.
@Suite("The student handout says the routine's order and sides")
struct RoutineOrderTests {
    /// The lines of the handout's "Your routine" box for `input`.
    func routineBox(_ input: HandoutInput) throws -> [String] {
        let box = try #require(StudentHandout.document(input).blocks.lazy.compactMap { block -> Box? in
            if case .box(let box) = block, box.title == "Your routine" { box } else { nil }
        }.first)
        return box.body.map { $0.runs.map(\.text).joined() }
    }

    /// `input` with its plan changed by `change`, composed again.
    func recomposed(_ input: HandoutInput, _ change: (inout Plan) -> Void) -> HandoutInput {
        var plan = input.plan
        change(&plan)
        return HandoutInput(sequence: Composer(library: input.library).compose(plan), library: input.library,
                            figures: input.figures, version: "test")
    }

    @Test func theHipSeriesIsDoneOnOneSideThenTheOther() throws {
        let lines = try routineBox(try RealPlans.input("hip-series"))
        #expect(lines.contains("Right leg working, lying on your left side: 1, 2, 3. Roll over. "
                               + "Left leg working, lying on your right side: 1, 2, 3."), "\(lines)")
    }

    @Test func leftFirstAndAlternatingSidesAreSaidAsPlanned() throws {
        let input = try RealPlans.input("hip-series")
        let leftFirst = try routineBox(recomposed(input) { $0.sequence[0].sides = .leftFirst })
        #expect(leftFirst.contains("Left leg working, lying on your right side: 1, 2, 3. Roll over. "
                                   + "Right leg working, lying on your left side: 1, 2, 3."), "\(leftFirst)")
        let alternate = try routineBox(recomposed(input) { $0.sequence[0].sides = .alternate })
        let order = try #require(alternate.first { $0.hasPrefix("Right leg working") })
        #expect(order.components(separatedBy: "Roll over.").count == 6, "\(order)")
        #expect(order.hasSuffix("Left leg working, lying on your right side: 3."), "\(order)")
    }

    @Test func aRoutineWithNoSidesNeedsNoOrderLine() throws {
        let input = try RealPlans.input("hip-series")
        var plan = input.plan
        plan.sequence = [PlanItem(content: .exercise("cat-cow")), PlanItem(content: .exercise("childs-pose"))]
        let lines = try routineBox(recomposed(input) { $0 = plan })
        #expect(lines.count == 1 && lines[0].hasPrefix("2 exercises · about"), "\(lines)")
    }

    @Test func movesBetweenPositionsAreSaidTooAndASingleExerciseSaysHowToDoIt() throws {
        let input = try RealPlans.input("hip-series")
        let both = recomposed(input) { plan in
            plan.sequence[0].home = true
            plan.sequence.append(PlanItem(content: .exercise("bent-knee-fall-out"), home: true))
        }
        let lines = try routineBox(both)
        #expect(lines.contains { $0.hasSuffix("Left leg working, lying on your right side: 1, 2, 3. Lie on your back. Right side: 4. Left side: 4.") },
                "\(lines)")
        // The series' exercises have its "Getting set"; the fall-out, on its own, says how.
        let sides = StudentHandout.document(both).blocks.flatMap { block -> [String] in
            guard case .keepTogether(let inner) = block else { return [] }
            return inner.flatMap { b -> [String] in
                if case .figure(let f) = b { return f.side.map { $0.runs.map(\.text).joined() } } else { return [] }
            }
        }
        let setUps = sides.filter { $0.hasPrefix("Set up") }
        #expect(setUps.count == 1 && setUps[0].contains("Lie on your back"), "\(setUps)")
        #expect(sides.filter { $0.hasPrefix("How") }.count == 1)
    }

    @Test func aMoveWithNoTimeIsStillSaidAndSideLessWorkIsSaidInOrder() throws {
        let input = try RealPlans.input("hip-series")
        let routine = recomposed(input) { plan in
            plan.transitions.turnOver = .zero
            plan.transitions.floorChange = .zero
            plan.sequence.append(PlanItem(content: .exercise("cat-cow")))
        }
        let lines = try routineBox(routine)
        #expect(lines.contains("Right leg working, lying on your left side: 1, 2, 3. Roll over. "
                               + "Left leg working, lying on your right side: 1, 2, 3. Come onto hands and knees. Then 4."),
                "\(lines)")
    }
}
