import Foundation
import Testing
@testable import Figures
import PlanCore
import PlanFiles

/// The built-in library, loaded from the repository's `Assets/library`.
enum BuiltInLibrary {
    // The repository root, three levels above this file (Tests/FiguresTests/<file>).
    static let folder = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("Assets/library")

    static let loaded: (library: Library, diagnostics: [Diagnostic]) = {
        guard let l = try? LibraryLoader().load(builtIn: folder, folders: []) else { return (Library(), []) }
        return (l.library, l.diagnostics)
    }()

    static var exerciseIDs: [String] { loaded.library.allExercises.map(\.id) }
}

@Test func theLibraryLoadsWithItsFigures() {
    #expect(!BuiltInLibrary.exerciseIDs.isEmpty)
    #expect(BuiltInLibrary.loaded.diagnostics.filter { $0.severity == .error }.isEmpty,
            "\(BuiltInLibrary.loaded.diagnostics)")
}

@Test(arguments: BuiltInLibrary.exerciseIDs)
func everyLibraryExerciseHasAGoodFigure(_ id: String) throws {
    let exercise = try #require(BuiltInLibrary.loaded.library.exercises[id])
    let spec = try #require(exercise.figure, "\(id) has no figure")
    #expect(spec.base == exercise.position || exercise.position == .sideLying || spec.base != .standing)
    let movement = Movement(spec)
    for body in [movement.start, movement.end] {
        #expect(body.lowestHeight > -1e-6, "\(id) goes through the floor")
        #expect(body.lowestHeight < 1e-6, "\(id) floats above the floor")
    }
    for size in [Size(width: 170, height: 113), Size(width: 600, height: 400)] {
        let s = scene(for: spec, size: size)
        #expect(s.elements.count > 20, "\(id) is nearly empty")
        let ink = try #require(s.inkBounds)
        #expect(Rect(x: 0, y: 0, width: size.width, height: size.height).contains(ink), "\(id) spills out: \(ink)")
        // The body fills a fair part of its frame.
        #expect(ink.width > size.width * 0.6 || ink.height > size.height * 0.6)
    }
}

@Test func theLibraryHipSeriesMatchesTheCanonicalPoses() throws {
    let lib = BuiltInLibrary.loaded.library
    let pairs: [(String, FigureSpec)] = [("hip-rotation-feet-lifted", HipSeriesPoses.feetLifted),
                                         ("hip-rotation-feet-down", HipSeriesPoses.feetDown),
                                         ("hip-rotation-tabletop", HipSeriesPoses.tabletop)]
    for (id, canonical) in pairs {
        let spec = try #require(lib.exercises[id]?.figure)
        #expect(spec.start == canonical.start, "\(id) start")
        #expect(spec.end == canonical.end, "\(id) end")
        #expect(spec.view == canonical.view, "\(id) view")
        #expect(spec.annotations == canonical.annotations, "\(id) annotations")
        #expect(spec.highlight == [.hipRotators])
    }
}
