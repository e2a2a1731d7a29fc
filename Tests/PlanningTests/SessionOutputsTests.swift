import Foundation
import Graphics
import Handouts
import PlanCore
import Planning
import Testing

/// What `preview` and `watch` call: a plan's outputs in memory, run again after a save.
@Suite("A session gives a plan's outputs in memory")
struct SessionOutputsTests {
    /// A folder holding `plan.yaml` (a copy of the example plan) and a library folder of
    /// one exercise, `mine/own.yaml`, which the plan uses.
    func planWithOwnLibrary(exerciseName: String) throws -> URL {
        let folder = try scratchFolder()
        let example = try String(contentsOf: Package.plans.appendingPathComponent("hip-series.yaml"), encoding: .utf8)
        let plan = example.replacingOccurrences(of: "sequence:\n", with: "library: [mine]\nsequence:\n  - exercise: own-rest\n")
        try Data(plan.utf8).write(to: folder.appendingPathComponent("plan.yaml"))
        try writeLibrary(in: folder, exerciseName: exerciseName)
        return folder
    }

    func writeLibrary(in folder: URL, exerciseName: String) throws {
        let mine = folder.appendingPathComponent("mine")
        try FileManager.default.createDirectory(at: mine, withIntermediateDirectories: true)
        try Data("""
            exercises:
              - id: own-rest
                name: \(exerciseName)
                position: supine
                sided: false
                time: 1min
                summary: Lie still and let the breath settle.
                feel: [the back of the ribs]
                cues: [Let the floor hold you., Breathe out slowly.]
                mistakes: [Holding the breath.]

            """.utf8).write(to: mine.appendingPathComponent("own.yaml"))
    }

    @Test func handoutsAndPackAreMadeAndNothingIsWritten() throws {
        let folder = try planWithOwnLibrary(exerciseName: "Quiet rest")
        defer { try? FileManager.default.removeItem(at: folder) }
        let path = folder.appendingPathComponent("plan.yaml").path
        let out = testSession().outputs(of: path, kinds: [.teacher, .student], pack: true)
        #expect(out.report.status == .done, "\(out.report.diagnostics)")
        #expect(out.handouts.map(\.name) == ["plan-teacher.pdf", "plan-student.pdf"])
        #expect(out.handouts.allSatisfy { $0.data.starts(with: Array("%PDF-".utf8)) })
        let packNames = out.pack.map(\.name)
        #expect(packNames.contains("index.html") && packNames.contains("plan-student.pdf") && packNames.contains("plan.md"))
        #expect(out.composed?.sequence.items.contains { $0.exercise.name == "Quiet rest" } == true)
        #expect(try names(in: folder) == ["mine", "plan.yaml"])
    }

    @Test func anInvalidPlanGivesItsDiagnosticsAndNoOutputs() throws {
        let folder = try scratchFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let plan = folder.appendingPathComponent("plan.yaml")
        try Data("title: Broken\nsequence:\n  - exercise: glute-brige\n".utf8).write(to: plan)
        let out = testSession().outputs(of: plan.path, kinds: [.teacher], pack: true)
        #expect(out.report.status == .invalid)
        #expect(out.report.diagnostics.map(\.message) == ["no exercise 'glute-brige' in the library"])
        #expect(out.composed == nil && out.handouts.isEmpty && out.pack.isEmpty)
    }

    /// A session reads a library file again once it is saved (the cache checks each file's
    /// modification time, size and inode), and so does the session `again()` makes.
    @Test func runningAgainReadsEditedLibraryFiles() throws {
        let folder = try planWithOwnLibrary(exerciseName: "Quiet rest")
        defer { try? FileManager.default.removeItem(at: folder) }
        let path = folder.appendingPathComponent("plan.yaml").path
        let session = testSession()
        func names(_ out: PlanOutputs) -> Set<String> { Set(out.composed?.sequence.items.map(\.exercise.name) ?? []) }
        #expect(names(session.outputs(of: path, kinds: [])).contains("Quiet rest"))

        try writeLibrary(in: folder, exerciseName: "Still rest")
        #expect(names(session.outputs(of: path, kinds: [])).contains("Still rest"))
        let next = session.again()
        #expect(names(next.outputs(of: path, kinds: [])).contains("Still rest"))
        #expect(next.outputs(of: path, kinds: [.student]).handouts.map(\.name) == ["plan-student.pdf"])
    }
}
