import Foundation
import Testing
import TestSupport

/// `classplan watch` as a teacher uses it: files saved by renaming, a library file edited,
/// a mistake made and mended, all while it runs.
@Suite(.serialized) struct WatchTests {
    static let library = """
        exercises:
          - id: own-rest
            name: Quiet rest
            position: supine
            sided: false
            time: 1min
            feel: [the whole back]
            cues: [Let the floor hold you., Breathe low and slow.]
            mistakes: [Holding the breath.]

        """
    static let plan = """
        title: Watched class
        library: [mine]
        sequence:
          - exercise: glute-bridge
            reps: 10
          - exercise: own-rest

        """

    /// How many times a run has written the teacher sheet so far.
    static func writes(_ printed: (out: String, err: String)) -> Int {
        printed.out.components(separatedBy: "wrote out/plan-teacher.pdf").count - 1
    }

    @Test func rendersAgainOnEachSaveAndSurvivesMistakes() throws {
        let folder = try scratchFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        try FileManager.default.createDirectory(at: folder.appendingPathComponent("mine"), withIntermediateDirectories: true)
        try FileManager.default.createDirectory(at: folder.appendingPathComponent("out"), withIntermediateDirectories: true)
        let planFile = folder.appendingPathComponent("plan.yaml")
        let libraryFile = folder.appendingPathComponent("mine/rest.yaml")
        try save(Self.library, to: libraryFile)
        try save(Self.plan, to: planFile)
        let sheet = folder.appendingPathComponent("out/plan-teacher.pdf")

        let watch = try BackgroundRun(["watch", "plan.yaml", "-o", "out", "--for", "teacher"], in: folder)
        #expect(watch.waitForOutput(seconds: 120) { Self.writes($0) == 1 && $0.out.contains("watching 1 plan") },
                "the first run: \(watch.printed)")
        let firstSheet = try Data(contentsOf: sheet)

        // A library file the plan uses, saved by rename: the sheet is written again.
        try save(Self.library.replacingOccurrences(of: "Quiet rest", with: "Still rest"), to: libraryFile)
        #expect(watch.waitForOutput(seconds: 60) { Self.writes($0) == 2 }, "after the library save: \(watch.printed)")
        #expect(try Data(contentsOf: sheet) != firstSheet, "the sheet shows the renamed exercise")

        // A mistake: its error is printed, the last good sheet stays, and watching goes on.
        let goodSheet = try Data(contentsOf: sheet)
        try save(Self.plan.replacingOccurrences(of: "glute-bridge", with: "glute-brige"), to: planFile)
        #expect(watch.waitForOutput(seconds: 60) {
            $0.err.contains("plan.yaml:4:15: error: no exercise 'glute-brige' in the library")
                && $0.out.components(separatedBy: "watching 1 plan").count - 1 == 3
        }, "after a bad save: \(watch.printed)")
        #expect(try Data(contentsOf: sheet) == goodSheet, "a bad save leaves the last good sheet")

        // Mended: written again.
        try save(Self.plan, to: planFile)
        #expect(watch.waitForOutput(seconds: 60) { Self.writes($0) == 3 }, "after the fix: \(watch.printed)")

        // The output folder's own writes start no run: still three after a quiet moment.
        usleep(1_500_000)
        #expect(Self.writes(watch.printed) == 3, "\(watch.printed)")
        #expect(watch.process.isRunning)
        #expect(watch.interrupt() == 0, "Ctrl-C is how watching ends, not a failure")
        #expect(watch.printed.out.hasSuffix("stopped watching\n") && !watch.printed.err.contains("interrupted"),
                "\(watch.printed)")
        let leftovers = try FileManager.default.contentsOfDirectory(atPath: folder.appendingPathComponent("out").path)
        #expect(leftovers == ["plan-teacher.pdf"], "no half-written file is left")
    }
}
