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

/// The headings and exercise names of a flow, in order: `# Heading`, `Name`.
private func outline(_ blocks: [FlowBlock]) -> [String] {
    blocks.flatMap { block -> [String] in
        switch block {
        case .heading(let h): return ["# " + h.text]
        case .figure(let f):
            if let heading = f.heading { return [heading.text] }
            return f.side.first.map { [$0.runs.map(\.text).joined()] } ?? []
        case .keepTogether(let inner): return outline(inner)
        default: return []
        }
    }
}

/// An exercise of the plan's own after a block is not shown as that block's: a heading of
/// its own opens the run of such exercises, on the card and the teacher sheet alike. An
/// exercise before any block needs none.
@Test func exercisesAfterABlockAreNotFiledUnderIt() throws {
    let input = try ExamplePlans.input("mat-class-45")
    let card = outline(ClassCard.document(input).blocks)
    let sheet = outline(TeacherSheet.document(input).blocks)
    for flow in [card, sheet] {
        let squeeze = try #require(flow.firstIndex(of: "Prone heel squeeze"))
        #expect(flow[squeeze - 1] == "# " + HandoutInput.otherExercisesHeading)
        #expect(flow[squeeze + 1] == "# On hands and knees")
        #expect(flow.filter { $0 == "# " + HandoutInput.otherExercisesHeading }.count == 1)
        let arriving = try #require(flow.firstIndex(of: "Arriving and breathing"))
        #expect(!flow[..<arriving].contains("# " + HandoutInput.otherExercisesHeading))
    }
}

/// A class that runs a row or two past the card's page is drawn with its rows closer
/// together, on one page; one that needs the pages keeps its spacing.
@Test func aClassJustPastAPageFitsTheCardWithCloserRows() throws {
    let renderer = try HandoutRenderer(paper: .a4)
    let library = HandoutFixtures.library()
    // The shortest class whose card, spaced as usual, runs onto a second page.
    let plan = try #require((10...120).lazy.map { HandoutFixtures.plan(items: $0, notes: nil) }.first { plan in
        (try? renderer.layout(ClassCard.document(HandoutFixtures.input(plan, library: library))).pages.count) == 2
    })
    let input = HandoutFixtures.input(plan, library: library)
    #expect(try renderer.layout(ClassCard.document(input, close: true)).pages.count == 1)
    let drawn = try renderer.files(for: input, kinds: [.card], format: .png, baseName: "x")
    #expect(drawn.files.map(\.name) == ["x-card-1.png"])

}

/// The closer layout is tried only for a last page holding little: in the top third of its
/// first column.
@Test func aLastPageHoldsLittleOnlyHighInItsFirstColumn() {
    let box = Rect(x: 20, y: 20, width: 400, height: 300)
    func page(_ frames: [Rect]) -> PageLayout {
        PageLayout(size: Size(width: 440, height: 340), marginBox: box,
                   items: frames.map { .fill($0, .white, radius: 0) })
    }
    #expect(HandoutRenderer.holdsLittle(page([]), columns: 1))
    #expect(HandoutRenderer.holdsLittle(page([Rect(x: 20, y: 20, width: 400, height: 90)]), columns: 1))
    #expect(!HandoutRenderer.holdsLittle(page([Rect(x: 20, y: 20, width: 400, height: 150)]), columns: 1))
    #expect(HandoutRenderer.holdsLittle(page([Rect(x: 20, y: 20, width: 95, height: 60)]), columns: 4))
    #expect(!HandoutRenderer.holdsLittle(page([Rect(x: 20, y: 20, width: 95, height: 60), Rect(x: 125, y: 20, width: 95, height: 20)]),
                                         columns: 4))
}

/// A home routine whose tracker would be left alone on a last page is drawn with smaller
/// diagrams when that keeps it to one page fewer: the classical abdominal series on two.
@Test func aStudentHandoutJustPastItsPagesIsDrawnWithSmallerDiagrams() throws {
    let input = try ExamplePlans.input("classical-mat-45")
    let renderer = try HandoutRenderer(paper: .a4)
    let spaced = try renderer.layout(StudentHandout.document(input)).pages.count
    let close = try renderer.layout(StudentHandout.document(input, close: true)).pages.count
    let drawn = try renderer.files(for: input, kinds: [.student], format: .png, baseName: "x").files.count
    #expect(spaced == 3 && close == 2 && drawn == 2, "\(spaced) \(close) \(drawn)")
    // Large print keeps its large diagrams, whatever the pages.
    var large = input
    large.largePrint = true
    #expect(HandoutKind.student.closerDocument(large) == nil)
}
