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
}
