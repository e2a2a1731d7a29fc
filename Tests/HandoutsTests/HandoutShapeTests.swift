import Foundation
import Testing
import Figures
import Graphics
@testable import Handouts
import PlanCore
import PlanFiles

/// The repository's example plans, composed with the built-in library and drawn with the
/// real diagrams: what a teacher gets from `Plans/`.
enum ExamplePlans {
    static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
        .deletingLastPathComponent().deletingLastPathComponent()

    static func input(_ name: String) throws -> HandoutInput {
        let loader = PlanLoader(assets: root.appendingPathComponent("Assets"), allowOutsideFiles: true)
        let loaded = try loader.load(root.appendingPathComponent("Plans/\(name).yaml").path)
        let plan = try #require(loaded.plan, "\(name) is valid: \(loaded.diagnostics)")
        return HandoutInput(sequence: Composer(library: loaded.library).compose(plan), library: loaded.library,
                            figures: ExerciseFigures(), version: "test")
    }
}

/// Every paragraph a flow holds, looking inside kept-together groups and beside diagrams.
private func rows(_ blocks: [FlowBlock]) -> [FigureBlock] {
    blocks.flatMap { block -> [FigureBlock] in
        switch block {
        case .figure(let f): return [f]
        case .keepTogether(let inner): return rows(inner)
        default: return []
        }
    }
}

@Test func theCardOfTheFortyFiveMinuteClassIsOneLandscapePage() throws {
    let input = try ExamplePlans.input("mat-class-45")
    let document = ClassCard.document(input)
    let card = try HandoutRenderer(paper: .a4).layout(document)
    #expect(card.pages.count == 1)
    #expect(card.pageSize.width > card.pageSize.height, "landscape")

    // A row for each exercise of the timeline, named at 8 pt or more, its diagram at least
    // 18 mm wide.
    let exerciseRows = input.sequence.items.filter { $0.kind == .exercise }
    let figures = rows(document.blocks)
    #expect(figures.count == exerciseRows.count)
    for (row, figure) in zip(exerciseRows, figures) {
        let name = try #require(figure.side.first)
        #expect(name.runs.map(\.text).joined() == row.exercise.name)
        #expect(name.style.size >= 8, "\(row.exercise.name) is named at \(name.style.size) pt")
    }
    let scenes = card.pages[0].items.compactMap { if case .scene(_, let frame) = $0 { frame } else { nil } }
    #expect(scenes.count == exerciseRows.count)
    for frame in scenes { #expect(frame.width >= Length.millimeters(18).points - 1e-9) }
    for frame in card.pages[0].frames { #expect(card.pages[0].marginBox.contains(frame)) }
}

@Test func aLongerClassFlowsOnToMoreCardPagesInTheSameColumns() throws {
    let input = HandoutFixtures.input(HandoutFixtures.plan(items: 120, notes: nil), library: HandoutFixtures.library())
    let card = try HandoutRenderer(paper: .a4).layout(ClassCard.document(input))
    #expect(card.pages.count > 1)
    // Rows start at the same few left edges on every page: one per column.
    var edges = Set<Int>()
    for page in card.pages {
        for case .scene(_, let frame) in page.items { edges.insert(Int(frame.minX.rounded())) }
    }
    #expect(edges.count == ClassCard.columns)
}

@Test(arguments: [("mat-class-45", 6), ("hip-series", 3)])
func theTeacherSheetRunsToAboutAPageForSixExercises(plan: String, most: Int) throws {
    let input = try ExamplePlans.input(plan)
    let sheet = try HandoutRenderer(paper: .a4).layout(TeacherSheet.document(input))
    #expect(sheet.pages.count <= most, "\(plan): \(sheet.pages.count) pages")
    let reference = try HandoutRenderer(paper: .a4).layout(ReferenceSheet.document(input))
    #expect(reference.pages.count > sheet.pages.count, "the reference holds the complete write-up")
}
