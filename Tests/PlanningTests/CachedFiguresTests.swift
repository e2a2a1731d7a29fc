import Dispatch
import Figures
import Foundation
import Handouts
import PlanCore
import Planning
import Synchronization
import Testing

/// The session's figure cache poses each figure once, however many threads ask.
@Suite("Figures are posed once per session")
struct CachedFiguresTests {
    /// Draws through `ExerciseFigures`, counting how often each exercise is posed.
    final class CountingFigures: FigureProvider {
        let posed = Mutex<[String: Int]>([:])
        let illustrated = Mutex<Int>(0)

        func scene(for exercise: Exercise) -> Scene? {
            posed.withLock { $0[exercise.id, default: 0] += 1 }
            return ExerciseFigures().scene(for: exercise)
        }

        func scene(for illustration: Illustration) -> Scene? {
            illustrated.withLock { $0 += 1 }
            return ExerciseFigures().scene(for: illustration)
        }
    }

    @Test func manyThreadsAskingForOneFigureGetItPosedOnce() throws {
        let library = try testSession().loadLibrary().library
        let exercises = Array(library.allExercises.filter { $0.figure != nil }.prefix(3))
        try #require(exercises.count == 3)
        let counting = CountingFigures()
        let cache = CachedFigures(counting)
        let scenes = Mutex<[String: [Scene?]]>([:])
        DispatchQueue.concurrentPerform(iterations: 24) { i in
            let exercise = exercises[i % exercises.count]
            let scene = cache.scene(for: exercise)
            scenes.withLock { $0[exercise.id, default: []].append(scene) }
            _ = cache.scene(for: Illustration.allCases[i % Illustration.allCases.count])
        }
        #expect(counting.posed.withLock { $0 } == Dictionary(uniqueKeysWithValues: exercises.map { ($0.id, 1) }))
        #expect(counting.illustrated.withLock { $0 } == Illustration.allCases.count)
        for exercise in exercises {
            let got = scenes.withLock { $0[exercise.id] ?? [] }
            #expect(got.count == 8)
            #expect(got.allSatisfy { $0 != nil && $0 == got[0] })
        }
    }

    /// The rows of a long class that show one exercise on one side get one scene, not a copy
    /// each: the fitted diagram is worked out once, and every row shares its storage (so a
    /// PDF writes it once, and a thousand-row card holds a few dozen diagrams in memory).
    @Test func aFittedDiagramIsMadeOnceAndShared() throws {
        let library = try testSession().loadLibrary().library
        let clam = try #require(library.exercises["hip-rotation-feet-down"])
        let counting = CountingFigures()
        let cache = CachedFigures(counting)
        let card = FigureFit(margin: 4, labels: false)
        let scenes = (0..<5).map { _ in cache.scene(for: clam, fit: card) }
        let first = try #require(scenes[0])
        func storage(_ s: Scene) -> UnsafeRawPointer? { s.elements.withUnsafeBufferPointer { UnsafeRawPointer($0.baseAddress) } }
        #expect(scenes.allSatisfy { $0.map(storage) == storage(first) })
        #expect(counting.posed.withLock { $0 } == [clam.id: 1])
        // What the fit does: the ink fills the scene but for the margin, no labels, turned round for the left.
        let plain = try #require(counting.scene(for: clam))
        #expect(first == card.applied(to: plain))
        #expect(!first.leaves.contains { if case .label = $0 { true } else { false } }, "no words at the card's size")
        #expect(first.groups(named: "callout").isEmpty, "no leader lines left pointing at nothing")
        #expect(!first.groups(named: "down").isEmpty, "the contact line under the feet stays")
        #expect(!plain.groups(named: "callout").isEmpty)
        let left = try #require(cache.scene(for: clam, fit: FigureFit(margin: 4, labels: false, mirrored: true)))
        #expect(left == first.mirrored())
    }
}
