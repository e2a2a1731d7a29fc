import Foundation
import PlanCore
import Testing
@testable import PlanFiles

/// The mat repertoire's blocks, composed from the real library: sides, turn-overs and
/// changes of position come out as a teacher would run them.
@Suite("Mat blocks")
struct MatBlocksTests {
    static func compose(_ sequence: String) throws -> ClassSequence {
        let loaded = try NamesTests.load("title: Mat\nsequence:\n" + sequence)
        let plan = try #require(loaded.plan, "\(loaded.diagnostics)")
        return Composer(library: loaded.library).compose(plan)
    }

    /// `R id`, `L id`, `id` and `(turn-over)` / `(to POSITION)` for each row.
    static func rows(_ sequence: ClassSequence) -> [String] {
        sequence.items.map { item in
            if item.kind == .transition {
                return item.side != nil ? "(turn-over)" : "(to \(item.position.name))"
            }
            return (item.side.map { $0 == .right ? "R " : "L " } ?? "") + item.exercise.id
        }
    }

    @Test func theAbdominalSeriesIsFiveInARowOnTheBack() throws {
        let rows = Self.rows(try Self.compose("  - block: series-of-five\n"))
        #expect(rows == ["single-leg-stretch", "double-leg-stretch", "single-straight-leg-stretch",
                         "double-straight-leg-stretch", "criss-cross"])
    }

    @Test func theSideKicksRunOnOneSideThenTheOther() throws {
        let rows = Self.rows(try Self.compose("  - block: side-kick-series\n"))
        #expect(rows == ["R side-kick-front-back", "R side-kick-up-down", "R side-kick-small-circles", "(turn-over)",
                         "L side-kick-front-back", "L side-kick-up-down", "L side-kick-small-circles"])
    }

    @Test func theSideKicksFollowTheHipSeriesOnTheSameSide() throws {
        let sequence = try Self.compose("""
          - block: hip-rotation-series
          - block: side-kick-series
            sides: left-first

        """)
        let rows = Self.rows(sequence)
        #expect(rows.filter { $0 == "(turn-over)" }.count == 2, "\(rows)")
        #expect(rows[7] == "L side-kick-front-back", "\(rows)")
        #expect(sequence.warnings.isEmpty, "\(sequence.warnings)")
    }

    @Test func sidedWorkInAnotherPositionIsDoneOnBothSidesBeforeMovingOn() throws {
        let rows = Self.rows(try Self.compose("  - block: classical-mat-intermediate\n    pick: [leg-pull-front, leg-pull-back]\n"))
        #expect(rows == ["R leg-pull-front", "L leg-pull-front", "(to \(BodyPosition.seated.name))",
                         "R leg-pull-back", "L leg-pull-back"])
    }

    @Test func theClassicalOrdersHoldTheClassicalExercises() throws {
        let library = LibraryContentTests.load().library
        let beginner = try #require(library.blocks["classical-mat-beginner"])
        let intermediate = try #require(library.blocks["classical-mat-intermediate"])
        #expect(beginner.exercises.first == "hundred" && beginner.exercises.last == "seal")
        #expect(intermediate.exercises.first == "hundred" && intermediate.exercises.last == "push-up")
        #expect(Set(beginner.exercises).isSubset(of: Set(intermediate.exercises)))
        // The beginner order keeps the intermediate one's order.
        #expect(intermediate.exercises.filter(beginner.exercises.contains) == beginner.exercises)
    }
}
