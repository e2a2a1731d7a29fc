import Foundation
import Testing

/// `classplan render PLANS...`: many plans at once, side by side.
@Suite("Rendering a batch of plans")
struct BatchRenderTests {
    /// A folder of `count` copies of the example plan under their own names and titles.
    func batch(_ count: Int, in folder: URL) throws -> [String] {
        try ClassPlanRun.copiesOfExample(count, titled: "Class number", in: folder)
    }

    @Test func badPlansDoNotStopTheOthersAndAreNamedInTheSummary() throws {
        let folder = try ClassPlanRun.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        var plans = try batch(6, in: folder)
        try Data("title: Broken\nsequence:\n  - exercise: glute-brige\n".utf8).write(to: folder.appendingPathComponent("broken.yaml"))
        plans.insert("broken.yaml", at: 3)
        try FileManager.default.createDirectory(at: folder.appendingPathComponent("out"), withIntermediateDirectories: true)
        let r = try ClassPlanRun.run(["render"] + plans + ["-o", "out"], in: folder)
        #expect(!r.timedOut && !r.crashed)
        #expect(r.status == 1)
        #expect(r.stderr.contains("rendered 6 of 7 plans; failed: broken.yaml (invalid)"), "\(r.stderr)")
        // The broken plan's diagnostic is printed whole, not cut by another plan's lines.
        #expect(r.stderr.contains("""
            broken.yaml:3:15: error: no exercise 'glute-brige' in the library
               3 |   - exercise: glute-brige
                 |               ^~~~~~~~~~~
            hint: did you mean 'glute-bridge'?
            """))
        let written = try FileManager.default.contentsOfDirectory(atPath: folder.appendingPathComponent("out").path).sorted()
        #expect(written == (1...6).flatMap { ["class-\($0)-card.pdf", "class-\($0)-student.pdf", "class-\($0)-teacher.pdf"] }.sorted())
        // Reports come in the order the plans were given.
        let lines = r.stdout.split(separator: "\n").map(String.init)
        #expect(lines == (1...6).flatMap { ["wrote out/class-\($0)-card.pdf", "wrote out/class-\($0)-teacher.pdf", "wrote out/class-\($0)-student.pdf"] })
    }

    @Test func aMissingPlanEndsWithThree() throws {
        let folder = try ClassPlanRun.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let plans = try batch(2, in: folder)
        let r = try ClassPlanRun.run(["render", "gone.yaml"] + plans + ["-o", "."], in: folder)
        #expect(r.status == 3)
        #expect(r.stderr.contains("error: cannot read 'gone.yaml': no such file"))
        #expect(r.stderr.contains("rendered 2 of 3 plans; failed: gone.yaml (a file could not be read or written)"))
        #expect(FileManager.default.fileExists(atPath: folder.appendingPathComponent("class-2-student.pdf").path))
    }

    /// Rendering side by side gives the same bytes as rendering one plan at a time: the
    /// tasks share nothing that could leak from one handout into another.
    @Test func aBatchDrawsWhatSingleRunsDraw() throws {
        let folder = try ClassPlanRun.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let plans = try batch(4, in: folder)
        for sub in ["together", "alone"] {
            try FileManager.default.createDirectory(at: folder.appendingPathComponent(sub), withIntermediateDirectories: true)
        }
        let together = try ClassPlanRun.run(["render"] + plans + ["-o", "together"], in: folder)
        #expect(together.status == 0, "\(together.stderr)")
        for plan in plans {
            let alone = try ClassPlanRun.run(["render", plan, "-o", "alone"], in: folder)
            #expect(alone.status == 0)
        }
        #expect(try FolderSnapshot(folder.appendingPathComponent("together")) == FolderSnapshot(folder.appendingPathComponent("alone")))
    }

    @Test func aPlanNamedTwiceIsRenderedOnce() throws {
        let folder = try ClassPlanRun.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let plans = try batch(1, in: folder)
        let r = try ClassPlanRun.run(["render", plans[0], "./" + plans[0], "-o", "."], in: folder)
        #expect(r.status == 0, "\(r.stderr)")
        #expect(r.stdout == "wrote class-1-card.pdf\nwrote class-1-teacher.pdf\nwrote class-1-student.pdf\n")
    }

    /// `x-teacher.pdf` given as a plan beside `x.yaml` would be overwritten by x's teacher
    /// sheet: the batch is refused, the file kept, and the summary line still printed.
    @Test func aPlanNamedLikeAnOutputIsRefusedAndTheBatchStillSumsUp() throws {
        let folder = try ClassPlanRun.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let plans = try batch(1, in: folder)
        try FileManager.default.copyItem(at: folder.appendingPathComponent(plans[0]),
                                         to: folder.appendingPathComponent("class-1-teacher.pdf"))
        let before = try FolderSnapshot(folder)
        let r = try ClassPlanRun.run(["render", plans[0], "class-1-teacher.pdf"], in: folder)
        #expect(r.status == 1)
        #expect(r.stderr == """
            error: 'class-1-teacher.pdf' is given as a plan, but rendering 'class-1.yaml' would write over it
            hint: render into another folder with -o, or rename the plan file
            rendered 0 of 2 plans

            """, "\(r.stderr)")
        #expect(try FolderSnapshot(folder) == before)
    }
}
